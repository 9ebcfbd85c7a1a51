package dev.imgproc.codec;

/**
 * Thrown by an {@link ImageCodec} for a file it cannot handle although the file may be fine (a native JPEG codec
 * meeting arithmetic coding, say): {@link Codecs} then gives the file to the next codec for the format, and only
 * when none is left does the user see this reason.
 */
public class UnsupportedVariantException extends CodecException {
    public UnsupportedVariantException(String reason) {
        super(reason);
    }
}
