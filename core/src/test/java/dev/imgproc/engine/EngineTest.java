package dev.imgproc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.filter.Filter;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineTest {
    private final Engine engine = new Engine(Codecs.standard(), new EngineConfig(2, 2, 256L << 20));

    @AfterEach
    void close() {
        engine.close();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Recipe recipe(Filter... filters) {
        return new Recipe(DecodeOptions.DEFAULT, new FilterChain(List.of(filters), "test"), null, EncodeOptions.DEFAULT);
    }

    @Test
    void runsAJobFromInputBytesToOutputBytes() throws Exception {
        JobResult result = engine.run(new Job("a.png", png(40, 30), Recipe.of("invert")));

        assertThat(result).isInstanceOfSatisfying(JobResult.Done.class, done -> {
            assertThat(done.format()).isEqualTo(ImageFormat.PNG);
            assertThat(done.inputSize()).isEqualTo(new Size(40, 30));
            assertThat(done.outputSize()).isEqualTo(new Size(40, 30));
            BufferedImage out = read(done.output());
            assertThat(out.getRGB(10, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF ^ ((10 * 4) << 16 | (5 * 4) << 8 | 0x40));
        });
    }

    @Test
    void theSameJobGivesTheSameBytes() throws Exception {
        byte[] input = png(64, 48);
        Recipe recipe = Recipe.of("brightness=1.3").withFormat(ImageFormat.JPEG);

        JobResult first = engine.run(new Job("a", input, recipe));
        JobResult second = engine.run(new Job("b", input, recipe));

        assertThat(((JobResult.Done) first).output()).isEqualTo(((JobResult.Done) second).output());
    }

    @Test
    void badInputIsAFailedResultNotAnException() throws Exception {
        JobResult result = engine.run(new Job("notes.jpg", "hello".getBytes(), Recipe.of("")));

        assertThat(result).isEqualTo(new JobResult.Failed("notes.jpg", Stage.DECODE,
                "not an image (unrecognised format)", false));
        assertThat(engine.stats().failed()).isEqualTo(1);
    }

    @Test
    void aFilterBugFailsItsJobOnlyAndIsMarkedInternal() throws Exception {
        Filter broken = image -> {
            throw new IllegalStateException("boom");
        };

        JobResult failed = engine.run(new Job("x", png(8, 8), recipe(broken)));
        JobResult fine = engine.run(new Job("y", png(8, 8), Recipe.of("")));

        assertThat(failed).isInstanceOfSatisfying(JobResult.Failed.class, f -> {
            assertThat(f.stage()).isEqualTo(Stage.FILTER);
            assertThat(f.internal()).isTrue();
            assertThat(f.reason()).contains("boom");
        });
        assertThat(fine).isInstanceOf(JobResult.Done.class);
    }

    @Test
    void filtersRunOnTheComputePoolAndCodecsOnVirtualThreads() throws Exception {
        AtomicReference<String> filterThread = new AtomicReference<>();
        Filter spy = image -> {
            filterThread.set(Thread.currentThread().getName());
            return image;
        };

        engine.run(new Job("x", png(8, 8), recipe(spy)));

        assertThat(filterThread.get()).startsWith("imgproc-compute-");
    }

    @Test
    void submitBlocksWhileTheEngineIsFull() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Filter waiting = image -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return image;
        };
        byte[] input = png(8, 8);
        CompletableFuture<JobResult> first = engine.submit(new Job("1", input, recipe(waiting)));
        CompletableFuture<JobResult> second = engine.submit(new Job("2", input, recipe(waiting)));
        CountDownLatch thirdAdmitted = new CountDownLatch(1);

        Thread submitter = Thread.ofVirtual().start(() -> {
            try {
                engine.submit(new Job("3", input, recipe(waiting)));
                thirdAdmitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(thirdAdmitted.await(300, TimeUnit.MILLISECONDS)).as("third admitted while two in flight").isFalse();
        assertThat(engine.stats().inFlight()).isEqualTo(2);
        release.countDown();
        assertThat(thirdAdmitted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.get()).isInstanceOf(JobResult.Done.class);
        assertThat(second.get()).isInstanceOf(JobResult.Done.class);
        submitter.join();
    }

    @Test
    void imagesOverThePixelLimitAreRefusedFromTheHeader() throws Exception {
        Recipe limited = new Recipe(new DecodeOptions(true, 100), FilterChain.EMPTY, null, EncodeOptions.DEFAULT);

        JobResult result = engine.run(new Job("big.png", png(40, 30), limited));

        assertThat(result).isInstanceOfSatisfying(JobResult.Failed.class, f -> assertThat(f.reason())
                .isEqualTo("40x30 pixels (0.0012 MP) is over the limit of 0.0001 MP (--max-pixels)"));
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
