package dev.imgproc.cluster;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisDataException;

/** What the server says about itself: version, and the eviction policy when CONFIG is allowed. */
public record ServerInfo(String version, String maxmemoryPolicy) {
    private static final Logger log = LoggerFactory.getLogger(ServerInfo.class);

    public static ServerInfo read(RedisClient redis) {
        String version = "?";
        for (String line : redis.info("server").split("\r?\n")) {
            if (line.startsWith("redis_version:")) {
                version = line.substring("redis_version:".length()).strip();
            }
        }
        String policy;
        try {
            policy = redis.configGet("maxmemory-policy").getOrDefault("maxmemory-policy", null);
        } catch (JedisDataException e) {
            policy = null; // managed services often forbid CONFIG; then we cannot tell
        }
        return new ServerInfo(version, policy);
    }

    public boolean atLeast(String minimum) {
        int[] have = numbers(version);
        int[] need = numbers(minimum);
        return Arrays.compare(have, need) >= 0;
    }

    private static int[] numbers(String version) {
        return Arrays.stream(version.split("\\.")).limit(2).mapToInt(part -> {
            try {
                return Integer.parseInt(part.replaceAll("\\D.*", ""));
            } catch (NumberFormatException e) {
                return 0;
            }
        }).toArray();
    }

    /** Anything but noeviction lets Redis drop queue keys under memory pressure, silently losing jobs. */
    public void warnIfEvicting(RedisEndpoint endpoint) {
        if (maxmemoryPolicy != null && !maxmemoryPolicy.equals("noeviction")) {
            log.warn("{} has maxmemory-policy {}: under memory pressure Redis may evict queue keys and lose jobs; "
                    + "set maxmemory-policy noeviction", endpoint.display(), maxmemoryPolicy);
        }
    }
}
