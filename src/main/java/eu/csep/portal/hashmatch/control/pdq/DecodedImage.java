package eu.csep.portal.hashmatch.control.pdq;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * A decoded image and how it was decoded.
 *
 * @param image        the pixels (possibly subsampled, see {@code subsampling})
 * @param sourceWidth  width declared by the file
 * @param sourceHeight height declared by the file
 * @param subsampling  source subsampling factor used in both directions (1 = full resolution)
 * @param format       format name reported by the reader (e.g. "JPEG", "png")
 * @param readerClass  class name of the ImageIO reader that produced the pixels
 * @param warnings     warnings the reader reported (e.g. a truncated JPEG); empty when clean
 */
public record DecodedImage(BufferedImage image, int sourceWidth, int sourceHeight, int subsampling,
        String format, String readerClass, List<String> warnings) {

    public DecodedImage {
        Objects.requireNonNull(image, "image");
        warnings = List.copyOf(warnings);
    }

    /** True when the pixels are the full-resolution image (hash comparable to the reference). */
    public boolean fullResolution() {
        return subsampling == 1;
    }
}
