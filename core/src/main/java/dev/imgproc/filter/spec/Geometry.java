package dev.imgproc.filter.spec;

import dev.imgproc.image.Size;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target size as vipsthumbnail and ImageMagick write it: {@code 800x600} (a box), {@code 800x} or {@code 800}
 * (width, height follows the aspect ratio), {@code x600} (height), {@code 50%} (scale), followed by at most one of
 * {@code >} (only ever shrink), {@code <} (only ever enlarge) or {@code !} (ignore the aspect ratio, stretch to the
 * box).
 *
 * @param width target width, 0 when not given
 * @param height target height, 0 when not given
 * @param percent scale in percent, 0 unless the geometry is a percentage
 */
public record Geometry(int width, int height, double percent, Limit limit, boolean ignoreAspect) {

    public static final int MAX_SIDE = 100_000;

    /** Whether a resize may make the image smaller, larger, or both. */
    public enum Limit {
        ANY,
        SHRINK_ONLY,
        ENLARGE_ONLY
    }

    private static final Pattern BOX = Pattern.compile("(\\d{1,6})?(?:x(\\d{1,6})?)?([<>!]?)");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,4}(?:\\.\\d+)?)%([<>]?)");

    public Geometry {
        if (percent == 0 && width == 0 && height == 0) {
            throw new IllegalArgumentException("a geometry needs a width, a height or a percentage");
        }
        if (width < 0 || height < 0 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("sides must be from 1 to " + MAX_SIDE);
        }
    }

    public static Geometry parse(String text) {
        Matcher percentMatch = PERCENT.matcher(text);
        if (percentMatch.matches()) {
            double percent = Double.parseDouble(percentMatch.group(1));
            if (percent <= 0 || percent > 10_000) {
                throw new IllegalArgumentException("a percentage from 0 to 10000");
            }
            return new Geometry(0, 0, percent, limitOf(percentMatch.group(2)), false);
        }
        Matcher box = BOX.matcher(text);
        if (!box.matches() || (box.group(1) == null && box.group(2) == null)) {
            throw new IllegalArgumentException(new ParamType.GeometryType().expected());
        }
        int width = box.group(1) == null ? 0 : Integer.parseInt(box.group(1));
        int height = box.group(2) == null ? 0 : Integer.parseInt(box.group(2));
        if ((box.group(1) != null && width == 0) || (box.group(2) != null && height == 0)) {
            throw new IllegalArgumentException("sides from 1 to " + MAX_SIDE);
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("sides from 1 to " + MAX_SIDE);
        }
        String suffix = box.group(3);
        boolean ignoreAspect = suffix.equals("!");
        if (ignoreAspect && (width == 0 || height == 0)) {
            throw new IllegalArgumentException("both width and height with ! (e.g. 800x600!)");
        }
        return new Geometry(width, height, 0, limitOf(suffix), ignoreAspect);
    }

    private static Limit limitOf(String suffix) {
        return switch (suffix) {
            case ">" -> Limit.SHRINK_ONLY;
            case "<" -> Limit.ENLARGE_ONLY;
            default -> Limit.ANY;
        };
    }

    public boolean isPercent() {
        return percent > 0;
    }

    /** True when both sides are given, so a fit mode decides how the image meets the box. */
    public boolean isBox() {
        return width > 0 && height > 0;
    }

    /**
     * The size an image of size {@code in} scales to when only one side (or a percentage) is given, keeping the
     * aspect ratio; never less than 1 pixel a side.
     */
    public Size scaled(Size in) {
        if (isPercent()) {
            return new Size(atLeastOne(in.width() * percent / 100), atLeastOne(in.height() * percent / 100));
        }
        if (width > 0 && height == 0) {
            return new Size(width, atLeastOne((double) in.height() * width / in.width()));
        }
        if (height > 0 && width == 0) {
            return new Size(atLeastOne((double) in.width() * height / in.height()), height);
        }
        return new Size(width, height);
    }

    private static int atLeastOne(double side) {
        return Math.max(1, (int) Math.round(side));
    }

    @Override
    public String toString() {
        String suffix = ignoreAspect ? "!" : switch (limit) {
            case SHRINK_ONLY -> ">";
            case ENLARGE_ONLY -> "<";
            case ANY -> "";
        };
        if (isPercent()) {
            return Numbers.format(percent) + "%" + suffix;
        }
        return (width > 0 ? Integer.toString(width) : "") + "x" + (height > 0 ? Integer.toString(height) : "") + suffix;
    }
}
