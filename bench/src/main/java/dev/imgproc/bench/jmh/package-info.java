/**
 * JMH benchmarks, run from the shaded jar: {@code java -jar bench/target/benchmarks.jar [regex] [JMH options]}.
 * They follow the JMH samples: settings as class annotations, inputs made in {@code @Setup} and held in non-final
 * {@code @State} fields (no constant folding), results returned (no dead code), {@code @Param} for sizes, filters
 * and threads (override with {@code -p name=v1,v2}). {@code -prof gc} adds allocation per operation,
 * {@code -rf json -rff FILE} writes machine-readable results. Each benchmark's javadoc ends with how to run it.
 */
package dev.imgproc.bench.jmh;
