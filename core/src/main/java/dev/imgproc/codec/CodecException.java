package dev.imgproc.codec;

import java.io.IOException;

/**
 * An image that cannot be decoded or encoded. The message is the reason as users should read it, without the file
 * name, which the caller adds: {@code not an image (unrecognised format)}, {@code truncated JPEG data}, {@code
 * 100000x100000 pixels (10000 MP) is over the limit of 268 MP (--max-pixels)}.
 */
public class CodecException extends IOException {
    public CodecException(String reason) {
        super(reason);
    }

    public CodecException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
