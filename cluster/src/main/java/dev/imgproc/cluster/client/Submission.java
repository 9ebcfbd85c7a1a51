package dev.imgproc.cluster.client;

import dev.imgproc.cluster.JobMessage;
import dev.imgproc.engine.Job;
import dev.imgproc.engine.JobResult;
import java.util.concurrent.CompletableFuture;

/** A job the client has submitted and not yet collected. It keeps the input, to submit again if Redis loses it. */
record Submission(JobMessage message, Job job, CompletableFuture<JobResult> result) {
    String id() {
        return message.job();
    }
}
