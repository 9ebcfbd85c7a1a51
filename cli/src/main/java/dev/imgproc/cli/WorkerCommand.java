package dev.imgproc.cli;

import static dev.imgproc.cli.CommandSpecs.listOption;
import static dev.imgproc.cli.CommandSpecs.option;

import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Redis;
import dev.imgproc.cluster.RedisEndpoint;
import dev.imgproc.cluster.worker.Worker;
import dev.imgproc.cluster.worker.WorkerSettings;
import dev.imgproc.codec.Codecs;
import dev.imgproc.engine.Engine;
import dev.imgproc.engine.EngineConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import redis.clients.jedis.RedisClient;

/** {@code imgproc worker}: runs cluster jobs from Redis until stopped. */
final class WorkerCommand implements Callable<Integer> {
    final CommandSpec spec = CommandSpecs.command(this, "worker");
    RedisEndpoint redis;
    List<String> queues = new ArrayList<>();
    Integer concurrency;
    Integer threads;
    Duration lease;
    int maxAttempts;
    Duration drain;
    Duration heartbeat;
    Path healthFile;
    Duration poll;

    WorkerCommand() {
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Run cluster jobs from Redis until stopped.",
                        "Takes a job while a slot is free, runs it as a local batch would, and sends the result back. "
                                + "Start one per host or container; the jobs of a worker that dies are taken over by "
                                + "the others once its lease expires.",
                        "SIGTERM or Ctrl-C: stop taking jobs, finish the ones held (or hand them back after "
                                + "--drain-timeout), leave the registry, exit 0.")
                .footer(
                        "",
                        "Examples:",
                        "  imgproc worker --redis redis://queue-host:6379",
                        "  imgproc worker --redis rediss://imgproc:secret@queue-host:6380 --queue heavy -c 2");
        spec.addOption(RedisOption.create(() -> redis, v -> redis = v));
        spec.addOption(listOption(String.class, () -> queues, v -> queues = v, "--queue")
                .paramLabel("NAME")
                .description("Queue to serve (repeatable; default: default). Route heavy pipelines to dedicated "
                        + "workers with a queue of their own.").build());
        spec.addOption(option(Integer.class, () -> concurrency, v -> concurrency = v, "-c", "--concurrency")
                .paramLabel("N")
                .description("Jobs run at once; a job is taken only when one of these slots is free (default: one "
                        + "per core).").build());
        spec.addOption(option(Integer.class, () -> threads, v -> threads = v, "-j", "--threads")
                .paramLabel("N").description("Threads for the filters (default: one per core).").build());
        spec.addOption(duration(() -> lease, v -> lease = v, "--lease", "30s")
                .description("How long a job stays this worker's without renewal; renewed every third of it. After "
                        + "a crash, its jobs run elsewhere this long later (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(int.class, () -> maxAttempts, v -> maxAttempts = v, "--max-attempts")
                .paramLabel("N").defaultValue("" + WorkerSettings.DEFAULT_MAX_ATTEMPTS)
                .description("Starts of one job (worker crashes, internal errors) before it goes to the dead-letter "
                        + "queue (default: ${DEFAULT-VALUE}). Undecodable images go there at once.").build());
        spec.addOption(duration(() -> drain, v -> drain = v, "--drain-timeout", "30s")
                .description("On SIGTERM, how long to finish held jobs before handing the rest back (default: "
                        + "${DEFAULT-VALUE}).").build());
        spec.addOption(duration(() -> heartbeat, v -> heartbeat = v, "--heartbeat", "5s")
                .description("How often the worker announces itself; its entry expires after three missed beats "
                        + "(default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(Path.class, () -> healthFile, v -> healthFile = v, "--health-file")
                .paramLabel("FILE").defaultValue("${env:IMGPROC_HEALTH_FILE}")
                .description("Touch FILE after every heartbeat Redis accepted, for container health checks "
                        + "(default: $IMGPROC_HEALTH_FILE; the image sets it).").build());
        spec.addOption(duration(() -> poll, v -> poll = v, "--poll", "2s")
                .hidden(true).description("How long one read of the queue blocks.").build());
        spec.addOption(StackTraceOption.create());
        CommandSpecs.addStandardHelpOptions(spec);
    }

    private static OptionSpec.Builder duration(Supplier<Duration> get, Consumer<Duration> set, String name,
            String defaultValue) {
        return option(Duration.class, get, set, name)
                .paramLabel("DURATION").converters(new Converters.Interval()).defaultValue(defaultValue);
    }

    @Override
    public Integer call() throws Exception {
        WorkerSettings settings = settings();
        RedisClient client = Redis.connect(redis, settings.slots() + 6, "imgproc-worker");
        EngineConfig config = new EngineConfig(settings.computeThreads(), settings.slots(),
                Runtime.getRuntime().maxMemory() / 2);
        Engine engine = new Engine(Codecs.standard(), config);
        String version = Imgproc.class.getPackage().getImplementationVersion();
        Worker worker = new Worker(client, Keys.DEFAULT, settings, engine, version == null ? "dev" : version);
        StopSignals.onStop(worker::stop);
        boolean drained = worker.run();
        if (drained) {
            engine.close(); // else jobs handed back still run on its threads: leave them to the exit
        }
        Redis.closeQuietly(client);
        return ExitCode.OK;
    }

    private WorkerSettings settings() {
        if (redis == null) {
            throw usage("imgproc worker needs --redis URL (or " + RedisOption.ENV + "), e.g. --redis redis://queue-host:6379");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int slots = concurrency == null ? cores : concurrency;
        int computeThreads = threads == null ? cores : threads;
        List<String> names = queues.isEmpty() ? List.of("default") : List.copyOf(queues);
        try {
            names.forEach(Keys::checkQueueName);
            if (slots < 1 || slots > 1024) {
                throw new IllegalArgumentException("--concurrency must be from 1 to 1024 but was " + slots);
            }
            if (computeThreads < 1 || computeThreads > 1024) {
                throw new IllegalArgumentException("--threads must be from 1 to 1024 but was " + computeThreads);
            }
            if (poll.compareTo(Redis.MAX_BLOCK) > 0) {
                throw new IllegalArgumentException("--poll must be at most " + Redis.MAX_BLOCK.toSeconds() + "s");
            }
            return new WorkerSettings(names, slots, computeThreads, lease, heartbeat, maxAttempts, drain, poll,
                    healthFile);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
