package dev.imgproc.image;

/** Width and height in pixels, both at least 1. */
public record Size(int width, int height) {
    public Size {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be at least 1x1 but was " + width + "x" + height);
        }
    }

    public long pixels() {
        return (long) width * height;
    }

    /** {@link #pixels()} as the length of a pixel array; throws when an image this large cannot be held in one. */
    public int arrayLength() {
        if (pixels() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("an image of " + this + " pixels is too large for one array");
        }
        return (int) pixels();
    }

    public Size transposed() {
        return new Size(height, width);
    }

    // equals and hashCode by hand, for start-up: a record's are built on first use from method handles, which the
    // AOT cache does not keep (about 5 ms of the first photo's decode, which compares sizes)

    @Override
    public boolean equals(Object other) {
        return other instanceof Size size && size.width == width && size.height == height;
    }

    @Override
    public int hashCode() {
        return 31 * width + height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
