package dev.imgproc.cluster;

/** Redis cannot be used: unreachable, refused our credentials, too old. The message is one line for users. */
public final class ClusterException extends Exception {
    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
