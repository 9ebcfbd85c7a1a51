package dev.imgproc.codec;

import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one entry point to reading and writing images: sniffs the format from the bytes, checks the limits from the
 * header before decoding, converts to sRGB and applies the EXIF orientation.
 *
 * <p>The work is shared with the {@link ImageCodec}s: this class does what is the same for every implementation
 * (sniffing, EXIF, limits, orientation) and hands pixels to the first codec that takes the format, falling back to
 * the next one when a codec declines a file with {@link UnsupportedVariantException}. Thread-safe.
 */
public final class Codecs {
    /** One image must fit one Java array of ints. */
    private static final long MAX_ARRAY_PIXELS = Integer.MAX_VALUE - 8;

    private final List<ImageCodec> codecs;

    Codecs(List<ImageCodec> codecs) {
        this.codecs = List.copyOf(codecs);
    }

    /** The codecs available on this machine. */
    public static Codecs standard() {
        return Standard.INSTANCE;
    }

    /** Built on first use: finding the ImageIO plugins walks the service registry once. */
    private static final class Standard {
        static final Codecs INSTANCE = new Codecs(List.of(new ImageIoCodec()));
    }

    /** Reads the header only: format, stored size, orientation. Cheap; decodes no pixel. */
    public ImageHeader probe(byte[] data) throws CodecException {
        return inspect(data).header();
    }

    /**
     * Decodes to sRGB pixels; upright when {@code options.autoOrient()}. Images over {@code options.maxPixels()} are
     * refused from their header, before any pixel is decoded.
     */
    public Decoded decode(byte[] data, DecodeOptions options) throws CodecException {
        Inspection inspection = inspect(data);
        ImageHeader header = inspection.header();
        Size size = header.displayed();
        PixelLimit.check(header, options.maxPixels());
        if (size.pixels() > MAX_ARRAY_PIXELS) {
            throw new CodecException(size + " pixels (" + Reasons.megapixels(size.pixels())
                    + " MP) is more than one image can hold (2147 MP)");
        }
        ImageFormat format = header.format();
        try {
            Image stored = first(format, c -> c.canRead(format), "read", c -> c.read(data, format));
            Image image = options.autoOrient() ? Orientations.upright(stored, header.orientation()) : stored;
            return new Decoded(image, header, inspection.exif());
        } catch (OutOfMemoryError e) {
            // the large allocations of one image (TwelveMonkeys does the same): the heap is fine once they are gone
            throw Reasons.outOfMemory(format, size, e);
        }
    }

    /**
     * Encodes in {@code format}, which must be {@link ImageFormat#writable()}. Alpha is flattened onto {@code
     * options.background()} for formats without it. {@code exif}, when not null, is written where the format allows
     * (JPEG, PNG); callers pass it already patched to the orientation the pixels now have (see {@link
     * Exif#withOrientation}).
     */
    public byte[] encode(Image image, ImageFormat format, EncodeOptions options, byte[] exif) throws CodecException {
        if (!format.writable()) {
            throw new CodecException("cannot write " + Reasons.name(format) + ": imgproc reads it but has no encoder");
        }
        return first(format, c -> c.canWrite(format), "write", c -> c.write(image, format, options, exif));
    }

    /**
     * One line per format, for {@code imgproc --version}: the codecs that take it, in the order they are tried, e.g.
     * {@code jpeg: ImageIO (read TwelveMonkeys 3.14.0, write JDK 25)}.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (ImageFormat format : ImageFormat.values()) {
            List<String> names = codecs.stream()
                    .filter(c -> c.canRead(format) || c.canWrite(format))
                    .map(c -> c.name(format))
                    .toList();
            lines.add(format.label() + ": " + (names.isEmpty() ? "none" : String.join(", then ", names)));
        }
        return lines;
    }

    private record Inspection(ImageHeader header, byte[] exif) {}

    private Inspection inspect(byte[] data) throws CodecException {
        ImageFormat format = FormatSniffer.sniff(data);
        Size stored = first(format, c -> c.canRead(format), "read", c -> c.readSize(data, format));
        byte[] exif = ExifLocator.find(format, data);
        byte[] tiffStructure = format == ImageFormat.TIFF ? data : exif;
        Orientation orientation = Orientation.TOP_LEFT;
        if (tiffStructure != null) {
            try {
                orientation = Exif.orientation(tiffStructure);
            } catch (IOException | RuntimeException e) {
                exif = null; // unreadable EXIF is ignored, as viewers do, and not passed on to be written again
            }
        }
        return new Inspection(new ImageHeader(format, stored, orientation), exif);
    }

    @FunctionalInterface
    private interface CodecCall<T> {
        T apply(ImageCodec codec) throws CodecException;
    }

    /** The first codec's answer, moving on while codecs decline the file as a variant they do not handle. */
    private <T> T first(ImageFormat format, Predicate<ImageCodec> able, String verb, CodecCall<T> call)
            throws CodecException {
        UnsupportedVariantException declined = null;
        for (ImageCodec codec : codecs) {
            if (able.test(codec)) {
                try {
                    return call.apply(codec);
                } catch (UnsupportedVariantException e) {
                    declined = e;
                }
            }
        }
        if (declined != null) {
            throw declined;
        }
        throw new CodecException("cannot " + verb + " " + Reasons.name(format) + ": no codec for it");
    }
}
