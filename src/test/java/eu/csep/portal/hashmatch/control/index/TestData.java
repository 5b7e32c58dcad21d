package eu.csep.portal.hashmatch.control.index;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

final class TestData {
    private TestData() {
    }

    static Path vectors() {
        return Path.of(System.getProperty("pdq.vectors", "src/test/resources/pdq-vectors"));
    }

    static List<PdqHash> readHashes(String file) {
        try {
            return Files.readAllLines(vectors().resolve("index").resolve(file)).stream()
                    .map(String::trim).filter(l -> !l.isEmpty()).map(PdqHash::fromHex).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PdqHash random(SplittableRandom r) {
        return PdqHash.of(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    }

    /** h with exactly {@code bits} distinct bits flipped. */
    static PdqHash flip(PdqHash h, int bits, SplittableRandom r) {
        long[] w = {h.word64(0), h.word64(1), h.word64(2), h.word64(3)};
        boolean[] used = new boolean[256];
        for (int n = 0; n < bits; ) {
            int k = r.nextInt(256);
            if (!used[k]) {
                used[k] = true;
                w[k >>> 6] ^= 1L << (k & 63);
                n++;
            }
        }
        return PdqHash.ofLongs(w);
    }
}
