package eu.csep.portal.hashmatch.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.hashmatch.control.pdq.TestVectors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PdqHasherCommandTest {

    @TempDir
    Path tmp;

    private record Run(int rc, List<String> out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            rc = PdqHasherCommand.run(args, o, e);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        return new Run(rc, text.isEmpty() ? List.of() : List.of(text.split("\\R")), err.toString(StandardCharsets.UTF_8));
    }

    private static String vec(String rel) {
        return TestVectors.file(rel).toString();
    }

    @Test
    @Timeout(30)
    void printsHashQualityPath() {
        String a = vec("bridge-mods/square-256x256.jpg");
        String b = vec("misc/small.jpg");
        Run r = run(a, b);
        assertEquals(0, r.rc(), r.err());
        assertEquals(List.of(
                "d8f8f0cec4f4a84f0637022a078f67f0b36e2ee5b6621e1d33e6239c4e9c9b22,100," + a,
                "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff,0," + b), r.out());
        assertEquals("", r.err());
    }

    @Test
    @Timeout(30)
    void dihedralMatchesReferenceFormat() {
        String expected = TestVectors.lines("expected-java-reference-dihedral.csv").get(0);
        String path = vec("dih/bridge-1-original.jpg");
        Run r = run("--dihedral", path);
        assertEquals(0, r.rc(), r.err());
        assertEquals(1, r.out().size());
        String[] got = r.out().get(0).split(",");
        String[] exp = expected.split(",");
        assertEquals(10, got.length);
        for (int i = 0; i < 9; i++) {
            assertEquals(exp[i], got[i], "field " + i);
        }
        assertEquals(path, got[9]);
    }

    @Test
    @Timeout(30)
    void unreadableFileIsReportedAndOthersStillHashed() throws IOException {
        Path text = tmp.resolve("x.jpg");
        Files.writeString(text, "not a jpeg at all");
        String missing = tmp.resolve("missing.png").toString();
        String good = vec("misc/wee.jpg");
        Run r = run(text.toString(), good, missing);
        assertEquals(1, r.rc());
        assertEquals(List.of("6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d,100," + good), r.out());
        assertTrue(r.err().contains(text + ": not an image (unrecognised format)"), r.err());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());
    }

    @Test
    void usage() {
        Run none = run();
        assertEquals(2, none.rc());
        assertTrue(none.err().contains("Usage: java -jar pdq-hasher.jar"));
        Run help = run("--help");
        assertEquals(0, help.rc());
        assertTrue(help.out().get(0).startsWith("Usage:"));
        Run bad = run("--frobnicate", "a.jpg");
        assertEquals(2, bad.rc());
        assertTrue(bad.err().contains("unknown option: --frobnicate"));
        Run onlyOption = run("--dihedral");
        assertEquals(2, onlyOption.rc());
    }
}
