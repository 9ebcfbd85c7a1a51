package dev.imgproc.cluster.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.RedisClient;

/**
 * A real redis-server on a free port for tests, without persistence, in a temporary folder. It can be killed,
 * restarted (empty, as a server without persistence comes back) and flushed, to test what happens to a cluster.
 *
 * <pre>{@code
 * try (RedisServer redis = RedisServer.start()) {
 *     ... redis.url() ...
 * }
 * }</pre>
 */
public final class RedisServer implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final List<String> extraArgs;
    private Process process;
    private RedisClient client;

    private RedisServer(Path dir, int port, List<String> extraArgs) {
        this.dir = dir;
        this.port = port;
        this.extraArgs = List.copyOf(extraArgs);
    }

    public static RedisServer start(String... extraArgs) throws IOException, InterruptedException {
        RedisServer server = new RedisServer(Files.createTempDirectory("imgproc-redis"), freePort(), List.of(extraArgs));
        server.launch();
        return server;
    }

    private void launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                "--daemonize", "no", "--loglevel", "warning"));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!answersPing()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited: " + Files.readString(dir.resolve("redis.log")));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("redis-server did not answer on port " + port);
            }
            Thread.sleep(20);
        }
    }

    private static String executable() {
        for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "redis-server"; // from the PATH; .ci/run installs it
    }

    private boolean answersPing() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[7];
            int n = in.read(reply);
            String answer = n > 0 ? new String(reply, 0, n, StandardCharsets.US_ASCII) : "";
            return answer.startsWith("+PONG") || answer.startsWith("-NOAUTH"); // up, with or without a password
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A port nothing listens on, for "Redis unreachable" tests. */
    public static int unusedPort() throws IOException {
        return freePort();
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** A client for the test's own checks. */
    public synchronized RedisClient client() {
        if (client == null) {
            client = RedisClient.create("127.0.0.1", port);
        }
        return client;
    }

    /** SIGKILL: the server dies with its data (there is no persistence). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Kills the server and starts an empty one on the same port, as a restart without persistence does. */
    public void restartEmpty() throws IOException, InterruptedException {
        kill();
        launch();
    }

    public void flushAll() {
        client().flushAll();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (client != null) {
            try {
                client.close();
            } catch (RuntimeException ignored) {
                // the server may be gone already
            }
        }
        if (process != null) {
            kill();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
