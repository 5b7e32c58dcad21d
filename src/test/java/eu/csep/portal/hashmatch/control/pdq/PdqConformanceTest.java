package eu.csep.portal.hashmatch.control.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conformance against the shared vectors (src/test/resources/pdq-vectors/README.md, copied from the shared reference vectors). */
class PdqConformanceTest {

    static final String JDK_JPEG_READER = "com.sun.imageio.plugins.jpeg.JPEGImageReader";

    /** C++ reference (its own JPEG decoder), from the vectors' README. */
    static final Map<String, String> CPP = new LinkedHashMap<>();

    static {
        CPP.put("dih/bridge-1-original.jpg", "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22");
        CPP.put("dih/bridge-2-rotate-90.jpg", "b0a10efd71cc3f429413d48d0ffffe12e34e0e17ada952a9d29684210aa9e5af");
        CPP.put("dih/bridge-3-rotate-180.jpg", "adad5a64b5a142e55362a09057dacd5ae63b847fc23794b766b319361fc93188");
        CPP.put("dih/bridge-4-rotate-270.jpg", "a5f4a457a48995e8c9065c275aaa5498b61ba4bdf8fcf80387c32f8b0bfc4f05");
        CPP.put("dih/bridge-5-flipx.jpg", "f8f80f31e0f417b00e37f5cd028f980fb36ed02a9662c1e233e6cc634e9c64dd");
        CPP.put("dih/bridge-6-flipy.jpg", "8dad2599b1a1bd1853625f6553da32a1e63b7280c2374b4866b366c91bc9ce77");
        CPP.put("dih/bridge-7-flip-plus-1.jpg", "f0a1f102f1dcc0bd9c5309720fff018de34ef1e8ada9a956d2967ade0ea91a50");
        CPP.put("dih/bridge-8-flip-minus-1.jpg", "a5f05ba8a4896a17c106a3da5aaaab07b61b5b42f8fc07fc83c3d0740bfcb0fa");
    }

    private final ImageDecoder decoder = new ImageDecoder(); // JDK readers first
    private final PdqHasher hasher = new PdqHasher();

    private DecodedImage decode(String rel) throws IOException {
        return decoder.decode(TestVectors.file(rel));
    }

    private PdqResult hash(String rel) throws IOException {
        return hasher.hash(decode(rel).image());
    }

    @Test
    void reproducesJavaReferenceForEveryFile() throws IOException {
        List<String> lines = TestVectors.lines("expected-java-reference.csv");
        assertEquals(23, lines.size());
        int max = 0;
        for (String line : lines) {
            String[] f = line.split(",");
            DecodedImage img = decode(f[2]);
            if (f[2].endsWith(".jpg")) {
                assertEquals(JDK_JPEG_READER, img.readerClass(), f[2]);
            }
            assertEquals(1, img.subsampling());
            PdqResult r = hasher.hash(img.image());
            int d = r.hash().distance(PdqHash.fromHex(f[0]));
            max = Math.max(max, d);
            assertTrue(d <= 2, f[2] + ": distance " + d + " to the Java reference");
            assertEquals(Integer.parseInt(f[1]), r.quality(), f[2] + " quality");
        }
        System.out.println("[conformance] max distance to Java reference over " + lines.size()
                + " files: " + max);
    }

    @Test
    void dihedralOfBridgeMatchesJavaReference() throws IOException {
        String[] f = TestVectors.lines("expected-java-reference-dihedral.csv").get(0).split(",");
        assertEquals(10, f.length);
        PdqDihedralResult r = hasher.hashDihedral(decode(f[9]).image());
        int max = 0;
        for (int i = 0; i < 8; i++) {
            int d = r.hashes().get(i).distance(PdqHash.fromHex(f[i]));
            max = Math.max(max, d);
            assertTrue(d <= 2, PdqDihedralResult.TRANSFORMS.get(i) + ": distance " + d);
        }
        assertEquals(Integer.parseInt(f[8]), r.quality());
        System.out.println("[conformance] max distance to Java reference dihedral hashes: " + max);
    }

    @Test
    void withinTenBitsOfCppReference() throws IOException {
        int max = 0;
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : CPP.entrySet()) {
            int d = hash(e.getKey()).hash().distance(PdqHash.fromHex(e.getValue()));
            max = Math.max(max, d);
            sb.append(' ').append(d);
            assertTrue(d <= 10, e.getKey() + ": distance " + d + " to the C++ reference");
        }
        System.out.println("[conformance] distances to C++ reference:" + sb + " (max " + max + ")");
    }

    @Test
    void publishedJavaValuesAndDistances() throws IOException {
        PdqHash b1 = hash("dih/bridge-1-original.jpg").hash();
        PdqHash b2 = hash("dih/bridge-2-rotate-90.jpg").hash();
        assertEquals("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22", b1.toHex());
        assertEquals("30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af", b2.toHex());
        assertEquals(120, b1.distance(b2));
        assertEquals(138, b1.distance(hash("misc/pen-and-coaster.png").hash()));
    }

    @Test
    void bridgeModsMatchOriginal() throws IOException {
        PdqResult orig = hash("bridge-mods/aaa-orig.jpg");
        String[] mods = {"blur-a-little", "blur-a-lot", "high-contrast", "high-saturation",
            "sharpen-a-little", "sharpen-a-lot", "shrink-a-little", "shrink-a-lot",
            "square-128x128", "square-256x256", "square-512x512"};
        StringBuilder sb = new StringBuilder();
        for (String m : mods) {
            PdqResult r = hash("bridge-mods/" + m + ".jpg");
            int d = orig.hash().distance(r.hash());
            sb.append(' ').append(m).append('=').append(d);
            assertTrue(d <= 31, m + ": distance " + d);
            assertTrue(r.trusted(), m + " quality " + r.quality());
        }
        System.out.println("[conformance] bridge-mods distances:" + sb);
    }

    @Test
    void unrelatedImageDoesNotMatch() throws IOException {
        PdqHash bridge = hash("dih/bridge-1-original.jpg").hash();
        PdqHash pen = hash("misc/pen-and-coaster.png").hash();
        assertTrue(bridge.distance(pen) > 31, "distance " + bridge.distance(pen));
    }

    @Test
    void smallImageHasLowQuality() throws IOException {
        PdqResult r = hash("misc/small.jpg");
        assertTrue(r.quality() < 50, "quality " + r.quality());
        assertTrue(!r.trusted());
        PdqResult wee = hash("misc/wee.jpg");
        assertTrue(wee.quality() >= 0 && wee.quality() <= 100);
    }

    @Test
    void dihedralVariantsMatchTransformedFiles() throws IOException {
        PdqDihedralResult r = hasher.hashDihedral(decode("dih/bridge-1-original.jpg").image());
        String[] files = CPP.keySet().toArray(new String[0]);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            PdqHash fileHash = hash(files[i]).hash();
            int d = r.hashes().get(i).distance(fileHash);
            sb.append(' ').append(PdqDihedralResult.TRANSFORMS.get(i)).append('=').append(d);
            assertTrue(d <= 31, files[i] + ": distance " + d);
            // and the right variant is the closest one
            for (int k = 0; k < 8; k++) {
                if (k != i) {
                    assertTrue(r.hashes().get(k).distance(fileHash) > 31,
                            files[i] + " also matches variant " + k);
                }
            }
        }
        System.out.println("[conformance] dihedral variant vs transformed file:" + sb);
    }
}
