package dev.imgproc.cli;

import dev.imgproc.filter.Filters;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imgproc filters}: every filter, its parameters, their defaults and ranges. */
final class FiltersCommand implements Callable<Integer> {
    final CommandSpec spec = CommandSpecs.command(this, "filters");
    String only;

    FiltersCommand() {
        spec.usageMessage().description("List the filters, their parameters, defaults and ranges.");
        spec.addPositional(CommandSpecs.positional(String.class, () -> only, v -> only = v)
                .paramLabel("NAME").arity("0..1").description("Show only this filter.").build());
        CommandSpecs.addStandardHelpOptions(spec);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (only == null) {
            out.println("Syntax: name[=value][:key=value...], filters chained with commas, applied in order.");
            out.println("The value after '=' sets the first parameter. Quote specs containing > < ! in the shell.");
            out.println("Example: --filters 'resize=800x600>:fit=cover,sharpen=1:amount=0.8,grayscale'");
        }
        boolean found = false;
        for (FilterDescriptor filter : Filters.all()) {
            if (only == null || filter.name().equalsIgnoreCase(only)) {
                print(out, filter);
                found = true;
            }
        }
        out.flush();
        if (!found) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown filter \"" + only
                    + "\"; run 'imgproc filters' to list them");
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, FilterDescriptor filter) {
        out.println();
        out.printf("%s  %s%n", filter.name(), filter.summary());
        for (Param<?> param : filter.params()) {
            String value = param.required() ? "required" : "default " + param.defaultText();
            out.printf("    %-10s %s (%s)%n", param.name(), param.help(), value);
            out.printf("    %-10s %s%n", "", param.type().expected());
        }
        out.printf("    example:   %s%n", filter.example());
    }
}
