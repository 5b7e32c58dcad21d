package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.pdq.DecodedImage;
import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import eu.csep.portal.hashmatch.control.pdq.PdqDihedralResult;
import eu.csep.portal.hashmatch.control.pdq.PdqHash;
import eu.csep.portal.hashmatch.control.pdq.PdqHasher;
import eu.csep.portal.hashmatch.control.pdq.PdqResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Offline PDQ hasher: {@code java -jar pdq-hasher.jar [--dihedral] FILE...}.
 *
 * <p>Prints one line per file: {@code hash,quality,path}; with {@code --dihedral}:
 * {@code original,rot90,rot180,rot270,flipx,flipy,flipplus1,flipminus1,quality,path} (the
 * format of the reference tool's {@code --pdqdih-across}). The path is printed as given.
 * Files that cannot be read are reported on stderr as {@code path: reason}; the other files are
 * still hashed and the exit code is then 1. Usage errors exit with 2; {@code --help} prints the
 * usage on stdout and exits 0.
 *
 * <p>Decoding uses {@link ImageDecoder} defaults: JDK readers first (reference-compatible
 * hashes), TwelveMonkeys as fall-back, 100 MP limit, subsampling above 25 MP.
 */
public final class PdqHasherCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FILE_ERRORS = 1;
    public static final int EXIT_USAGE = 2;

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar pdq-hasher.jar [--dihedral] FILE...",
            "Computes PDQ perceptual hashes of image files (JPEG, PNG, GIF, BMP, ...).",
            "",
            "Output, one line per file:",
            "  hash,quality,path",
            "  with --dihedral: 8 hashes (original,rot90,rot180,rot270,flipx,flipy,",
            "  flipplus1,flipminus1),quality,path",
            "Hashes are 64 hex digits; quality is 0-100 (below 50: do not use for matching).",
            "",
            "Options:",
            "  --dihedral   print the 8 dihedral-transform hashes",
            "  -h, --help   show this help",
            "  --           end of options",
            "",
            "Exit status: 0 all files hashed, 1 some files could not be read, 2 usage error.");

    private PdqHasherCommand() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int rc = run(args, System.out, System.err);
        System.out.flush();
        System.exit(rc);
    }

    /** Runs the command; returns the exit code. Never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean dihedral = false;
        List<String> files = new ArrayList<>();
        boolean options = true;
        for (String a : args) {
            if (options && a.startsWith("-") && a.length() > 1) {
                switch (a) {
                    case "--dihedral":
                        dihedral = true;
                        break;
                    case "-h":
                    case "--help":
                        out.println(USAGE);
                        return EXIT_OK;
                    case "--":
                        options = false;
                        break;
                    default:
                        err.println("unknown option: " + a);
                        err.println(USAGE);
                        return EXIT_USAGE;
                }
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println("no files given");
            err.println(USAGE);
            return EXIT_USAGE;
        }
        ImageDecoder decoder = new ImageDecoder();
        PdqHasher hasher = new PdqHasher();
        int rc = EXIT_OK;
        for (String f : files) {
            try {
                DecodedImage img = decoder.decode(Path.of(f));
                if (dihedral) {
                    PdqDihedralResult r = hasher.hashDihedral(img);
                    StringJoiner j = new StringJoiner(",");
                    for (PdqHash h : r.hashes()) {
                        j.add(h.toHex());
                    }
                    j.add(Integer.toString(r.quality())).add(f);
                    out.println(j);
                } else {
                    PdqResult r = hasher.hash(img);
                    out.println(r.hash().toHex() + "," + r.quality() + "," + f);
                }
            } catch (NoSuchFileException e) {
                err.println(f + ": no such file");
                rc = EXIT_FILE_ERRORS;
            } catch (InvalidPathException e) {
                err.println(f + ": invalid path");
                rc = EXIT_FILE_ERRORS;
            } catch (IOException e) {
                err.println(f + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                rc = EXIT_FILE_ERRORS;
            } catch (RuntimeException e) {
                err.println(f + ": cannot hash: " + e);
                rc = EXIT_FILE_ERRORS;
            }
            out.flush();
        }
        return rc;
    }
}
