package dev.imgproc.codec;

import dev.imgproc.image.Image;
import dev.imgproc.image.Reduction;
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
    private final List<String> notes;

    Codecs(List<ImageCodec> codecs) {
        this(codecs, List.of());
    }

    /** {@code notes}: lines {@link #describe} adds, e.g. why a codec is missing. */
    Codecs(List<ImageCodec> codecs, List<String> notes) {
        this.codecs = List.copyOf(codecs);
        this.notes = List.copyOf(notes);
    }

    /**
     * The codecs available on this machine: libjpeg-turbo for JPEG when it is installed and not disabled ({@code
     * -Dimgproc.native=false} or {@code IMGPROC_NATIVE=off}), then ImageIO for every format.
     */
    public static Codecs standard() {
        return Standard.INSTANCE;
    }

    /** Built on first use: loading libjpeg-turbo and finding the ImageIO plugins happen once. */
    private static final class Standard {
        static final Codecs INSTANCE = load();

        private static Codecs load() {
            try {
                return new Codecs(List.of(TurboJpegCodec.load(), new ImageIoCodec()));
            } catch (TurboJpegLibrary.Unavailable e) {
                return new Codecs(List.of(new ImageIoCodec()), List.of("libjpeg-turbo: " + e.getMessage()));
            }
        }
    }

    /** Reads the header only: format, stored size, orientation. Cheap; decodes no pixel. */
    public ImageHeader probe(byte[] data) throws CodecException {
        return inspect(data).header();
    }

    /**
     * The size {@link #decode} will return for these options, from the header alone: the size as displayed (as
     * stored without {@code autoOrient}), or less when {@code options.minimumSize()} lets the codec that reads the
     * file shrink it on load.
     */
    public Size decodedSize(byte[] data, DecodeOptions options) throws CodecException {
        Inspection inspection = inspect(data);
        Size stored = ShrinkOnLoad.reduced(inspection.header().stored(), inspection.shrink(options));
        return options.autoOrient() ? inspection.header().orientation().displayed(stored) : stored;
    }

    /**
     * Decodes to sRGB pixels; upright when {@code options.autoOrient()}; smaller than the image when {@code
     * options.minimumSize()} allows it and the codec can (see {@link Decoded#reduction()}). Images over {@code
     * options.maxPixels()} are refused from their header, before any pixel is decoded.
     */
    public Decoded decode(byte[] data, DecodeOptions options) throws CodecException {
        Inspection inspection = inspect(data);
        ImageHeader header = inspection.header();
        PixelLimit.check(header, options.maxPixels());
        int shrink = inspection.shrink(options);
        Size size = ShrinkOnLoad.reduced(header.stored(), shrink);
        if (size.pixels() > MAX_ARRAY_PIXELS) {
            throw new CodecException(size + " pixels (" + Reasons.megapixels(size.pixels())
                    + " MP) is more than one image can hold (2147 MP)");
        }
        ImageFormat format = header.format();
        try {
            Image stored = answer(inspection.readers(), c -> c.canRead(format), "read " + Reasons.name(format),
                    c -> shrink > 1 && c.shrinkFactors(format).contains(shrink)
                            ? c.read(data, format, shrink)
                            : c.read(data, format)).value();
            // a codec that took over when the one that read the header declined the pixels may not shrink
            boolean whole = stored.size().equals(header.stored());
            if (!whole && !stored.size().equals(size)) {
                throw new IllegalStateException("asked for " + size + ", the codec decoded " + stored.size());
            }
            Reduction reduction = whole ? Reduction.none(header.stored()) : Reduction.of(header.stored(), shrink);
            if (!options.autoOrient()) {
                return new Decoded(stored, header, inspection.exif(), reduction);
            }
            Orientation orientation = header.orientation();
            return new Decoded(Orientations.upright(stored, orientation), header, inspection.exif(),
                    Orientations.upright(reduction, stored.size(), orientation));
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
        return answer(codecs, c -> c.canWrite(format), "write " + Reasons.name(format),
                c -> c.write(image, format, options, exif)).value();
    }

    /**
     * One line per format, for {@code imgproc --version}: the codecs that take it, in the order they are tried, e.g.
     * {@code jpeg: libjpeg-turbo (native, TurboJPEG 2 API), then ImageIO (read TwelveMonkeys 3.14.0, write JDK 25)};
     * then a line for a codec that is missing, saying why ({@code libjpeg-turbo: off (IMGPROC_NATIVE=off)}).
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
        lines.addAll(notes);
        return lines;
    }

    /**
     * What the header says, the EXIF block, and the codecs that may decode the file: the one that read the header,
     * and those after it that take the format (a codec that declined the header would decline the pixels too).
     */
    private record Inspection(ImageHeader header, byte[] exif, List<ImageCodec> readers) {

        /**
         * What the codec that read the header shrinks the pixels by: 1 unless {@code options.minimumSize()} (upright
         * when auto-orienting, so turned back to stored orientation here) leaves room.
         */
        int shrink(DecodeOptions options) {
            Size minimum = options.minimumSize();
            if (minimum == null) {
                return 1;
            }
            Size stored = options.autoOrient() && header.orientation().swapsSides() ? minimum.transposed() : minimum;
            return ShrinkOnLoad.factor(header.stored(), stored, readers.getFirst().shrinkFactors(header.format()));
        }
    }

    private Inspection inspect(byte[] data) throws CodecException {
        ImageFormat format = FormatSniffer.sniff(data);
        Answer<Size> stored = answer(codecs, c -> c.canRead(format), "read " + Reasons.name(format),
                c -> c.readSize(data, format));
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
        return new Inspection(new ImageHeader(format, stored.value(), orientation), exif,
                codecs.subList(stored.codec(), codecs.size()));
    }

    @FunctionalInterface
    private interface CodecCall<T> {
        T apply(ImageCodec codec) throws CodecException;
    }

    /** A codec's answer, and which of the candidates gave it. */
    private record Answer<T>(T value, int codec) {}

    /**
     * The first answer of the candidates that {@code takes} the format, moving on while codecs decline the file as a
     * variant they do not handle; with the index in {@code candidates} of the codec that gave it. Candidates are asked
     * whether they take the format one at a time, only as far as needed: ImageIO's plugins are looked up (50 ms of
     * start-up) only when a file gets that far. {@code what} is for the message when no candidate takes the format:
     * {@code read PNG}.
     */
    private static <T> Answer<T> answer(List<ImageCodec> candidates, Predicate<ImageCodec> takes, String what,
            CodecCall<T> call) throws CodecException {
        UnsupportedVariantException declined = null;
        for (int i = 0; i < candidates.size(); i++) {
            ImageCodec codec = candidates.get(i);
            if (!takes.test(codec)) {
                continue;
            }
            try {
                return new Answer<>(call.apply(codec), i);
            } catch (UnsupportedVariantException e) {
                declined = e;
            }
        }
        if (declined != null) {
            throw declined;
        }
        throw new CodecException("cannot " + what + ": no codec for it");
    }
}
