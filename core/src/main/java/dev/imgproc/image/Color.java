package dev.imgproc.image;

import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.LinkedHashMap;

/** A colour as {@code 0xAARRGGBB}, written {@code #rgb}, {@code #rrggbb}, {@code #rrggbbaa} or by name. */
public record Color(int argb) {
    public static final Color WHITE = new Color(0xFFFFFFFF);
    public static final Color BLACK = new Color(0xFF000000);
    public static final Color TRANSPARENT = new Color(0x00000000);

    private static final Map<String, Color> NAMES;

    static {
        SequencedMap<String, Color> names = new LinkedHashMap<>();
        names.put("white", WHITE);
        names.put("black", BLACK);
        names.put("transparent", TRANSPARENT);
        names.put("gray", new Color(0xFF808080));
        names.put("grey", new Color(0xFF808080));
        names.put("red", new Color(0xFFFF0000));
        names.put("green", new Color(0xFF008000));
        names.put("blue", new Color(0xFF0000FF));
        NAMES = java.util.Collections.unmodifiableSequencedMap(names);
    }

    /** What {@link #parse} accepts, for help texts and error messages. */
    public static final String EXPECTED;

    static {
        EXPECTED = "a colour like #rgb, #rrggbb, #rrggbbaa, or " + String.join(", ", NAMES.keySet());
    }

    public static Color parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Color named = NAMES.get(lower);
        if (named != null) {
            return named;
        }
        String hex = lower.startsWith("#") ? lower.substring(1) : lower;
        if (!hex.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException(EXPECTED);
        }
        return switch (hex.length()) {
            case 3 -> new Color(0xFF000000 | expand(hex));
            case 6 -> new Color(0xFF000000 | Integer.parseUnsignedInt(hex, 16));
            case 8 -> {
                int rgba = Integer.parseUnsignedInt(hex, 16);
                yield new Color((rgba << 24) | (rgba >>> 8));
            }
            default -> throw new IllegalArgumentException(EXPECTED);
        };
    }

    private static int expand(String rgb) {
        int value = 0;
        for (char c : rgb.toCharArray()) {
            int nibble = Character.digit(c, 16);
            value = (value << 8) | (nibble << 4) | nibble;
        }
        return value;
    }

    public int alpha() {
        return argb >>> 24;
    }

    public boolean isOpaque() {
        return alpha() == 255;
    }

    public boolean isGray() {
        return Argb.red(argb) == Argb.green(argb) && Argb.green(argb) == Argb.blue(argb);
    }

    /** What an image with {@code channels} becomes where this colour fills part of it (a margin, a corner). */
    public Channels channelsWith(Channels channels) {
        Channels withAlpha = isOpaque() ? channels : channels.withAlpha(true);
        return isGray() ? withAlpha : withAlpha.asColor();
    }

    @Override
    public String toString() {
        for (Map.Entry<String, Color> e : NAMES.entrySet()) {
            if (e.getValue().argb == argb) {
                return e.getKey();
            }
        }
        String rgb = String.format("#%06x", argb & 0xFFFFFF);
        return isOpaque() ? rgb : rgb + String.format("%02x", alpha());
    }
}
