package dev.imgproc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code imgproc} command: lists its subcommands and does nothing else. */
@Command(
        name = "imgproc",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Fast batch image processing: resize, filter and convert folders of photos.",
        subcommands = {
            ProcessCommand.class,
            WorkerCommand.class,
            ClusterCommand.class,
            FiltersCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Imgproc implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Imgproc());
        cli.setExecutionExceptionHandler(new Failures.ExecutionHandler());
        cli.setParameterExceptionHandler(new Failures.ParameterHandler());
        cli.setExitCodeExceptionMapper(Failures::exitCode);
        documentExitCodes(cli);
        return cli;
    }

    private static void documentExitCodes(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.HELP);
        cli.getSubcommands().values().forEach(Imgproc::documentExitCodes);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
