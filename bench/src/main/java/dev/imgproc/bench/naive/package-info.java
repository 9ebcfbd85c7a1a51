/**
 * The naive sequential baseline: the speed the original brief measured imgproc against, kept as the reference it
 * is. One thread; {@code ImageIO.read} to decode; pixels taken out of and put back into {@code BufferedImage}s one
 * {@code getRGB}/{@code setRGB} call at a time; every kernel applied as a direct (non-separable) 2-D sum; ImageIO's
 * JPEG writer at quality 85. No trick that imgproc uses (separable passes, float planes, row bands, pools) is here.
 *
 * <p>It computes the same operations as imgproc's filters, with the same parameters and output geometry, so the
 * throughput ratio compares implementations and not different work. Nothing else in the project depends on it.
 */
package dev.imgproc.bench.naive;
