package dev.imgproc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code imgproc cluster}: lists its subcommands and does nothing else. */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Look at a cluster: its workers and queues.",
        subcommands = {ClusterStatusCommand.class})
final class ClusterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
