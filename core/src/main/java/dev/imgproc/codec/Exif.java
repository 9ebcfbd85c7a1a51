package dev.imgproc.codec;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * EXIF blocks: TIFF structures (byte order, IFD0 with its sub-IFDs), as {@link Decoded#exif()} holds them.
 *
 * <pre>{@code
 * byte[] upright = Exif.withOrientation(decoded.exif(), Orientation.TOP_LEFT); // after auto-orienting
 * }</pre>
 */
public final class Exif {
    private static final int ORIENTATION = TIFF.TAG_ORIENTATION;

    private Exif() {}

    /**
     * A copy of {@code exif} whose IFD0 orientation tag says {@code orientation}. The tag is patched where it is, so
     * every other byte (maker notes, whose offsets nothing would rewrite, included) stays as it was. Without a tag,
     * {@link Orientation#TOP_LEFT} needs none; any other orientation rebuilds the block with the tag added, keeping
     * IFD0 and its EXIF and GPS sub-IFDs (maker notes may not survive the move) and dropping the thumbnail IFD, whose
     * picture would show the old orientation.
     *
     * @throws IllegalArgumentException when {@code exif} is not a TIFF structure, or one too damaged to rebuild
     */
    public static byte[] withOrientation(byte[] exif, Orientation orientation) {
        byte[] copy = exif.clone();
        ByteBuffer tiff = tiffBuffer(copy);
        int entry = orientationEntry(tiff);
        if (entry >= 0) {
            switch (tiff.getShort(entry + 2) & 0xFFFF) {
                case TIFF.TYPE_LONG -> tiff.putInt(entry + 8, orientation.tag());
                case TIFF.TYPE_BYTE -> tiff.put(entry + 8, (byte) orientation.tag());
                default -> { // SHORT, as the specification has it; anything else is made a SHORT
                    tiff.putShort(entry + 2, TIFF.TYPE_SHORT);
                    tiff.putInt(entry + 4, 1);
                    tiff.putShort(entry + 8, (short) orientation.tag());
                }
            }
            return copy;
        }
        return orientation == Orientation.TOP_LEFT ? copy : rebuiltWith(exif, orientation, tiff.order());
    }

    /** The orientation in IFD0 of a TIFF structure: an EXIF block, or a whole TIFF file. */
    static Orientation orientation(byte[] tiffStructure) throws IOException {
        Directory ifd0 = firstIfd(tiffStructure);
        Entry entry = ifd0.getEntryById(ORIENTATION);
        return entry != null && entry.getValue() instanceof Number tag ? Orientation.ofTag(tag.intValue())
                : Orientation.TOP_LEFT;
    }

    private static Directory firstIfd(byte[] tiffStructure) throws IOException {
        Directory directory = new TIFFReader().read(new ByteArrayImageInputStream(tiffStructure));
        if (directory instanceof CompoundDirectory compound) {
            if (compound.directoryCount() == 0) {
                throw new IOException("no IFD in TIFF structure");
            }
            return compound.getDirectory(0);
        }
        return directory;
    }

    private static ByteBuffer tiffBuffer(byte[] exif) {
        if (exif.length < 8) {
            throw new IllegalArgumentException("not an EXIF block: " + exif.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(exif);
        if (exif[0] == 'I' && exif[1] == 'I') {
            buffer.order(ByteOrder.LITTLE_ENDIAN);
        } else if (exif[0] != 'M' || exif[1] != 'M') {
            throw new IllegalArgumentException("not an EXIF block: no TIFF byte order mark");
        }
        if (buffer.getShort(2) != 42) {
            throw new IllegalArgumentException("not an EXIF block: no TIFF magic number");
        }
        return buffer;
    }

    /** Where IFD0's orientation entry starts, or -1. Entries are 12 bytes: tag, type, count, value. */
    private static int orientationEntry(ByteBuffer tiff) {
        long ifd = tiff.getInt(4) & 0xFFFFFFFFL;
        if (ifd < 8 || ifd + 2 > tiff.limit()) {
            throw new IllegalArgumentException("not an EXIF block: IFD0 offset " + ifd + " is outside it");
        }
        int count = tiff.getShort((int) ifd) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > tiff.limit()) {
                break;
            }
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION) {
                return entry;
            }
        }
        return -1;
    }

    private static byte[] rebuiltWith(byte[] exif, Orientation orientation, ByteOrder order) {
        try {
            List<Entry> entries = new ArrayList<>();
            for (Entry entry : firstIfd(exif)) {
                if (!(entry.getValue() instanceof Exception)) { // TIFFReader's stand-in for an unreadable value
                    entries.add(entry);
                }
            }
            entries.add(new TIFFEntry(ORIENTATION, TIFF.TYPE_SHORT, orientation.tag()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(exif.length + 12);
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                out.setByteOrder(order);
                new TIFFWriter().write(entries, out);
            }
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot add an orientation to this EXIF block: " + e.getMessage(), e);
        }
    }
}
