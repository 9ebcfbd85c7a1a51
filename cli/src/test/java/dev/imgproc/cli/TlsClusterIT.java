package dev.imgproc.cli;

import static dev.imgproc.cli.ClusterChecks.localReference;
import static dev.imgproc.cli.ClusterChecks.photos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rediss://}: a worker and a batch through a Redis that only speaks TLS, with certificate checks on. */
class TlsClusterIT {
    @TempDir
    Path tmp;

    @Test
    void aBatchRunsThroughATlsOnlyRedisAndAnUntrustedCertificateIsOneClearLine() throws Exception {
        assumeTrue(TlsRedis.opensslAvailable(), "needs /usr/bin/openssl to make a certificate");
        Path in = photos(tmp.resolve("in"), 4, 160, 120);
        Path local = localReference(in, tmp.resolve("local"), "--filters", "resize=100");
        try (TlsRedis redis = TlsRedis.start(Files.createDirectories(tmp.resolve("redis")));
                WorkerProcess worker = WorkerProcess.start(tmp.resolve("logs"), redis.url(),
                        redis.trustingJvmOptions(), "--queue", "tls")) {
            worker.awaitServing();

            Path out = tmp.resolve("out");
            ImgprocProcess batch = ImgprocProcess.run(tmp, redis.trustingJvmOptions(), "process", in.toString(),
                    "-o", out.toString(), "--filters", "resize=100", "--cluster", "--redis", redis.url(),
                    "--queue", "tls");
            ImgprocProcess untrusted = ImgprocProcess.run(tmp, List.of(), "cluster", "status", "--redis", redis.url());

            assertThat(batch.exitCode()).as(batch.err()).isZero();
            for (String file : OutputImages.filesUnder(local)) {
                assertThat(Files.readAllBytes(out.resolve(file))).as(file)
                        .isEqualTo(Files.readAllBytes(local.resolve(file)));
            }
            assertThat(untrusted.exitCode()).isEqualTo(ExitCode.REDIS_UNAVAILABLE);
            assertThat(untrusted.err().strip().lines()).hasSize(1);
            assertThat(untrusted.err()).contains("TLS failed");
        }
    }
}
