package dev.imgproc.bench.compare;

import dev.imgproc.bench.Pipeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a comparison runs: the inputs, the pipelines, the scenarios (peers only when found), how many alternating
 * rounds, on how many threads, and where it keeps its lists, scripts, outputs and logs.
 *
 * @param threads the engine's compute threads in the engine scenarios, and how many peer processes run at once
 * @param peers the peer tools found; a peer scenario runs only when its tool is here
 * @param timeout the most one command may take before it is killed and its run counted as failed
 */
public record Plan(Inputs inputs, List<Pipeline> pipelines, List<Scenario> scenarios, int runs, int threads,
        Path workDir, List<PeerTool> peers, Commands.Jvm jvm, Duration timeout) {

    public Plan {
        pipelines = List.copyOf(pipelines);
        scenarios = List.copyOf(scenarios);
        peers = List.copyOf(peers);
        Objects.requireNonNull(workDir, "workDir");
        if (inputs.count() == 0 || pipelines.isEmpty() || scenarios.isEmpty() || runs < 1 || threads < 1) {
            throw new IllegalArgumentException("a comparison needs inputs, a pipeline, a scenario, runs and threads");
        }
        for (Scenario scenario : scenarios) {
            if (scenario.isPeer() && peerTool(peers, scenario) == null) {
                throw new IllegalArgumentException(scenario.id() + " is planned but its tool was not found");
            }
        }
    }

    /** The settings a report records. */
    public record Settings(int runs, int threads, List<Pipeline> pipelines, List<Scenario> scenarios) {
        public Settings {
            pipelines = List.copyOf(pipelines);
            scenarios = List.copyOf(scenarios);
        }
    }

    public Settings settings() {
        return new Settings(runs, threads, pipelines, scenarios);
    }

    public PeerTool peer(Scenario scenario) {
        return peerTool(peers, scenario);
    }

    private static PeerTool peerTool(List<PeerTool> peers, Scenario scenario) {
        return peers.stream().filter(p -> p.scenario() == scenario).findFirst().orElse(null);
    }

    /** The scenarios of round {@code round} (from 1) in the order they run: reversed every other round. */
    public List<Scenario> order(int round) {
        return round % 2 == 1 ? scenarios : scenarios.reversed();
    }

    /** Commands run in total. */
    public int totalRuns() {
        return runs * pipelines.size() * scenarios.size();
    }
}
