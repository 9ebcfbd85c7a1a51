package dev.imgproc.cli;

import dev.imgproc.cluster.RedisEndpoint;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --redis URL}, shared by every cluster command; {@code IMGPROC_REDIS} supplies it when absent. */
final class RedisOption {
    static final String ENV = "IMGPROC_REDIS";

    @Option(names = "--redis", paramLabel = "URL", converter = Endpoint.class, defaultValue = "${env:" + ENV + "}",
            description = "Redis to use as the queue: redis://[user:password@]host[:port][/db], or rediss:// for "
                    + "TLS (default: $" + ENV + ").")
    RedisEndpoint endpoint;

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
