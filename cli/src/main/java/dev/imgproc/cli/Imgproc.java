package dev.imgproc.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code imgproc} command: lists its subcommands and does nothing else. */
public final class Imgproc implements Runnable {
    /**
     * The subcommands, in the order help lists them. They are added when the command line is made, and only those
     * the arguments can reach: each costs start-up time, and when picocli read them from annotations, adding the
     * five of them was a quarter of {@code imgproc --version} (0.32 s with all, 0.24 s with none).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private final CommandSpec spec = CommandSpecs.command(this, "imgproc");

    private Imgproc() {
        spec.usageMessage().description("Fast batch image processing: resize, filter and convert folders of photos.");
        CommandSpecs.addStandardHelpOptions(spec);
    }

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
        CommandLine cli = new CommandLine(new Imgproc().spec);
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        // after the subcommands: picocli hands these settings to the subcommands present when they are set
        cli.registerConverter(Path.class, Path::of); // picocli's own calls Paths.get by reflection: 4 ms at start
        cli.setExecutionExceptionHandler(new Failures.ExecutionHandler());
        cli.setParameterExceptionHandler(new Failures.ParameterHandler());
        cli.setExitCodeExceptionMapper(Failures::exitCode);
        addExitCodesAndVersion(cli);
        return cli;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("process", () -> new ProcessCommand().spec);
        commands.put("worker", () -> new WorkerCommand().spec);
        commands.put("cluster", () -> new ClusterCommand().spec);
        commands.put("filters", () -> new FiltersCommand().spec);
        commands.put("bench", () -> new BenchCommand().spec);
        // picocli's, read from annotations: built only when the arguments name no other subcommand (help, errors)
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
