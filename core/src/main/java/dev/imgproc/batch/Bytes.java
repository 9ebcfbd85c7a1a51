package dev.imgproc.batch;

import java.util.Locale;

/** Byte counts as people read them: {@code 512 B}, {@code 3.4 MB}. */
public final class Bytes {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private Bytes() {}

    public static String format(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
