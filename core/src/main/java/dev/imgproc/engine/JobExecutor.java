package dev.imgproc.engine;

import java.util.concurrent.CompletableFuture;

/**
 * Something that runs jobs: the local {@link Engine}, or a cluster of workers behind a queue. A batch is the same
 * batch whichever runs its jobs.
 */
public interface JobExecutor {

    /**
     * Admits a job, blocking while the executor is full, and returns its result to come. The future never completes
     * exceptionally: failures are {@link JobResult.Failed} values.
     */
    CompletableFuture<JobResult> submit(Job job) throws InterruptedException;

    /** How many jobs the executor admits at once; callers read ahead about this many. */
    int capacity();
}
