package dev.imgproc.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * imgproc's commands in picocli's programmatic model rather than its annotations, which cost every start about 100
 * ms (a sixth of a one-photo run): the JDK generates a proxy class for each annotation type picocli reads, and
 * picocli sets fields by reflection, which spins method handles; the AOT cache can keep neither. A command here is a
 * plain object whose fields its options read and write through a getter and a setter; before each parse picocli
 * resets a field to the value it had when its option was declared, as it does for an annotated field.
 */
final class CommandSpecs {
    private CommandSpecs() {}

    /** The spec of {@code command} (a Runnable or a Callable), named {@code name}. */
    static CommandSpec command(Object command, String name) {
        return CommandSpec.wrapWithoutInspection(command).name(name);
    }

    /**
     * -h/--help and -V/--version as picocli's {@code mixinStandardHelpOptions} words them (its mixin is read from
     * annotations). Added last, where that mixin puts them.
     */
    static void addStandardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .description("Print version information and exit.").build());
    }

    /** An option bound to a field of {@code type}; {@code boolean.class} makes a flag. */
    static <T> OptionSpec.Builder option(Class<T> type, Supplier<T> get, Consumer<T> set, String... names) {
        Binding<T> binding = new Binding<>(get, set);
        return OptionSpec.builder(names).type(type).getter(binding).setter(binding).initialValue(get.get());
    }

    /** A repeatable option bound to a list field: each value adds an element of {@code elementType}. */
    static <E> OptionSpec.Builder listOption(Class<E> elementType, Supplier<List<E>> get, Consumer<List<E>> set,
            String... names) {
        Binding<List<E>> binding = new Binding<>(get, set);
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(elementType).getter(binding).setter(binding)
                .initialValue(get.get());
    }

    /** Positional parameters bound to a field of {@code type}. */
    static <T> PositionalParamSpec.Builder positional(Class<T> type, Supplier<T> get, Consumer<T> set) {
        Binding<T> binding = new Binding<>(get, set);
        return PositionalParamSpec.builder().type(type).getter(binding).setter(binding).initialValue(get.get());
    }

    /** Positional parameters bound to a list field, one element of {@code elementType} each. */
    static <E> PositionalParamSpec.Builder positionalList(Class<E> elementType, Supplier<List<E>> get,
            Consumer<List<E>> set) {
        Binding<List<E>> binding = new Binding<>(get, set);
        return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(elementType).getter(binding).setter(binding)
                .initialValue(get.get());
    }

    /** What picocli calls instead of reading and writing a field by reflection. */
    private record Binding<T>(Supplier<T> reader, Consumer<T> writer) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) reader.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V value) {
            V previous = get();
            writer.accept((T) value);
            return previous;
        }
    }
}
