package dev.imgproc.engine;

import java.util.Locale;

/** Where in its life a job was when something happened to it. */
public enum Stage {
    READ,
    DECODE,
    FILTER,
    ENCODE,
    WRITE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
