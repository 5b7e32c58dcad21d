package eu.csep.portal.documents.control;

import org.apache.tika.Tika;

/**
 * What a file is. The type comes from the bytes (Tika's magic-number detection); the name only
 * refines a type the bytes already establish (a text file named {@code .csv} is {@code text/csv}, a text file named
 * {@code .pdf} stays {@code text/plain}).
 */
public final class FileTypes {

    private final Tika tika = new Tika();

    public String detect(byte[] content, String filename) {
        String type = tika.detect(content, filename);
        int parameters = type.indexOf(';');
        return parameters < 0 ? type : type.substring(0, parameters);
    }
}
