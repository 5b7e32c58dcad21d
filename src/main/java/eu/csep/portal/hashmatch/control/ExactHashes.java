package eu.csep.portal.hashmatch.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * MD5 and SHA-256 of a byte stream in one pass, with a fixed 64 KiB buffer (memory does not
 * depend on the stream length). Hex output is lowercase. Thread-safe (no shared state).
 */
public final class ExactHashes {

    private static final int BUFFER_SIZE = 64 * 1024;

    /**
     * Both digests and the number of bytes read.
     *
     * @param md5    32 lowercase hex digits
     * @param sha256 64 lowercase hex digits
     * @param size   bytes hashed
     */
    public record Digests(String md5, String sha256, long size) {
        public Digests {
            Objects.requireNonNull(md5, "md5");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    private ExactHashes() {
    }

    /** Reads the stream to its end (it is not closed) and returns its digests. */
    public static Digests of(InputStream in) throws IOException {
        MessageDigest md5 = newDigest("MD5");
        MessageDigest sha256 = newDigest("SHA-256");
        byte[] buf = new byte[BUFFER_SIZE];
        long size = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            md5.update(buf, 0, n);
            sha256.update(buf, 0, n);
            size += n;
        }
        HexFormat hex = HexFormat.of();
        return new Digests(hex.formatHex(md5.digest()), hex.formatHex(sha256.digest()), size);
    }

    /** Digests of a file. */
    public static Digests of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    /** Digests of an in-memory array. */
    public static Digests of(byte[] data) {
        try {
            return of(new java.io.ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required by every Java platform", e);
        }
    }
}
