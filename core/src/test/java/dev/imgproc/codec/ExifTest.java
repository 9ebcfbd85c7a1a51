package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExifTest {

    @ParameterizedTest
    @ValueSource(strings = {"BIG_ENDIAN", "LITTLE_ENDIAN"})
    void orientationIsPatchedInPlace(String order) throws Exception {
        byte[] exif = ExifBlocks.camera(byteOrder(order), 6);
        byte[] before = exif.clone();

        byte[] patched = Exif.withOrientation(exif, Orientation.TOP_LEFT);

        assertThat(Exif.orientation(patched)).isEqualTo(Orientation.TOP_LEFT);
        assertThat(patched).hasSameSizeAs(exif);
        assertThat(differingBytes(exif, patched)).as("only the value changed").isEqualTo(1);
        assertThat(exif).as("the input is not modified").isEqualTo(before);
        assertThat(dateTimeOriginal(patched)).isEqualTo(ExifBlocks.DATE);
    }

    @Test
    void cameraExifFromExiftoolIsPatched() throws Exception {
        byte[] exif = Codecs.standard().decode(Fixtures.bytes("orient-5.jpg"), DecodeOptions.DEFAULT).exif();

        assertThat(Exif.orientation(Exif.withOrientation(exif, Orientation.LEFT_BOTTOM)))
                .isEqualTo(Orientation.LEFT_BOTTOM);
    }

    @Test
    void withoutATagUprightNeedsNone() throws Exception {
        byte[] exif = ExifBlocks.camera(ByteOrder.BIG_ENDIAN, 0);

        assertThat(Exif.withOrientation(exif, Orientation.TOP_LEFT)).isEqualTo(exif).isNotSameAs(exif);
    }

    @Test
    void withoutATagOtherOrientationsAreAddedKeepingTheExifSubIfd() throws Exception {
        byte[] exif = ExifBlocks.camera(ByteOrder.LITTLE_ENDIAN, 0);

        byte[] rebuilt = Exif.withOrientation(exif, Orientation.RIGHT_TOP);

        assertThat(Exif.orientation(rebuilt)).isEqualTo(Orientation.RIGHT_TOP);
        assertThat(rebuilt).startsWith('I', 'I');
        assertThat(dateTimeOriginal(rebuilt)).isEqualTo(ExifBlocks.DATE);
    }

    @Test
    void notExifIsRefused() {
        assertThatThrownBy(() -> Exif.withOrientation("not exif at all".getBytes(), Orientation.TOP_LEFT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an EXIF block");
    }

    private static ByteOrder byteOrder(String name) {
        return name.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private static int differingBytes(byte[] a, byte[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += a[i] != b[i] ? 1 : 0;
        }
        return count;
    }

    private static Object dateTimeOriginal(byte[] exif) throws Exception {
        Directory ifd0 = ((CompoundDirectory) new TIFFReader().read(new ByteArrayImageInputStream(exif)))
                .getDirectory(0);
        Directory exifIfd = (Directory) ifd0.getEntryById(TIFF.TAG_EXIF_IFD).getValue();
        return exifIfd.getEntryById(ExifBlocks.DATE_TIME_ORIGINAL).getValue();
    }
}
