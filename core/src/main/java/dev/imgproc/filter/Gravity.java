package dev.imgproc.filter;

/** Where something is anchored in a larger (or smaller) frame, by compass point. */
public enum Gravity {
    CENTER(1, 1),
    NORTH(1, 0),
    SOUTH(1, 2),
    EAST(2, 1),
    WEST(0, 1),
    NORTHEAST(2, 0),
    NORTHWEST(0, 0),
    SOUTHEAST(2, 2),
    SOUTHWEST(0, 2);

    /** 0, 1 or 2 halves of the free space go to the left of (or above) the anchored thing. */
    private final int halvesLeft;
    private final int halvesAbove;

    Gravity(int halvesLeft, int halvesAbove) {
        this.halvesLeft = halvesLeft;
        this.halvesAbove = halvesAbove;
    }

    /** The left edge of something {@code free} pixels narrower than its frame (negative free: wider). */
    public int x(int free) {
        return free * halvesLeft / 2;
    }

    /** The top edge of something {@code free} pixels shorter than its frame (negative free: taller). */
    public int y(int free) {
        return free * halvesAbove / 2;
    }
}
