package dev.imgproc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server that only speaks TLS (plain port off), with a fresh self-signed certificate for {@code localhost},
 * and a trust store holding that certificate for the JVMs that must reach it.
 */
final class TlsRedis implements AutoCloseable {
    static final String TRUST_STORE_PASSWORD = "changeit";

    private final Path dir;
    private final int port;
    private final Process process;

    private TlsRedis(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    static boolean opensslAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/openssl"));
    }

    static TlsRedis start(Path dir) throws IOException, InterruptedException {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        run(List.of("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", key.toString(), "-out", cert.toString()), dir);
        writeTrustStore(cert, dir.resolve("trust.p12"));
        int port = freePort();
        Process process = new ProcessBuilder("redis-server", "--port", "0", "--tls-port", Integer.toString(port),
                        "--bind", "127.0.0.1", "--tls-cert-file", cert.toString(), "--tls-key-file", key.toString(),
                        "--tls-ca-cert-file", cert.toString(), "--tls-auth-clients", "no", "--save", "",
                        "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        TlsRedis redis = new TlsRedis(dir, port, process);
        redis.awaitListening();
        return redis;
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("openssl failed: " + Files.readString(dir.resolve("openssl.log")));
        }
    }

    private static void writeTrustStore(Path cert, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(cert); OutputStream out = Files.newOutputStream(target)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("redis", CertificateFactory.getInstance("X.509").generateCertificate(in));
            store.store(out, TRUST_STORE_PASSWORD.toCharArray());
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private void awaitListening() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited: " + Files.readString(dir.resolve("redis.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not listen on TLS port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String url() {
        return "rediss://localhost:" + port;
    }

    /** JVM options that make a JVM trust this server's certificate. */
    List<String> trustingJvmOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + dir.resolve("trust.p12"),
                "-Djavax.net.ssl.trustStorePassword=" + TRUST_STORE_PASSWORD, "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
