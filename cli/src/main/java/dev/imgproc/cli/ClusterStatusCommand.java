package dev.imgproc.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Redis;
import dev.imgproc.cluster.RedisEndpoint;
import dev.imgproc.cluster.status.ClusterStatus;
import dev.imgproc.cluster.status.StatusReader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import redis.clients.jedis.RedisClient;

/** {@code imgproc cluster status}: workers, queue depth, jobs in flight, dead letters and rates. */
final class ClusterStatusCommand implements Callable<Integer> {
    final CommandSpec spec = CommandSpecs.command(this, "status");
    RedisEndpoint redis;
    boolean json;

    ClusterStatusCommand() {
        spec.usageMessage()
                .description("Show the live workers (slots, jobs, CPU, heap) and each queue: waiting, in flight, dead "
                        + "letters, jobs per minute.")
                .footer("", "Example:", "  imgproc cluster status --redis redis://queue-host:6379 --json");
        spec.addOption(RedisOption.create(() -> redis, v -> redis = v));
        spec.addOption(CommandSpecs.option(boolean.class, () -> json, v -> json = v, "--json")
                .description("Print JSON instead of a table.").build());
        spec.addOption(StackTraceOption.create());
        CommandSpecs.addStandardHelpOptions(spec);
    }

    @Override
    public Integer call() throws Exception {
        if (redis == null) {
            throw new ParameterException(spec.commandLine(),
                    "imgproc cluster status needs --redis URL (or " + RedisOption.ENV + ")");
        }
        RedisClient client = Redis.connect(redis, 2, "imgproc-status");
        try {
            ClusterStatus status = new StatusReader(client, Keys.DEFAULT).read(redis);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(status));
            } else {
                StatusTable.print(status, out);
            }
            out.flush();
            return ExitCode.OK;
        } finally {
            Redis.closeQuietly(client);
        }
    }
}
