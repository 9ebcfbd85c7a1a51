package dev.imgproc.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code imgproc cluster}: lists its subcommands and does nothing else. */
final class ClusterCommand implements Runnable {
    final CommandSpec spec = CommandSpecs.command(this, "cluster");

    ClusterCommand() {
        spec.usageMessage().description("Look at a cluster: its workers and queues.");
        CommandSpecs.addStandardHelpOptions(spec);
        spec.addSubcommand("status", new ClusterStatusCommand().spec);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
