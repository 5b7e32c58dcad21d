package eu.csep.portal.hashmatch.control.pdq;

import java.io.Serializable;
import java.util.Objects;

/**
 * A PDQ hash with its quality (0..100). Hashes of quality below {@link #MIN_TRUSTED_QUALITY}
 * should not be used for matching.
 */
public record PdqResult(PdqHash hash, int quality) implements Serializable {

    /** Reference quality floor: below this the hash is not trusted for matching. */
    public static final int MIN_TRUSTED_QUALITY = 50;

    public PdqResult {
        Objects.requireNonNull(hash, "hash");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100, got " + quality);
        }
    }

    /** True when the quality reaches {@link #MIN_TRUSTED_QUALITY}. */
    public boolean trusted() {
        return quality >= MIN_TRUSTED_QUALITY;
    }
}
