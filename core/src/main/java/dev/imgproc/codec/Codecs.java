package dev.imgproc.codec;

import dev.imgproc.image.Image;
import java.util.List;

/**
 * The one entry point to reading and writing images: sniffs the format from the bytes, checks the limits from the
 * header before decoding, converts to sRGB and applies the EXIF orientation.
 */
public final class Codecs {

    /** The codecs available on this machine. */
    public static Codecs standard() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads the header only: format, stored size, orientation. Cheap; decodes no pixel. */
    public ImageHeader probe(byte[] data) throws CodecException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Decodes to sRGB pixels; upright when {@code options.autoOrient()}. Images over {@code options.maxPixels()} are
     * refused from their header, before any pixel is decoded.
     */
    public Decoded decode(byte[] data, DecodeOptions options) throws CodecException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Encodes in {@code format}, which must be {@link ImageFormat#writable()}. Alpha is flattened onto {@code
     * options.background()} for formats without it. {@code exif}, when not null, is written where the format allows
     * (JPEG); callers pass it already patched to the orientation the pixels now have.
     */
    public byte[] encode(Image image, ImageFormat format, EncodeOptions options, byte[] exif) throws CodecException {
        throw new UnsupportedOperationException("not yet");
    }

    /** One line per active codec, for {@code imgproc --version}: e.g. {@code jpeg: ImageIO (TwelveMonkeys 3.14)}. */
    public List<String> describe() {
        throw new UnsupportedOperationException("not yet");
    }
}
