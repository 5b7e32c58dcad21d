package eu.csep.portal.hashmatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExactHashesTest {

    @TempDir
    Path tmp;

    @Test
    void knownVectors() {
        ExactHashes.Digests empty = ExactHashes.of(new byte[0]);
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", empty.md5());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.sha256());
        assertEquals(0, empty.size());
        ExactHashes.Digests abc = ExactHashes.of("abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", abc.md5());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", abc.sha256());
    }

    @Test
    void streamsLargeInputWithBoundedMemory() throws IOException {
        // 64 MiB of 'a' generated on the fly: never held in memory
        long n = 64L * 1024 * 1024;
        InputStream in = new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + k, (byte) 'a');
                left -= k;
                return k;
            }
        };
        ExactHashes.Digests d = ExactHashes.of(in);
        assertEquals(n, d.size());
        assertEquals(64, d.sha256().length());
        assertEquals(32, d.md5().length());
    }

    @Test
    void fileAndArrayAgree() throws IOException {
        byte[] data = new byte[200_000];
        new java.util.Random(1).nextBytes(data);
        Path f = tmp.resolve("x.bin");
        Files.write(f, data);
        assertEquals(ExactHashes.of(data), ExactHashes.of(f));
    }
}
