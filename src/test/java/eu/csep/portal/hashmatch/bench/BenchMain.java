package eu.csep.portal.hashmatch.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Short JMH runs (1 fork, few iterations) for a shared 2-core machine.
 * Args: [include-regex] [threads] [extra -p key=value ...]; e.g. {@code LookupBench 1 impl=,NAIVE}.
 */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        String include = args.length > 0 ? args[0] : "LookupBench";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(include)
                .forks(1)
                .threads(threads)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(4).measurementTime(TimeValue.seconds(2))
                .jvmArgs("-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch");
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            o.jvmArgsAppend("--add-modules", "jdk.incubator.vector"); // the fork can run the VECTOR kernel too
        }
        if (include.contains("LoadBench")) {
            o.warmupIterations(2).measurementIterations(5).warmupTime(TimeValue.NONE).measurementTime(TimeValue.NONE);
        }
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            o.param(kv[0], kv[1].split(",", -1));
        }
        new Runner(o.build()).run();
    }
}
