/**
 * Reading and writing image files. {@link dev.imgproc.codec.Codecs} is the entry point; the rest is in two layers:
 *
 * <ul>
 *   <li>What is the same for every decoder, done once in {@code Codecs}: sniffing the format from magic bytes
 *       ({@code FormatSniffer}), finding the EXIF block and orientation ({@code ExifLocator}, {@link
 *       dev.imgproc.codec.Exif}), refusing images over the pixel limit from their header, and turning pixels upright.
 *   <li>Pixels in and out, by {@link dev.imgproc.codec.ImageCodec}s tried in order: today only {@code ImageIoCodec}
 *       (JDK and TwelveMonkeys plugins; {@code ImageIoDecoder}, {@code Pixels} and {@code IccConversion} read,
 *       {@code ImageIoEncoder}, {@code BufferedImages} and {@code Flatten} write). A native libjpeg-turbo codec would
 *       be listed before it for JPEG and decline what it cannot do with {@link
 *       dev.imgproc.codec.UnsupportedVariantException}.
 * </ul>
 *
 * <p>Every failure caused by a file is a {@link dev.imgproc.codec.CodecException} whose message is the reason alone
 * ({@code truncated JPEG data}); {@code Reasons} words them.
 */
package dev.imgproc.codec;
