package eu.csep.portal.hashmatch.control.index;

/**
 * An explicitly vectorised filter over one segment's planes 0..2 (bits 0..95), as an alternative to the loops of
 * {@link ScanKernels} that depend on C2's auto-vectoriser. The implementation, {@code VectorFilter}, uses the
 * Vector API (jdk.incubator.vector) and is compiled for Java 21 from src/main/java21; it exists only where the
 * build had a JDK 21+ compiler and runs only where the server was started with
 * {@code --add-modules jdk.incubator.vector} (see {@link #load()}).
 */
interface CandidateFilter {

    /**
     * Writes into {@code cand} (in ascending order) every slot {@code i < len} whose distance on planes 0..2 to one of
     * the {@code nv} variants ({@code q3}: 3 ints per variant, 1 &lt;= nv &lt;= 8) is below {@code lim}; returns how
     * many. A lower bound of the full distance, so exact after verification on all 256 bits.
     */
    int candidates(int[] p0, int[] p1, int[] p2, int len, int[] q3, int nv, int lim, int[] cand);

    /** The Vector API filter, or null when this JVM cannot run it (JDK 17, or the incubator module not added). */
    static CandidateFilter load() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            return (CandidateFilter) Class.forName(CandidateFilter.class.getPackageName() + ".VectorFilter")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // not compiled into this build, or compiled for a newer class file version than this JVM
        }
    }
}
