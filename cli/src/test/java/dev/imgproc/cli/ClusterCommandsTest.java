package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.cluster.testing.InProcessWorker;
import dev.imgproc.cluster.testing.RedisServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Protocol;
import org.junit.jupiter.api.io.TempDir;

/** The cluster commands' options and their errors, in-process, against a real redis-server where one is needed. */
class ClusterCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void clusterWithoutRedisIsAUsageError() {
        Cli result = Cli.run("process", tmp.toString(), "-o", tmp.resolve("out").toString(), "--cluster");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--cluster needs --redis URL (or IMGPROC_REDIS)");
    }

    @Test
    void badUrlsAndQueueNamesAreUsageErrors() {
        Cli http = Cli.run("worker", "--redis", "http://queue-host:6379");
        Cli queue = Cli.run("worker", "--redis", "redis://queue-host", "--queue", "no spaces");
        Cli lease = Cli.run("worker", "--redis", "redis://queue-host", "--lease", "soon");

        assertThat(http.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(http.err()).contains("expected a redis:// or rediss:// URL");
        assertThat(queue.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(queue.err()).contains("queue names are 1 to 64 letters");
        assertThat(lease.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(lease.err()).contains("expected a duration like 30s");
    }

    @Test
    void aWrongPasswordOrNoneIsReportedAsSuch() throws Exception {
        try (RedisServer redis = RedisServer.start("--requirepass", "s3cret")) {
            String host = "127.0.0.1:" + redis.port();

            Cli wrong = Cli.run("cluster", "status", "--redis", "redis://:nope@" + host);
            Cli none = Cli.run("cluster", "status", "--redis", "redis://" + host);
            Cli right = Cli.run("cluster", "status", "--redis", "redis://:s3cret@" + host);

            assertThat(wrong.exitCode()).isEqualTo(ExitCode.REDIS_UNAVAILABLE);
            assertThat(wrong.err()).contains("redis://:***@" + host + ": authentication failed")
                    .doesNotContain("nope");
            assertThat(none.exitCode()).isEqualTo(ExitCode.REDIS_UNAVAILABLE);
            assertThat(none.err()).contains("Redis wants a password");
            assertThat(right.exitCode()).as(right.err()).isZero();
        }
    }

    @Test
    void theLeastPrivilegeAclUserOfTheDeploymentGuideCanRunABatch() throws Exception {
        try (RedisServer redis = RedisServer.start()) {
            // as docs/DEPLOYMENT.md has it, less config|get: then the eviction policy cannot be checked
            redis.client().sendCommand(Protocol.Command.ACL, "SETUSER", "imgproc", "on", ">pw", "~imgproc:*",
                    "+@all", "-@admin", "-@dangerous", "+info", "+xinfo");
            String url = "redis://imgproc:pw@127.0.0.1:" + redis.port();
            Path in = ClusterChecks.photos(tmp.resolve("in"), 3, 64, 48);
            Cli batch;
            try (InProcessWorker worker = InProcessWorker.start(url, "acl")) {
                batch = Cli.run("process", in.toString(), "-o", tmp.resolve("out").toString(), "--cluster", "--redis",
                        url, "--queue", "acl");
            }
            Cli status = Cli.run("cluster", "status", "--redis", url);

            assertThat(batch.exitCode()).as(batch.err()).isZero();
            assertThat(OutputImages.filesUnder(tmp.resolve("out"))).hasSize(3);
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).contains("maxmemory-policy unknown");
        }
    }

    @Test
    void statusShowsAnEvictionPolicyThatCanLoseJobs() throws Exception {
        try (RedisServer redis = RedisServer.start("--maxmemory-policy", "allkeys-lru")) {
            Cli status = Cli.run("cluster", "status", "--redis", redis.url());

            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).contains("maxmemory-policy allkeys-lru");
        }
    }
}
