package dev.imgproc.filter.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rectangle to cut out: {@code 800x600} (placed by the crop's gravity) or {@code 800x600+10+20} (its top-left
 * corner at x=10, y=20).
 *
 * @param x left edge, or -1 when the gravity places it
 * @param y top edge, or -1 when the gravity places it
 */
public record Region(int width, int height, int x, int y) {
    private static final Pattern REGION = Pattern.compile("(\\d{1,6})x(\\d{1,6})(?:\\+(\\d{1,6})\\+(\\d{1,6}))?");

    public static Region parse(String text) {
        Matcher m = REGION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(new ParamType.RegionType().expected());
        }
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a region at least 1x1");
        }
        if (m.group(3) == null) {
            return new Region(width, height, -1, -1);
        }
        return new Region(width, height, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    public boolean hasOffset() {
        return x >= 0;
    }

    @Override
    public String toString() {
        return width + "x" + height + (hasOffset() ? "+" + x + "+" + y : "");
    }
}
