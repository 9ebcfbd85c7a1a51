package dev.imgproc.codec;

import dev.imgproc.image.Size;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The reasons codecs give, worded once: {@code truncated JPEG data}, {@code corrupt PNG data: invalid distance too far
 * back}. Readers throw whatever their authors chose (IIOException, EOFException, ArrayIndexOutOfBoundsException...);
 * this turns them into one short line a user can act on.
 */
final class Reasons {
    private Reasons() {}

    /** The name users know the format by: JPEG, PNG, WebP... */
    static String name(ImageFormat format) {
        return format == ImageFormat.WEBP ? "WebP" : format.name();
    }

    static CodecException truncated(ImageFormat format) {
        return new CodecException("truncated " + name(format) + " data");
    }

    static CodecException overLimit(Size size, long maxPixels) {
        return new CodecException(size + " pixels (" + megapixels(size.pixels()) + " MP) is over the limit of "
                + megapixels(maxPixels) + " MP (--max-pixels)");
    }

    static CodecException outOfMemory(ImageFormat format, Size size, OutOfMemoryError e) {
        return new CodecException("not enough memory to decode " + size + " pixels of " + name(format)
                + " (raise the heap with -Xmx or lower --max-pixels)", e);
    }

    /** A reader's failure on bad data, as a reason. */
    static CodecException corrupt(ImageFormat format, Throwable failure) {
        if (isTruncation(failure)) {
            return truncated(format);
        }
        return new CodecException("corrupt " + name(format) + " data: " + detail(failure), failure);
    }

    private static boolean isTruncation(Throwable failure) {
        return causes(failure).stream().anyMatch(t -> t instanceof EOFException);
    }

    /**
     * The most specific I/O message in the cause chain: a PNG reader's "Error reading PNG image data" says less than
     * its cause's "invalid stored block lengths". A decoder that broke on bad data (a ClassCastException deep in a
     * TIFF reader) has nothing to tell users but that; the exception stays attached as the cause for a stack trace.
     */
    private static String detail(Throwable failure) {
        return causes(failure).reversed().stream()
                .filter(t -> t instanceof IOException && t.getMessage() != null && !t.getMessage().isBlank())
                .map(Throwable::getMessage)
                .findFirst()
                .orElse("the decoder failed with " + failure.getClass().getSimpleName());
    }

    /** The failure and its causes, outermost first; a few deep, since a cause chain may loop. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 8 && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** 268402689 → "268", 8294400 → "8.29", 1000 → "0.001": three significant digits, never an exponent. */
    static String megapixels(long pixels) {
        return new BigDecimal(pixels)
                .movePointLeft(6)
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }
}
