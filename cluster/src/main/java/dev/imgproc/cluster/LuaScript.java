package dev.imgproc.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run by its SHA1, sent in full only when Redis does not know it (NOSCRIPT): after a restart, a
 * failover or SCRIPT FLUSH the script cache is empty, and the next call brings it back.
 */
public final class LuaScript {
    private final String name;
    private final byte[] source;
    private final byte[] sha;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source.getBytes(StandardCharsets.UTF_8);
        this.sha = sha1(this.source).getBytes(StandardCharsets.US_ASCII);
    }

    /** The script {@code lua/NAME.lua}, with {@code lua/lib.lua} in front when {@code withLibrary}. */
    static LuaScript load(String name, boolean withLibrary) {
        String body = resource(name);
        return new LuaScript(name, withLibrary ? resource("lib") + "\n" + body : body);
    }

    public Object run(UnifiedJedis redis, List<byte[]> keys, List<byte[]> args) {
        try {
            return redis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            return redis.eval(source, keys, args);
        }
    }

    public String name() {
        return name;
    }

    private static String resource(String name) {
        try (InputStream in = LuaScript.class.getResourceAsStream("lua/" + name + ".lua")) {
            if (in == null) {
                throw new IllegalStateException("missing Lua script lua/" + name + ".lua");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
