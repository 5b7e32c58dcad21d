package eu.csep.portal.hashmatch.control;

import eu.csep.portal.hashmatch.control.pdq.PdqDihedralResult;
import eu.csep.portal.hashmatch.control.pdq.PdqHash;
import eu.csep.portal.hashmatch.control.pdq.PdqHasher;
import eu.csep.portal.hashmatch.control.pdq.ImageDecodeException;
import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hashes of one uploaded file: MD5 and SHA-256 always; PDQ with its 8 dihedral variants when the file is an
 * image the decoder can read ({@code pdq} is null otherwise, and {@code imageProblem} says why).
 */
public record MediaHashes(String md5, String sha256, long size, PdqDihedralResult pdq, String imageProblem) {

    public static MediaHashes of(byte[] data, ImageDecoder decoder) {
        ExactHashes.Digests digests = ExactHashes.of(data);
        return withPdq(digests.md5(), digests.sha256(), data, decoder);
    }

    /** Exact hashes already known (e.g. computed by the document store): adds only the PDQ part. */
    public static MediaHashes withPdq(String md5, String sha256, byte[] data, ImageDecoder decoder) {
        PdqDihedralResult pdq = null;
        String problem = null;
        try {
            pdq = new PdqHasher().hashDihedral(decoder.decode(data));
        } catch (ImageDecodeException e) {
            problem = e.getMessage();
        } catch (RuntimeException | StackOverflowError e) { // a reader bug on a hostile file must not fail the caller
            problem = "the image could not be decoded";
        }
        return new MediaHashes(md5, sha256, data.length, pdq, problem);
    }

    /** Exact hashes only, for files that are not images (nothing is decoded). */
    public static MediaHashes exactOnly(String md5, String sha256, long size, String why) {
        return new MediaHashes(md5, sha256, size, null, why);
    }

    /** Variant name -> hash hex (original, rot90, ..., flipminus1), in reference order. */
    public Map<String, String> pdqVariants() {
        Map<String, String> variants = new LinkedHashMap<>();
        if (pdq != null) {
            List<PdqHash> hashes = pdq.hashes();
            for (int i = 0; i < hashes.size(); i++) {
                variants.put(PdqDihedralResult.TRANSFORMS.get(i), hashes.get(i).toHex());
            }
        }
        return variants;
    }
}
