package eu.csep.portal.shared.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Hashes as lower-case hex and random secrets, for every component: stored files' SHA-256/MD5, the hashes under
 * which one-time links and API tokens are kept, content fingerprints for idempotency.
 */
public final class Digests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Digests() {
    }

    public static String sha256(byte[] content) {
        return hex(sha256().digest(content));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String md5(byte[] content) {
        return hex(algorithm("MD5").digest(content));
    }

    /** A fresh SHA-256 digest to feed in parts. */
    public static MessageDigest sha256() {
        return algorithm("SHA-256");
    }

    /** A digest by its JDK name ("MD5", "SHA-256"), both of which every JDK has. */
    public static MessageDigest algorithm(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is part of every JDK", e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** 32 random bytes as 43 URL-safe base64 characters, after the prefix (e.g. "rt_" for reach tokens). */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
