package dev.imgproc.bench.compare;

import dev.imgproc.bench.Pipeline;
import dev.imgproc.codec.CodecException;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.image.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How close imgproc's outputs are to another implementation's outputs of the same pipeline on the same files: the
 * sizes must match, and PSNR is taken over each pair.
 *
 * @param reference what imgproc is compared with ({@code libvips}, {@code naive})
 * @param files pairs compared
 * @param sameGeometry every pair had the same width and height
 * @param minPsnr the worst pair, in dB (NaN when nothing could be compared)
 * @param meanPsnr the mean over pairs, in dB
 * @param gateDb the pass mark, or NaN when this comparison is for information only
 * @param problem why some pair could not be compared, or null
 */
public record QualityCheck(Pipeline pipeline, Scenario reference, int files, boolean sameGeometry, double minPsnr,
        double meanPsnr, double gateDb, String problem) {

    /** The speed issue's quality gate: imgproc's P1 and P2 within 32 dB of libvips'. */
    public static final double VIPS_GATE_DB = 32;

    public boolean gated() {
        return !Double.isNaN(gateDb);
    }

    /** Whether the gate holds: same geometry and every pair at or above it. False when not gated. */
    public boolean passed() {
        return gated() && problem == null && sameGeometry && files > 0 && minPsnr >= gateDb;
    }

    /** Compares the {@code .jpg} files of {@code imgprocDir} with the same names in {@code referenceDir}. */
    public static QualityCheck compare(Pipeline pipeline, Scenario reference, Path imgprocDir, Path referenceDir,
            List<Path> inputs, double gateDb) throws IOException {
        List<Double> psnrs = new ArrayList<>();
        boolean sameGeometry = true;
        String problem = null;
        for (Path input : inputs) {
            String name = stem(input) + ".jpg";
            Path ours = imgprocDir.resolve(name);
            Path theirs = referenceDir.resolve(name);
            if (!Files.isRegularFile(ours) || !Files.isRegularFile(theirs)) {
                problem = "missing output " + name;
                continue;
            }
            Image a = decode(ours);
            Image b = decode(theirs);
            if (!a.size().equals(b.size())) {
                sameGeometry = false;
                problem = name + ": imgproc wrote " + a.size() + ", " + reference.id() + " " + b.size();
                continue;
            }
            psnrs.add(Psnr.of(a, b));
        }
        double min = psnrs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double mean = psnrs.isEmpty() ? Double.NaN : meanOf(psnrs);
        return new QualityCheck(pipeline, reference, psnrs.size(), sameGeometry, min, mean, gateDb, problem);
    }

    /** The mean of PSNRs through their MSEs, so that one identical pair (infinite dB) does not swamp the rest. */
    private static double meanOf(List<Double> psnrs) {
        double mse = psnrs.stream().mapToDouble(p -> Math.pow(10, -p / 10)).average().orElse(0);
        return mse == 0 ? Double.POSITIVE_INFINITY : -10 * Math.log10(mse);
    }

    private static Image decode(Path file) throws IOException {
        try {
            return Codecs.standard().decode(Files.readAllBytes(file), DecodeOptions.DEFAULT).image();
        } catch (CodecException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
