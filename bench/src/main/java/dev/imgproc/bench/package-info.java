/**
 * Speed measurements of imgproc. {@link dev.imgproc.bench.Pipeline} holds the speed issue's four reference
 * pipelines, which every measurement shares; {@code jmh} has the JMH benchmarks (per filter, per codec, per
 * pipeline), {@code naive} the naive sequential baseline, and {@code compare} the whole-command comparison behind
 * {@code imgproc bench}. Nothing in {@code core} depends on this module.
 */
package dev.imgproc.bench;
