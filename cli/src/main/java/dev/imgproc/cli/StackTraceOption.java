package dev.imgproc.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --stacktrace}, on the commands that do real work; {@link Failures} looks for it. */
final class StackTraceOption {
    private static final String NAME = "--stacktrace";

    private StackTraceOption() {}

    static OptionSpec create() {
        return OptionSpec.builder(NAME).type(boolean.class).initialValue(false)
                .description("Print stack traces of internal errors.").build();
    }

    /** True when {@code command} has the option and it was given. */
    static boolean given(CommandSpec command) {
        OptionSpec option = command.findOption(NAME);
        return option != null && Boolean.TRUE.equals(option.getValue());
    }
}
