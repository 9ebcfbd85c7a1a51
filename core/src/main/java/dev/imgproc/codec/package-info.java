/**
 * Reading and writing image files. {@link dev.imgproc.codec.Codecs} is the entry point; the rest is in two layers:
 *
 * <ul>
 *   <li>What is the same for every decoder, done once in {@code Codecs}: sniffing the format from magic bytes
 *       ({@code FormatSniffer}), finding the EXIF block and orientation ({@code ExifLocator}, {@link
 *       dev.imgproc.codec.Exif}), refusing images over the pixel limit from their header, choosing a shrink-on-load
 *       scale ({@code ShrinkOnLoad}) and turning pixels upright.
 *   <li>Pixels in and out, by {@link dev.imgproc.codec.ImageCodec}s tried in order. For JPEG, {@code
 *       TurboJpegCodec} first when libjpeg-turbo is installed ({@code TurboJpegLibrary} binds it with the FFM API;
 *       {@code TurboJpegDecoder}, {@code TurboJpegEncoder}, {@code TurboJpegErrors}); it declines what it does not
 *       handle (CMYK, files libjpeg warns about) with {@link dev.imgproc.codec.UnsupportedVariantException}. Then,
 *       for every format, {@code ImageIoCodec} (JDK and TwelveMonkeys plugins; {@code ImageIoDecoder}, {@code
 *       Pixels} and {@code IccConversion} read, {@code ImageIoEncoder}, {@code BufferedImages} and {@code Flatten}
 *       write). {@code JpegMarkers} reads and writes JPEG's marker structure for both.
 * </ul>
 *
 * <p>Every failure caused by a file is a {@link dev.imgproc.codec.CodecException} whose message is the reason alone
 * ({@code truncated JPEG data}); {@code Reasons} words them.
 */
package dev.imgproc.codec;
