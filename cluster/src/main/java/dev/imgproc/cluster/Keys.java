package dev.imgproc.cluster;

/**
 * Every Redis key cluster mode uses, under one prefix. One work stream per named queue, so heavy pipelines can be
 * routed to dedicated workers; per-run keys (results, payloads) so a run is cleaned up as a unit.
 *
 * <pre>
 * imgproc:q:QUEUE:jobs          stream, group "workers": entries waiting or in flight (deleted once done)
 * imgproc:q:QUEUE:dead          stream: dead letters, capped
 * imgproc:q:QUEUE:stats:BUCKET  hash: jobs done/failed per 10 s, for rates
 * imgproc:run:RUN:meta          hash: epoch nonce, queue, created; its loss tells the client Redis lost data
 * imgproc:run:RUN:enq           hash job -> epoch: enqueue dedupe
 * imgproc:run:RUN:done          hash job -> ok|dead: completion ledger, first writer wins
 * imgproc:run:RUN:results       stream: one entry per finished job, read by the client
 * imgproc:run:RUN:in:JOB        input bytes;  imgproc:run:RUN:out:JOB output bytes
 * imgproc:workers               sorted set worker -> last heartbeat (Redis clock)
 * imgproc:worker:ID             hash: the worker's registry entry, expires without heartbeats
 * </pre>
 */
public record Keys(String prefix) {
    public static final Keys DEFAULT = new Keys("imgproc:");
    /** The consumer group every worker of a queue joins. */
    public static final String GROUP = "workers";

    public String jobs(String queue) {
        return prefix + "q:" + queue + ":jobs";
    }

    public String dead(String queue) {
        return prefix + "q:" + queue + ":dead";
    }

    public String stats(String queue, long bucket) {
        return prefix + "q:" + queue + ":stats:" + bucket;
    }

    public String meta(String run) {
        return run(run, "meta");
    }

    public String enqueued(String run) {
        return run(run, "enq");
    }

    public String done(String run) {
        return run(run, "done");
    }

    public String results(String run) {
        return run(run, "results");
    }

    public String input(String run, String job) {
        return run(run, "in:" + job);
    }

    public String output(String run, String job) {
        return run(run, "out:" + job);
    }

    public String workers() {
        return prefix + "workers";
    }

    public String worker(String id) {
        return prefix + "worker:" + id;
    }

    private String run(String run, String suffix) {
        return prefix + "run:" + run + ":" + suffix;
    }

    /** Queue names end up in keys: keep them to a safe alphabet. */
    public static String checkQueueName(String queue) {
        if (!queue.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException(
                    "queue names are 1 to 64 letters, digits, '.', '_' or '-' but got \"" + queue + "\"");
        }
        return queue;
    }
}
