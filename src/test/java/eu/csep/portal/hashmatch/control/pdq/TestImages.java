package eu.csep.portal.hashmatch.control.pdq;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Builds synthetic and hostile images for tests. */
public final class TestImages {

    private TestImages() {
    }

    /** A picture with structure (gradients, shapes) so its hash has full quality. */
    public static BufferedImage picture(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 200), w, h, new Color(250, 200, 30)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(200, 30, 40, 200));
        g.fillOval(w / 5, h / 6, w / 3, h / 2);
        g.setColor(Color.WHITE);
        g.fillRect(w / 2, h / 2, w / 3, h / 5);
        g.setColor(new Color(10, 120, 10));
        for (int i = 0; i < 12; i++) {
            g.drawLine(i * w / 12, 0, w - i * w / 24, h);
        }
        g.dispose();
        return img;
    }

    public static byte[] write(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, bos)) {
            throw new IOException("no writer for " + format);
        }
        return bos.toByteArray();
    }

    /** PNG whose IHDR claims {@code w x h} but which holds only a tiny image's data. */
    public static byte[] pngClaiming(int w, int h) throws IOException {
        byte[] png = write(picture(8, 8, BufferedImage.TYPE_INT_RGB), "png");
        ByteBuffer bb = ByteBuffer.wrap(png);
        // signature (8) + length (4) + "IHDR" (4): width at 16, height at 20; CRC over type+data at 29
        if (png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            throw new IllegalStateException("IHDR not first");
        }
        bb.putInt(16, w);
        bb.putInt(20, h);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        bb.putInt(29, (int) crc.getValue());
        return png;
    }

    /** JPEG whose SOF claims {@code w x h} (both must fit 16 bits). */
    static byte[] jpegClaiming(int w, int h) throws IOException {
        byte[] jpg = write(picture(16, 16, BufferedImage.TYPE_3BYTE_BGR), "jpeg");
        for (int i = 2; i + 9 < jpg.length; i++) {
            if ((jpg[i] & 0xff) == 0xff && ((jpg[i + 1] & 0xff) == 0xc0 || (jpg[i + 1] & 0xff) == 0xc2)) {
                // FF C0 len(2) precision(1) height(2) width(2)
                jpg[i + 5] = (byte) (h >> 8);
                jpg[i + 6] = (byte) h;
                jpg[i + 7] = (byte) (w >> 8);
                jpg[i + 8] = (byte) w;
                return jpg;
            }
        }
        throw new IllegalStateException("no SOF marker");
    }

    /**
     * A 4-component CMYK JPEG written by the JDK writer from a raw raster. With {@code adobe},
     * it is stored like Photoshop does: inverted values plus an Adobe APP14 marker (transform 0).
     */
    static byte[] cmykJpeg(int w, int h, boolean adobe) throws IOException {
        BufferedImage rgb = picture(w, h, BufferedImage.TYPE_INT_RGB);
        WritableRaster cmyk = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] px = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = rgb.getRGB(x, y);
                int r = (c >> 16) & 0xff;
                int g = (c >> 8) & 0xff;
                int b = c & 0xff;
                int k = 255 - Math.max(r, Math.max(g, b));
                px[0] = 255 - r - k;
                px[1] = 255 - g - k;
                px[2] = 255 - b - k;
                px[3] = k;
                if (adobe) {
                    for (int i = 0; i < 4; i++) {
                        px[i] = 255 - px[i];
                    }
                }
                cmyk.setPixel(x, y, px);
            }
        }
        ImageWriter writer = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                writer = candidate;
            }
        }
        if (writer == null) {
            throw new IllegalStateException("JDK JPEG writer not found");
        }
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bos)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return adobe ? withAdobeMarker(bos.toByteArray(), 0) : bos.toByteArray();
    }

    /** Inserts an Adobe APP14 segment with the given colour transform right after SOI. */
    static byte[] withAdobeMarker(byte[] jpg, int transform) {
        byte[] app = {(byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
        byte[] out = new byte[jpg.length + app.length];
        System.arraycopy(jpg, 0, out, 0, 2);
        System.arraycopy(app, 0, out, 2, app.length);
        System.arraycopy(jpg, 2, out, 2 + app.length, jpg.length - 2);
        return out;
    }

    /** Luma computed like the reference: per-pixel getRGB. */
    static float[] referenceLuma(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        float[] l = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                l[y * w + x] = 0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff);
            }
        }
        return l;
    }
}
