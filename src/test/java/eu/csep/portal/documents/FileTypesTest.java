package eu.csep.portal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.csep.portal.documents.control.FileTypes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    private final FileTypes types = new FileTypes();

    @Test
    void aRealPdfIsAPdfWhateverItsName() throws IOException {
        byte[] pdf = pdf();
        assertEquals("application/pdf", types.detect(pdf, "annex.pdf"));
        assertEquals("application/pdf", types.detect(pdf, "annex.txt"));
        assertEquals("application/pdf", types.detect(pdf, null));
    }

    @Test
    void textNamedPdfIsNotAPdf() {
        byte[] text = "This is not a PDF at all.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain", types.detect(text, "annex.pdf"));
    }

    @Test
    void theNameRefinesOnlyWhatTheBytesEstablish() {
        byte[] csv = "date_from,date_to,platform\n2026-01-01,2026-01-31,YouTube\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("text/csv", types.detect(csv, "reach.csv"));
        assertEquals("text/plain", types.detect(csv, "reach.txt"));
    }

    @Test
    void imagesAreRecognisedByTheirSignature() throws IOException {
        assertEquals("image/png", types.detect(image("png"), "photo.jpg"));
        assertEquals("image/jpeg", types.detect(image("jpeg"), "photo.png"));
    }

    @Test
    void executablesRenamedToPdfAreNotPdfs() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        String type = types.detect(elf, "annex.pdf");
        assertEquals(false, type.equals("application/pdf"), type);
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
