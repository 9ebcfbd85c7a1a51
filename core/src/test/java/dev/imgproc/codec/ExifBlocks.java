package dev.imgproc.codec;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** EXIF blocks as cameras write them: IFD0 with Make and maybe Orientation, an EXIF sub-IFD with the date. */
final class ExifBlocks {
    static final int DATE_TIME_ORIGINAL = 0x9003;
    static final String DATE = "2024:05:06 07:08:09";

    private ExifBlocks() {}

    /** @param orientation the tag to write, or 0 for none */
    static byte[] camera(ByteOrder order, int orientation) {
        List<Entry> ifd0 = new ArrayList<>();
        ifd0.add(new TIFFEntry(TIFF.TAG_MAKE, TIFF.TYPE_ASCII, "imgproc test camera"));
        if (orientation != 0) {
            ifd0.add(new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, orientation));
        }
        IFD exifIfd = new IFD(List.of(new TIFFEntry(DATE_TIME_ORIGINAL, TIFF.TYPE_ASCII, DATE)));
        ifd0.add(new TIFFEntry(TIFF.TAG_EXIF_IFD, TIFF.TYPE_LONG, exifIfd));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            out.setByteOrder(order);
            new TIFFWriter().write(ifd0, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
