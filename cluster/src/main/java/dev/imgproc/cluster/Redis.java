package dev.imgproc.cluster;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Opens pooled connections to Redis and turns what can go wrong into one line a user can act on.
 *
 * <p>Blocking reads (XREADGROUP/XREAD with BLOCK) use their own socket timeout: Jedis' default is infinite, and a
 * half-open connection would then hang the reader forever. It is set to the longest BLOCK plus a margin.
 */
public final class Redis {
    /** The longest BLOCK any reader here uses. */
    public static final Duration MAX_BLOCK = Duration.ofSeconds(5);

    /** The longest a reply to a non-blocking command is waited for. */
    static final int SOCKET_TIMEOUT_MS = 10_000;
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final String MIN_VERSION = "7.0";

    private Redis() {}

    /** A client with up to {@code connections} pooled connections; nothing is sent yet. */
    public static RedisClient client(RedisEndpoint endpoint, int connections, String clientName) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .resp2() // the Lua scripts' replies are parsed as plain RESP2 arrays
                .connectionTimeoutMillis(CONNECT_TIMEOUT_MS)
                .socketTimeoutMillis(SOCKET_TIMEOUT_MS)
                .blockingSocketTimeoutMillis((int) MAX_BLOCK.toMillis() + SOCKET_TIMEOUT_MS)
                .database(endpoint.database())
                .clientName(clientName)
                .ssl(endpoint.tls());
        if (endpoint.password() != null) {
            config.password(endpoint.password());
            if (endpoint.user() != null) {
                config.user(endpoint.user());
            }
        }
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(connections);
        pool.setMaxIdle(connections);
        pool.setMaxWait(Duration.ofSeconds(30));
        pool.setTestOnBorrow(false);
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(Duration.ofSeconds(30));
        return RedisClient.builder()
                .hostAndPort(endpoint.host(), endpoint.port())
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
    }

    /**
     * Opens a client and checks that the server answers, accepts the login and is recent enough; warns when its
     * eviction policy could drop queue keys.
     */
    public static RedisClient connect(RedisEndpoint endpoint, int connections, String clientName)
            throws ClusterException {
        RedisClient client = client(endpoint, connections, clientName);
        try {
            ServerInfo info = ServerInfo.read(client);
            if (!info.atLeast(MIN_VERSION)) {
                throw new ClusterException(endpoint.display() + " runs Redis " + info.version()
                        + ", but cluster mode needs Redis " + MIN_VERSION + " or newer");
            }
            info.warnIfEvicting(endpoint);
            return client;
        } catch (ClusterException e) {
            closeQuietly(client);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw new ClusterException(describe(endpoint, e), e);
        }
    }

    /** One line saying what went wrong, for a failure to reach or use Redis. */
    public static String describe(RedisEndpoint endpoint, Throwable error) {
        String where = endpoint.display();
        if (error instanceof JedisDataException && firstLine(error).startsWith("NOAUTH")) {
            return where + ": Redis wants a password; put it in the URL, e.g. redis://:PASSWORD@host:6379";
        }
        if (error instanceof JedisAccessControlException) {
            return where + ": authentication failed (" + firstLine(error) + "); check the user and password in --redis";
        }
        for (Throwable cause : causes(error)) {
            switch (cause) {
                case UnknownHostException ignored -> {
                    return where + ": unknown host " + endpoint.host();
                }
                case ConnectException ignored -> {
                    return where + ": cannot connect (" + firstLine(cause) + "); is redis-server running there?";
                }
                case NoRouteToHostException ignored -> {
                    return where + ": host unreachable";
                }
                case SocketTimeoutException ignored -> {
                    return where + ": timed out waiting for Redis";
                }
                case SSLException ignored -> {
                    return where + ": TLS failed (" + firstLine(cause) + ")";
                }
                default -> {}
            }
        }
        if (error instanceof JedisConnectionException) {
            return where + ": connection failed (" + firstLine(error) + ")";
        }
        return where + ": " + firstLine(error);
    }

    /** The error, its causes, and what they suppressed (Jedis keeps the socket's error as a suppressed one). */
    private static List<Throwable> causes(Throwable error) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable cause = error; cause != null && all.size() < 20; cause = cause.getCause()) {
            all.add(cause);
            all.addAll(List.of(cause.getSuppressed()));
        }
        return all;
    }

    private static String firstLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Closes a client; Jedis may throw from close while Redis is down, which must not hide the real error. */
    public static void closeQuietly(RedisClient client) {
        try {
            client.close();
        } catch (RuntimeException ignored) {
            // nothing to do: the connections are gone either way
        }
    }

    /** Whether an error means the consumer group (or its stream) is gone: Redis restarted empty or was flushed. */
    public static boolean isNoGroup(Throwable error) {
        return error instanceof JedisDataException && String.valueOf(error.getMessage()).contains("NOGROUP");
    }

    /** Whether Redis refused a write because it is full (maxmemory with noeviction): wait, never fail the job. */
    public static boolean isOutOfMemory(Throwable error) {
        return error instanceof JedisDataException && String.valueOf(error.getMessage()).startsWith("OOM");
    }

    /** Creates the stream's consumer group at the start of the stream, so no entry in it is skipped. */
    public static void ensureGroup(RedisClient redis, String stream) {
        try {
            redis.xgroupCreate(stream, Keys.GROUP, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }
}
