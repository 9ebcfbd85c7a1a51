package dev.imgproc.cluster.worker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A worker's id, new at every start: {@code host-pid-random}. Replicas of one container image share pids and
 * sometimes host names, so the random part keeps consumer names apart; never reusing an id keeps a restarted worker
 * from inheriting the pending jobs of its dead predecessor as if they were its own.
 */
final class WorkerId {
    private WorkerId() {}

    static String create() {
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        return host() + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
    }

    static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
