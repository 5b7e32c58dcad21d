package eu.csep.portal.hashmatch.control.pdq;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The 8 dihedral-transform hashes of one image, all derived from the same 16x16 DCT, plus its
 * quality. Order (as in the reference tool): original, rot90, rot180, rot270, flip-x, flip-y,
 * flip-plus-1, flip-minus-1.
 */
public record PdqDihedralResult(PdqHash original, PdqHash rotate90, PdqHash rotate180,
        PdqHash rotate270, PdqHash flipX, PdqHash flipY, PdqHash flipPlus1, PdqHash flipMinus1,
        int quality) implements Serializable {

    /** Names of the transforms in {@link #hashes()} order. */
    public static final List<String> TRANSFORMS = List.of(
            "original", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus1", "flipminus1");

    public PdqDihedralResult {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(rotate90, "rotate90");
        Objects.requireNonNull(rotate180, "rotate180");
        Objects.requireNonNull(rotate270, "rotate270");
        Objects.requireNonNull(flipX, "flipX");
        Objects.requireNonNull(flipY, "flipY");
        Objects.requireNonNull(flipPlus1, "flipPlus1");
        Objects.requireNonNull(flipMinus1, "flipMinus1");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100, got " + quality);
        }
    }

    /** The 8 hashes in reference order. */
    public List<PdqHash> hashes() {
        return List.of(original, rotate90, rotate180, rotate270, flipX, flipY, flipPlus1, flipMinus1);
    }

    /** The original-orientation hash with the quality. */
    public PdqResult originalResult() {
        return new PdqResult(original, quality);
    }
}
