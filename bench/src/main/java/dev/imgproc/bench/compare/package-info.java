/**
 * The whole-command comparison behind {@code imgproc bench}: the same files through the naive baseline, three
 * configurations of imgproc's engine and the peer tools, each run as its own process so that start-up and memory
 * count as they do for a user, alternated run by run, reported as medians.
 *
 * <p>{@link dev.imgproc.bench.compare.Comparison} runs a {@link dev.imgproc.bench.compare.Plan}; imgproc scenarios
 * run in child JVMs through {@link dev.imgproc.bench.compare.ScenarioMain}, peers through shell scripts under
 * {@code xargs -P}; {@link dev.imgproc.bench.compare.CommandRunner} times each command and samples its memory; the
 * result is a {@link dev.imgproc.bench.compare.BenchReport}, printed by {@link dev.imgproc.bench.compare.Tables} and
 * {@link dev.imgproc.bench.compare.JsonReport}.
 */
package dev.imgproc.bench.compare;
