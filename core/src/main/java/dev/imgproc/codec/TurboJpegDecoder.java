package dev.imgproc.codec;

import com.twelvemonkeys.imageio.color.ColorProfiles;
import dev.imgproc.codec.TurboJpegLibrary.ScalingFactor;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;
import dev.imgproc.image.Size;
import java.awt.color.ICC_Profile;
import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * Decodes JPEG with libjpeg-turbo straight into the {@code int[]} of an {@link Image}, at full size or, when the
 * caller allows it, at 1/2, 1/4 or 1/8 scale in the DCT domain (shrink-on-load). YCbCr, RGB and grayscale JPEGs are
 * decoded here; CMYK and YCCK are declined to ImageIO, which converts them through their ICC profile or Adobe's
 * conventions. An embedded RGB ICC profile other than sRGB is converted as the ImageIO path converts it.
 *
 * <p>Damaged files fail as on the ImageIO path: {@code truncated JPEG data} or {@code corrupt JPEG data: ...}.
 * Decoding stops at the first warning; a file libjpeg only warns about for another reason than missing data (stray
 * bytes between markers, say) is declined, so that ImageIO decides about it exactly as it did before.
 */
final class TurboJpegDecoder {
    private static final int FLAGS = TurboJpegLibrary.FLAG_STOPONWARNING | TurboJpegLibrary.FLAG_LIMITSCANS;

    private final TurboJpegLibrary tj;
    private volatile List<Integer> shrinkFactors;

    TurboJpegDecoder(TurboJpegLibrary tj) {
        this.tj = tj;
    }

    /** What {@link #read} can shrink by: 1, 2, 4 and 8 with libjpeg-turbo. Asked of the library on first use. */
    List<Integer> shrinkFactors() {
        List<Integer> factors = shrinkFactors;
        if (factors == null) {
            // Powers of two only: the library's SIMD inverse DCTs cover them, and its other scales (3/8, 5/8...)
            // save little over the next power of two.
            factors = tj.scalingFactors().stream()
                    .filter(f -> f.num() == 1 && (f.denom() == 1 || f.denom() == 2 || f.denom() == 4
                            || f.denom() == 8))
                    .map(ScalingFactor::denom)
                    .sorted()
                    .toList();
            shrinkFactors = factors;
        }
        return factors;
    }

    /** What {@code tjDecompressHeader3} says: the stored size and the components' colour space. */
    private record Header(int width, int height, int colorspace) {
        Size size() {
            return new Size(width, height);
        }
    }

    Size readSize(byte[] jpeg) throws CodecException {
        MemorySegment handle = tj.initDecompress();
        try {
            return header(handle, jpeg).size();
        } finally {
            tj.destroy(handle);
        }
    }

    /** Decodes as stored (not rotated), at 1/{@code shrink} of each side (rounded up), in the DCT domain. */
    Image read(byte[] jpeg, int shrink) throws CodecException {
        if (!shrinkFactors().contains(shrink)) {
            throw new IllegalArgumentException("cannot shrink JPEG by " + shrink + " on load, only by "
                    + shrinkFactors());
        }
        JpegMarkers.checkScanCount(jpeg);
        // A handle costs under a microsecond to make and free: one per call, so nothing is shared between threads
        // and nothing can leak.
        MemorySegment handle = tj.initDecompress();
        try {
            Header header = header(handle, jpeg);
            Size size = ShrinkOnLoad.reduced(header.size(), shrink);
            int width = size.width();
            int height = size.height();
            int[] pixels = PixelBuffers.take(size.arrayLength()); // every pixel is written
            // The library picks the largest scale whose size fits width x height: 1/shrink's, so the rows it writes
            // (at most width pixels each, height of them) fit the array whatever the file says. Gray JPEGs too, as
            // R = G = B: as fast as decoding one byte a pixel and spreading it, and no second array.
            int status = tj.decompress(handle, jpeg, MemorySegment.ofArray(pixels), width, width * Integer.BYTES,
                    height, TurboJpegLibrary.PF_PACKED_ARGB, FLAGS);
            if (status != 0) {
                throw failure(handle);
            }
            boolean gray = header.colorspace() == TurboJpegLibrary.CS_GRAY;
            Image image = new Image(width, height, pixels, gray ? Channels.GRAY : Channels.RGB);
            return gray ? image : toSrgb(image, jpeg);
        } finally {
            tj.destroy(handle);
        }
    }

    private Header header(MemorySegment handle, byte[] jpeg) throws CodecException {
        int[] out = new int[4]; // width, height, subsampling, colour space
        if (tj.decompressHeader(handle, jpeg, out) != 0) {
            CodecException reason = failure(handle);
            // Reading a header does not stop at warnings: "premature end of JPEG file" is then hidden behind the
            // error the missing data led to (no SOS marker, no image), so the cut is found from the structure.
            throw JpegMarkers.endsBeforeFirstScan(jpeg) ? Reasons.truncated(ImageFormat.JPEG) : reason;
        }
        if (out[0] < 1 || out[1] < 1) {
            // Success without a size: the data ended before the frame header, and what came before it reads as a
            // tables-only stream (libjpeg put an end marker where the data ran out).
            throw Reasons.truncated(ImageFormat.JPEG);
        }
        return switch (out[3]) {
            case TurboJpegLibrary.CS_YCBCR, TurboJpegLibrary.CS_RGB, TurboJpegLibrary.CS_GRAY ->
                new Header(out[0], out[1], out[3]);
            case TurboJpegLibrary.CS_CMYK, TurboJpegLibrary.CS_YCCK ->
                throw new UnsupportedVariantException("CMYK JPEG: converted by the ImageIO codec");
            default -> throw new UnsupportedVariantException("JPEG colour space " + out[3] + " is left to ImageIO");
        };
    }

    /** The last call's error as a reason: right after the call, on its thread (see TurboJpegLibrary). */
    private CodecException failure(MemorySegment handle) {
        String message = tj.errorMessage(handle);
        return TurboJpegErrors.reason(message, tj.wasWarning(handle));
    }

    /**
     * Pixels in the space of an embedded RGB profile, converted to sRGB. A profile that cannot be read, or that is not
     * RGB, is ignored, as TwelveMonkeys' reader does.
     */
    private static Image toSrgb(Image image, byte[] jpeg) {
        byte[] bytes = JpegMarkers.iccProfile(jpeg);
        if (bytes == null) {
            return image;
        }
        ICC_Profile profile;
        try {
            profile = ColorProfiles.createProfile(bytes);
        } catch (RuntimeException unreadable) {
            return image;
        }
        return IccConversion.isSrgb(profile) ? image : IccConversion.toSrgb(image, profile);
    }
}
