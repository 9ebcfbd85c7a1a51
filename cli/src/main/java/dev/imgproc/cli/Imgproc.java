package dev.imgproc.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code imgproc} command: lists its subcommands and does nothing else. */
@Command(
        name = "imgproc",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Fast batch image processing: resize, filter and convert folders of photos.")
public final class Imgproc implements Runnable {
    /**
     * The subcommands, in the order help lists them. They are added when the command line is made, and only those
     * the arguments can reach: picocli reads a command's annotations when it is added, and for the five of them that
     * was a quarter of {@code imgproc --version} (0.32 s with all, 0.24 s with none).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The configured command line with every subcommand, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, with that subcommand only (help
     * for the others is not reachable from there); for {@code --version}, with none; else with all of them, for the
     * top level's help and errors.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(Set.of());
        }
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            return commandLine(Set.of(args[0]));
        }
        return commandLine();
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine cli = new CommandLine(new Imgproc());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        // after the subcommands: picocli hands these settings to the subcommands present when they are set
        cli.setExecutionExceptionHandler(new Failures.ExecutionHandler());
        cli.setParameterExceptionHandler(new Failures.ParameterHandler());
        cli.setExitCodeExceptionMapper(Failures::exitCode);
        addExitCodesAndVersion(cli);
        return cli;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("process", ProcessCommand::new);
        commands.put("worker", WorkerCommand::new);
        commands.put("cluster", ClusterCommand::new);
        commands.put("filters", FiltersCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** Every command's help lists the exit codes, and its {@code --version} prints imgproc's. */
    private static void addExitCodesAndVersion(CommandLine cli) {
        CommandSpec command = cli.getCommandSpec();
        command.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.HELP);
        // the provider first: version() calls it, and ours probes the codecs (25-35 ms at start-up)
        if (command.versionProvider() == null && command.version().length == 0) {
            command.versionProvider(new VersionProvider());
        }
        cli.getSubcommands().values().forEach(Imgproc::addExitCodesAndVersion);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
