package dev.imgproc.cluster;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where Redis is and how to log in, from a URL: {@code redis://[user:password@]host[:port][/db]}, or
 * {@code rediss://} for TLS. A password alone ({@code redis://:secret@host}) logs in as the default user.
 */
public record RedisEndpoint(String host, int port, String user, String password, boolean tls, int database) {
    public static final int DEFAULT_PORT = 6379;

    public static RedisEndpoint parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected a URL like redis://host:6379 but got \"" + url + "\"");
        }
        String scheme = uri.getScheme();
        if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
            throw new IllegalArgumentException(
                    "expected a redis:// or rediss:// URL (e.g. redis://queue-host:6379) but got \"" + url + "\"");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("no host in \"" + url + "\"; expected e.g. redis://queue-host:6379");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
            if (user.isEmpty()) {
                user = null;
            }
        }
        return new RedisEndpoint(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), user, password,
                "rediss".equals(scheme), database(uri.getPath(), url));
    }

    private static int database(String path, String url) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        try {
            return Integer.parseInt(path.substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a database number after the port but got \"" + url + "\"");
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The URL without the password, for messages and logs. */
    public String display() {
        String login = user == null ? (password == null ? "" : ":***@") : user + (password == null ? "@" : ":***@");
        return (tls ? "rediss://" : "redis://") + login + host + ":" + port + (database == 0 ? "" : "/" + database);
    }

    @Override
    public String toString() {
        return display();
    }
}
