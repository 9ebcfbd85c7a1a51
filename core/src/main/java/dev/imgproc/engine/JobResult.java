package dev.imgproc.engine;

import dev.imgproc.codec.ImageFormat;
import dev.imgproc.image.Size;

/** What became of a job: its output, or why there is none. Results are values; the engine never throws them. */
public sealed interface JobResult {

    String id();

    /**
     * @param inputSize the input image's size (after auto-orientation), whatever scale it was decoded at
     * @param outputSize the size of the written image
     */
    record Done(String id, byte[] output, ImageFormat format, Size inputSize, Size outputSize, Timings timings)
            implements JobResult {}

    /**
     * @param reason what went wrong, for users, without the file name
     * @param internal true when the failure is a bug or an environment problem rather than bad input
     */
    record Failed(String id, Stage stage, String reason, boolean internal) implements JobResult {
        public static Failed badInput(String id, Stage stage, String reason) {
            return new Failed(id, stage, reason, false);
        }
    }
}
