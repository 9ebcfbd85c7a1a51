package dev.imgproc.codec;

import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.util.List;

/**
 * One implementation of reading and writing some formats: the native {@link TurboJpegCodec} (libjpeg-turbo through
 * the FFM API) and the pure-Java {@link ImageIoCodec}. {@link Codecs} asks the codecs in order and uses the first that
 * {@link #canRead}s or {@link #canWrite}s the format, so a faster codec goes in front and ImageIO stays behind it
 * as the fallback; a codec that meets a variant it does not handle (a 12-bit or arithmetic-coded JPEG, say) throws
 * {@link UnsupportedVariantException} and the next codec gets the file.
 *
 * <p>Codecs see pixels only: {@link Codecs} sniffs the format, finds the EXIF block and orientation, checks the
 * size limit and turns the image upright, so a codec never has to. Implementations must be thread-safe: one
 * instance serves every decoding thread.
 */
public interface ImageCodec {

    /** For {@code imgproc --version}: {@code ImageIO (TwelveMonkeys 3.14.0)}, {@code libjpeg-turbo 3.1}. */
    String name(ImageFormat format);

    boolean canRead(ImageFormat format);

    boolean canWrite(ImageFormat format);

    /** The stored size, from the header: must not decode or allocate pixels, whatever size the header claims. */
    Size readSize(byte[] data, ImageFormat format) throws CodecException;

    /**
     * Decodes the first image (first frame, first page) as stored, not rotated: sRGB (embedded ICC profiles and CMYK
     * converted), 8 bits per channel, with the {@link dev.imgproc.image.Channels} the file has. Called only after
     * the size from {@link #readSize} passed the limit.
     */
    Image read(byte[] data, ImageFormat format) throws CodecException;

    /**
     * The factors this codec can shrink each side of an image in {@code format} by while decoding, in ascending order:
     * {@code [1]} by default, {@code [1, 2, 4, 8]} for JPEG in libjpeg-turbo (DCT scaling).
     */
    default List<Integer> shrinkFactors(ImageFormat format) {
        return List.of(1);
    }

    /**
     * {@link #read(byte[], ImageFormat)} at 1/{@code shrink} of each side, one of {@link #shrinkFactors}: an image of
     * {@code ceil(width / shrink) x ceil(height / shrink)} pixels covering the whole stored image, the last column and
     * row standing for what is left of it.
     */
    default Image read(byte[] data, ImageFormat format, int shrink) throws CodecException {
        if (shrink != 1) {
            throw new IllegalArgumentException(name(format) + " cannot shrink on load");
        }
        return read(data, format);
    }

    /** Encodes {@code image}; {@code exif}, when not null, is a TIFF-structured EXIF block to embed where it fits. */
    byte[] write(Image image, ImageFormat format, EncodeOptions options, byte[] exif) throws CodecException;
}
