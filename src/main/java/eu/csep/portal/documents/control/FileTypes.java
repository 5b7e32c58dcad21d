package eu.csep.portal.documents.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.Tika;

/**
 * What a file is and what it hashes to. The type comes from the bytes (Tika's magic-number detection); the name only
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

    public static String sha256(byte[] content) {
        return digest("SHA-256", content);
    }

    public static String md5(byte[] content) {
        return digest("MD5", content);
    }

    private static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
