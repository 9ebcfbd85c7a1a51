package dev.imgproc.filter.spec;

/** Formats numbers the way users type them: {@code 2} rather than {@code 2.0}. */
final class Numbers {
    private Numbers() {}

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
