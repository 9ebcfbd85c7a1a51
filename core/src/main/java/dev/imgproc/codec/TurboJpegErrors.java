package dev.imgproc.codec;

import java.util.Locale;

/**
 * libjpeg-turbo's error messages as the reasons the ImageIO path gives ({@code truncated JPEG data}, {@code corrupt
 * JPEG data: ...}), or as a decline when the file is one the ImageIO codec handles (other processes and precisions,
 * files libjpeg only warns about).
 */
final class TurboJpegErrors {
    private TurboJpegErrors() {}

    /**
     * @param message what {@code tjGetErrorStr2} said, e.g. {@code Premature end of JPEG file} or {@code
     *     tjDecompressHeader3(): Could not determine subsampling type for JPEG image}
     * @param warning whether {@code tjGetErrorCode} said the call stopped on a warning
     */
    static CodecException reason(String message, boolean warning) {
        String text = message.strip().replaceFirst("^tj\\w+\\(\\): ", "");
        String lower = text.toLowerCase(Locale.ROOT);
        // The source ran out: libjpeg warns, inserts an end marker, and (reading a header) finds no image before it.
        if (lower.contains("premature end of jpeg file") || lower.contains("jpeg datastream contains no image")) {
            return Reasons.truncated(ImageFormat.JPEG);
        }
        if (lower.contains("more than 500 scans")) { // TJFLAG_LIMITSCANS, behind JpegMarkers.checkScanCount
            return new CodecException("corrupt JPEG data: more than 500 scans (a decompression bomb?)");
        }
        String detail = text.replaceFirst("(?i)^corrupt jpeg data: ", "");
        if (lower.contains("premature end of data segment")) {
            return new CodecException("corrupt JPEG data: " + detail);
        }
        if (isUnsupported(lower)) {
            return new UnsupportedVariantException("JPEG that libjpeg-turbo does not decode: " + text);
        }
        if (warning) {
            return new UnsupportedVariantException("JPEG with a libjpeg warning, left to ImageIO: " + text);
        }
        return new CodecException("corrupt JPEG data: " + detail);
    }

    /**
     * Files that are fine but beyond what this library was built for: lossless or hierarchical JPEG, 12-bit samples,
     * arithmetic coding left out at compile time, unusual subsampling or colour spaces TurboJPEG cannot name.
     */
    private static boolean isUnsupported(String lower) {
        return lower.startsWith("unsupported")
                || lower.contains("not implemented")
                || lower.contains("omitted at compile time")
                || lower.contains("could not determine")
                || lower.contains("dnl not supported")
                || lower.contains("too many color components");
    }
}
