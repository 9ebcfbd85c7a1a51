package dev.imgproc.filter.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgproc.filter.Blur;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.filter.Fit;
import dev.imgproc.filter.Grayscale;
import dev.imgproc.filter.Gravity;
import dev.imgproc.filter.Invert;
import dev.imgproc.filter.Resize;
import dev.imgproc.filter.Sharpen;
import dev.imgproc.filter.kernel.Kernel;
import dev.imgproc.image.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecParserTest {

    private static final Resize COVER_800X600_SHRINK = new Resize(
            new Geometry(800, 600, 0, Geometry.Limit.SHRINK_ONLY, false), Fit.COVER, Kernel.LANCZOS3, Gravity.CENTER,
            Color.BLACK);

    @ParameterizedTest
    @ValueSource(strings = {
        "resize=800x600>;fit=cover;kernel=lanczos3,sharpen=1.0;amount=0.8,grayscale",
        "resize=800x600>:fit=cover:kernel=lanczos3,sharpen=1.0:amount=0.8,grayscale",
        " resize = 800x600> : fit = COVER : kernel=lanczos3 , sharpen=1:amount=.8 , grayscale ",
    })
    void parsesAChainWithColonsOrSemicolons(String spec) {
        FilterChain chain = FilterChain.parse(spec);

        assertThat(chain.filters()).containsExactly(COVER_800X600_SHRINK, new Sharpen(1, 0.8, 0), new Grayscale());
        assertThat(chain.spec())
                .isEqualTo("resize=800x600>:fit=cover:kernel=lanczos3,sharpen=1:amount=0.8,grayscale");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "resize=800x600>;fit=cover;kernel=lanczos3,sharpen=1.0;amount=0.8,grayscale",
        "resize=50%<:background=#12345678,rotate=-30.5:background=transparent,crop=10x20+3+4:gravity=south",
        "resize=x600:kernel=nearest,flip,median=3,edges=0.5,sepia=0.25,contrast=0,brightness=2,invert,blur=0.1",
        "resize=800,resize=640x480!,resize=320x:fit=outside:gravity=northeast",
    })
    void canonicalTextParsesBackToTheSameChain(String spec) {
        FilterChain chain = FilterChain.parse(spec);

        FilterChain again = FilterChain.parse(chain.spec());

        assertThat(again.spec()).isEqualTo(chain.spec());
        assertThat(again.filters()).isEqualTo(chain.filters());
    }

    @Test
    void emptySpecIsAnEmptyChain() {
        assertThat(FilterChain.parse("  ").filters()).isEmpty();
    }

    @Test
    void defaultsApplyWhenParametersAreLeftOut() {
        assertThat(FilterChain.parse("blur,invert").filters()).containsExactly(new Blur(1), new Invert());
    }

    @Test
    void unknownFilterSuggestsTheClosestName() {
        SpecException e = parseError("resize=800,blurr=2");

        assertThat(e).hasMessage("unknown filter \"blurr\" (did you mean \"blur\"?); filters are: blur, brightness,"
                + " contrast, crop, edges, flip, grayscale, invert, median, resize, rotate, sepia, sharpen");
        assertThat(e.start()).isEqualTo(11);
        assertThat(e.end()).isEqualTo(16);
    }

    @Test
    void unknownParameterListsTheKnownOnes() {
        SpecException e = parseError("blur=2:radius=3");

        assertThat(e).hasMessage("unknown parameter \"radius\" for blur; expected one of sigma");
        assertThat(e.start()).isEqualTo(7);
        assertThat(e.end()).isEqualTo(13);
    }

    @Test
    void badNumberSaysWhatWasExpectedAndPointsAtIt() {
        SpecException e = parseError("resize=800x600,blur=abc");

        assertThat(e).hasMessage("expected a number from 0.1 to 1000 for blur sigma but got \"abc\"");
        assertThat(e.pointer()).isEqualTo("resize=800x600,blur=abc" + System.lineSeparator()
                + "                    ^^^");
    }

    @Test
    void numberOutOfRangeIsRejected() {
        SpecException e = parseError("blur=0");

        assertThat(e).hasMessage("expected a number from 0.1 to 1000 for blur sigma but got \"0\"");
        assertThat(e.start()).isEqualTo(5);
        assertThat(e.end()).isEqualTo(6);
    }

    @Test
    void valueForAFilterWithoutParametersIsRejected() {
        SpecException e = parseError("invert=3");

        assertThat(e).hasMessage("invert takes no value");
        assertThat(e.start()).isZero();
        assertThat(e.end()).isEqualTo(8);
    }

    @Test
    void missingRequiredValueShowsAnExample() {
        SpecException e = parseError("grayscale,resize");

        assertThat(e.getMessage()).startsWith("resize needs a value for size (a size like 800x600")
                .endsWith("), e.g. resize=800x600>:fit=cover");
        assertThat(e.start()).isEqualTo(10);
        assertThat(e.end()).isEqualTo(16);
    }

    @Test
    void emptyFilterBetweenCommasIsRejected() {
        SpecException e = parseError("blur=2,,invert");

        assertThat(e).hasMessage("expected a filter name but found nothing");
        assertThat(e.start()).isEqualTo(7);
    }

    @Test
    void parameterGivenTwiceIsRejected() {
        SpecException e = parseError("sharpen=1:amount=2:amount=3");

        assertThat(e).hasMessage("amount is given twice");
        assertThat(e.start()).isEqualTo(19);
        assertThat(e.end()).isEqualTo(25);
    }

    @Test
    void badChoiceListsTheChoices() {
        SpecException e = parseError("resize=10x10:fit=squash");

        assertThat(e).hasMessage(
                "expected one of inside, cover, contain, fill, outside for resize fit but got \"squash\"");
    }

    @Test
    void badGeometryExplainsTheForms() {
        SpecException e = parseError("resize=0x600");

        assertThat(e.getMessage()).startsWith("expected sides from 1 to 100000 for resize size but got \"0x600\"");
    }

    /** Parsed values are kept by parameter name, so a filter cannot have two parameters of one name. */
    @Test
    void aFiltersParameterNamesAreUnique() {
        Param<Double> first = Param.decimal("sigma", "blur radius", 0, 100, 1.0);
        Param<Double> second = Param.decimal("sigma", "another", 0, 100, 2.0);

        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> FilterDescriptor.of("twice", "two sigmas", "twice=1", args -> null, first, second));

        assertThat(e).hasMessage("twice: two parameters share a name");
    }

    private static SpecException parseError(String spec) {
        SpecException e = catchThrowableOfType(SpecException.class, () -> FilterChain.parse(spec));
        assertThat(e).as("parsing %s fails", spec).isNotNull();
        assertThat(e.spec()).isEqualTo(spec);
        return e;
    }
}
