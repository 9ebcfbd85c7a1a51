package dev.imgproc.engine;

import dev.imgproc.codec.CodecException;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.Decoded;
import dev.imgproc.codec.Exif;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.codec.ImageHeader;
import dev.imgproc.codec.Orientation;
import dev.imgproc.codec.PixelLimit;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;
import dev.imgproc.image.Size;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job on its way through the engine's stages. Each stage method runs on the stage's executor, one after the
 * other, so the fields need no locking; a stage that fails records the failure and later stages pass it on. The job
 * owns the arrays of its decoded and filtered images and gives them back to {@link PixelBuffers} when it is done
 * with them.
 */
final class JobRun {
    private final Job job;
    private final Codecs codecs;
    private final MemoryBudget memory;
    private final StageCounters counters;

    private MemoryBudget.Reservation reservation;
    private Decoded decoded;
    private Image filtered;
    private JobResult.Failed failure;
    private Stage stage = Stage.DECODE;
    private long decodeNanos;
    private long filterNanos;

    JobRun(Job job, Codecs codecs, MemoryBudget memory, StageCounters counters) {
        this.job = job;
        this.codecs = codecs;
        this.memory = memory;
        this.counters = counters;
        counters.waiting.incrementAndGet();
    }

    void decode() {
        long start = System.nanoTime();
        try {
            ImageHeader header = codecs.probe(job.input());
            PixelLimit.check(header, job.recipe().decode().maxPixels());
            DecodeOptions options = shrinkOnLoad(header);
            Size decodedSize = codecs.decodedSize(job.input(), options);
            reservation = memory.reserve(WorkingSet.bytes(decodedSize, job.recipe().filters(), job.input().length));
            counters.waiting.decrementAndGet();
            counters.decoding.incrementAndGet();
            try {
                decoded = codecs.decode(job.input(), options);
            } finally {
                counters.decoding.decrementAndGet();
            }
        } catch (CodecException e) {
            failure = JobResult.Failed.badInput(job.id(), Stage.DECODE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new JobResult.Failed(job.id(), Stage.DECODE, "interrupted", true);
        } catch (OutOfMemoryError e) {
            failure = outOfMemory();
        } finally {
            if (reservation == null) {
                counters.waiting.decrementAndGet();
            }
            decodeNanos = System.nanoTime() - start;
        }
    }

    /**
     * The recipe's decode options, letting the codec decode at a reduced scale when the filters start with a
     * downscale. Depends only on the recipe and the header, so a job gives the same bytes wherever it runs.
     */
    private DecodeOptions shrinkOnLoad(ImageHeader header) {
        DecodeOptions options = job.recipe().decode();
        Size inputSize = options.autoOrient() ? header.displayed() : header.stored();
        Size minimum = job.recipe().filters().minimumInput(inputSize);
        return minimum.equals(inputSize) ? options : options.withMinimumSize(minimum);
    }

    void filter() {
        if (failure != null) {
            return;
        }
        stage = Stage.FILTER;
        counters.filtering.incrementAndGet();
        long start = System.nanoTime();
        try {
            filtered = job.recipe().filters().apply(decoded.image(), decoded.reduction());
            recycle(decoded.image(), filtered);
        } catch (IllegalArgumentException e) {
            // a filter that cannot apply to this particular image, e.g. a crop outside it
            failure = JobResult.Failed.badInput(job.id(), Stage.FILTER, e.getMessage());
        } catch (OutOfMemoryError e) {
            failure = outOfMemory();
        } finally {
            counters.filtering.decrementAndGet();
            filterNanos = System.nanoTime() - start;
        }
    }

    JobResult encode() {
        if (failure != null) {
            return failure;
        }
        stage = Stage.ENCODE;
        counters.encoding.incrementAndGet();
        long start = System.nanoTime();
        try {
            ImageFormat format = job.recipe().outputFormat(decoded.header().format());
            byte[] output = codecs.encode(filtered, format, job.recipe().encode(), exifToWrite());
            Timings timings = new Timings(decodeNanos, filterNanos, System.nanoTime() - start);
            Size inputSize = decoded.reduction().original();
            return new JobResult.Done(job.id(), output, format, inputSize, filtered.size(), timings);
        } catch (CodecException e) {
            return JobResult.Failed.badInput(job.id(), Stage.ENCODE, e.getMessage());
        } catch (OutOfMemoryError e) {
            return outOfMemory();
        } finally {
            counters.encoding.decrementAndGet();
        }
    }

    /** The input's EXIF when metadata is kept, saying "upright" once the orientation has been applied. */
    private byte[] exifToWrite() {
        if (!job.recipe().encode().keepMetadata() || decoded.exif() == null) {
            return null;
        }
        return job.recipe().decode().autoOrient()
                ? Exif.withOrientation(decoded.exif(), Orientation.TOP_LEFT)
                : decoded.exif();
    }

    /** A bug: an exception no stage expected. The job fails; the batch goes on. */
    JobResult internalFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        Log.LOGGER.error("internal error in {} while processing {}", stage.label(), job.id(), cause);
        return new JobResult.Failed(job.id(), stage, "internal error: " + cause, true);
    }

    private JobResult.Failed outOfMemory() {
        return new JobResult.Failed(job.id(), stage,
                "out of memory (give the JVM more heap with IMGPROC_JAVA_OPTS=-Xmx..., or lower --max-pixels)", true);
    }

    /** Gives the array of an image this job is done with back for reuse, unless {@code kept} still holds it. */
    private static void recycle(Image done, Image kept) {
        if (done != null && (kept == null || done.pixels() != kept.pixels())) {
            PixelBuffers.give(done.pixels());
        }
    }

    void release(JobResult result) {
        // after encoding, or after a failure: no stage reads the pixels any more
        recycle(filtered, null);
        if (filtered == null && decoded != null) {
            recycle(decoded.image(), null);
        }
        decoded = null;
        filtered = null;
        if (reservation != null) {
            reservation.close();
        }
        (result instanceof JobResult.Done ? counters.completed : counters.failed).incrementAndGet();
    }

    /** Made on first use, like InputScanner's: setting up the logging would slow the start of every batch. */
    private static final class Log {
        static final Logger LOGGER = LoggerFactory.getLogger(JobRun.class);
    }
}
