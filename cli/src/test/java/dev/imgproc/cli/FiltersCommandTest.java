package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.filter.Filters;
import dev.imgproc.filter.spec.FilterDescriptor;
import org.junit.jupiter.api.Test;

class FiltersCommandTest {

    @Test
    void listsEveryFilterWithItsParametersAndAnExample() {
        Cli result = Cli.run("filters");

        assertThat(result.exitCode()).isZero();
        for (FilterDescriptor filter : Filters.all()) {
            assertThat(result.out()).contains(filter.name() + "  " + filter.summary());
            assertThat(result.out()).contains("example:   " + filter.example());
            filter.params().forEach(p -> assertThat(result.out()).contains(p.name()).contains(p.type().expected()));
        }
    }

    @Test
    void showsOneFilterOrSaysItIsUnknown() {
        Cli brightness = Cli.run("filters", "brightness");
        Cli unknown = Cli.run("filters", "sparkle");

        assertThat(brightness.out()).contains("brightness  ").doesNotContain("invert  ");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown filter \"sparkle\"");
    }
}
