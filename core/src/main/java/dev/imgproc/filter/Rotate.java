package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Color;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import dev.imgproc.image.Transforms;
import java.util.Objects;

/**
 * Rotates clockwise by an angle in degrees. Quarter turns are exact; other angles enlarge the canvas to the bounding
 * box of the turned image (as ImageMagick and sharp do), sample it bilinearly on premultiplied colour, and fill the
 * corners with the background, which gives the image alpha when the background is not opaque.
 */
public record Rotate(double angle, Color background) implements Filter {
    static final Param<Double> ANGLE = Param.decimal("angle", "degrees clockwise", -360, 360, null);
    static final Param<Color> BACKGROUND = Param.color("background", "colour of the uncovered corners", Color.BLACK);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "rotate", "turn clockwise by degrees (quarter turns are exact)", "rotate=90",
            args -> new Rotate(args.get(ANGLE), args.get(BACKGROUND)), ANGLE, BACKGROUND);

    public Rotate {
        if (!Double.isFinite(angle)) {
            throw new IllegalArgumentException("angle must be finite but was " + angle);
        }
        Objects.requireNonNull(background, "background");
    }

    /** The angle in [0, 360). */
    private double turn() {
        double turn = angle % 360;
        return turn < 0 ? turn + 360 : turn;
    }

    @Override
    public Size outputSize(Size in) {
        double turn = turn();
        if (turn % 180 == 0) {
            return in;
        }
        if (turn % 90 == 0) {
            return in.transposed();
        }
        double cos = Math.abs(Math.cos(Math.toRadians(turn)));
        double sin = Math.abs(Math.sin(Math.toRadians(turn)));
        // a hair below the exact bounding box, so that float noise does not add a column
        return new Size((int) Math.ceil(in.width() * cos + in.height() * sin - 1e-7),
                (int) Math.ceil(in.width() * sin + in.height() * cos - 1e-7));
    }

    @Override
    public Image apply(Image in) {
        double turn = turn();
        if (turn == 0) {
            return in;
        }
        if (turn == 90) {
            return Transforms.rotate90(in);
        }
        if (turn == 180) {
            return Transforms.rotate180(in);
        }
        if (turn == 270) {
            return Transforms.rotate270(in);
        }
        Size canvas = outputSize(in.size());
        int width = canvas.width();
        double cos = Math.cos(Math.toRadians(turn));
        double sin = Math.sin(Math.toRadians(turn));
        int[] dst = new int[canvas.arrayLength()];
        Parallel.forRows(canvas.height(), width * 4L, (from, to) -> {
            for (int y = from; y < to; y++) {
                // Map each output pixel centre back into the input: centres coincide, the turn is undone.
                double dy = y + 0.5 - canvas.height() / 2.0;
                for (int x = 0; x < width; x++) {
                    double dx = x + 0.5 - width / 2.0;
                    double sx = dx * cos + dy * sin + in.width() / 2.0 - 0.5;
                    double sy = -dx * sin + dy * cos + in.height() / 2.0 - 0.5;
                    dst[y * width + x] = bilinear(in, sx, sy);
                }
            }
        });
        return new Image(width, canvas.height(), dst, background.channelsWith(in.channels()));
    }

    /** The input at (sx, sy), pixel centres at integers, with the background all around it. */
    private int bilinear(Image in, double sx, double sy) {
        if (sx <= -1 || sy <= -1 || sx >= in.width() || sy >= in.height()) {
            return background.argb();
        }
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        float fx = (float) (sx - x0);
        float fy = (float) (sy - y0);
        float a = 0;
        float r = 0;
        float g = 0;
        float b = 0;
        for (int i = 0; i < 4; i++) {
            int px = x0 + (i & 1);
            int py = y0 + (i >> 1);
            int p = px >= 0 && py >= 0 && px < in.width() && py < in.height() ? in.argb(px, py) : background.argb();
            float weight = ((i & 1) == 0 ? 1 - fx : fx) * ((i >> 1) == 0 ? 1 - fy : fy) * Argb.alpha(p);
            a += weight;
            r += weight * Argb.red(p);
            g += weight * Argb.green(p);
            b += weight * Argb.blue(p);
        }
        if (a <= 0) {
            return 0;
        }
        return Argb.pack(Argb.clamp(a), Argb.clamp(r / a), Argb.clamp(g / a), Argb.clamp(b / a));
    }
}
