package eu.csep.portal.hashmatch.control;

import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;

/** A small PNG preview of an uploaded image as a data: URI, decoded with the hostile-file-safe decoder. */
public final class Thumbnail {

    private Thumbnail() {
    }

    public static Optional<String> dataUri(byte[] data, int maxSide, ImageDecoder decoder) {
        try {
            BufferedImage image = decoder.decode(data).image();
            double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "png", out);
            return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
