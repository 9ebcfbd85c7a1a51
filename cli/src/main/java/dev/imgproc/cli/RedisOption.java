package dev.imgproc.cli;

import dev.imgproc.cluster.RedisEndpoint;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/** {@code --redis URL}, shared by every cluster command; {@code IMGPROC_REDIS} supplies it when absent. */
final class RedisOption {
    static final String ENV = "IMGPROC_REDIS";

    private RedisOption() {}

    /** The option, bound to a command's field. */
    static OptionSpec create(Supplier<RedisEndpoint> get, Consumer<RedisEndpoint> set) {
        return CommandSpecs.option(RedisEndpoint.class, get, set, "--redis")
                .paramLabel("URL")
                .converters(new Endpoint())
                .defaultValue("${env:" + ENV + "}")
                .description("Redis to use as the queue: redis://[user:password@]host[:port][/db], or rediss:// for "
                        + "TLS (default: $" + ENV + ").")
                .build();
    }

    static final class Endpoint implements ITypeConverter<RedisEndpoint> {
        @Override
        public RedisEndpoint convert(String value) {
            try {
                return RedisEndpoint.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
