package dev.imgproc.filter.spec;

import dev.imgproc.image.Color;

/**
 * One parameter of a filter: its name, a one-line help text, its type and its default ({@code null} when a value must
 * be given).
 */
public record Param<T>(String name, String help, ParamType<T> type, T defaultValue) {

    public boolean required() {
        return defaultValue == null;
    }

    public static Param<Double> decimal(String name, String help, double min, double max, Double defaultValue) {
        return new Param<>(name, help, new ParamType.Decimal(min, max), defaultValue);
    }

    public static Param<Integer> whole(String name, String help, int min, int max, Integer defaultValue) {
        return new Param<>(name, help, new ParamType.Whole(min, max), defaultValue);
    }

    public static <E extends Enum<E>> Param<E> choice(String name, String help, Class<E> type, E defaultValue) {
        return new Param<>(name, help, new ParamType.Choice<>(type), defaultValue);
    }

    public static Param<Geometry> geometry(String name, String help) {
        return new Param<>(name, help, new ParamType.GeometryType(), null);
    }

    public static Param<Region> region(String name, String help) {
        return new Param<>(name, help, new ParamType.RegionType(), null);
    }

    public static Param<Color> color(String name, String help, Color defaultValue) {
        return new Param<>(name, help, new ParamType.ColorType(), defaultValue);
    }

    /** The default as users would type it, or {@code null} for a required parameter. */
    public String defaultText() {
        return defaultValue == null ? null : type.format(defaultValue);
    }
}
