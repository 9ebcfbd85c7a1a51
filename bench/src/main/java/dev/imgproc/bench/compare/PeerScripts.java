package dev.imgproc.bench.compare;

import dev.imgproc.bench.Pipeline;
import java.nio.file.Path;
import java.util.List;

/**
 * The per-image shell scripts that run a pipeline with a peer tool, as a user writes them and as the team's shared
 * peer scripts do: ImageMagick as one {@code convert} per image; libvips as {@code vipsthumbnail} for the thumbnail
 * and otherwise a chain of {@code vips} commands through {@code .v} files (libvips' own uncompressed format). Each
 * takes the input as {@code $1} and writes {@code OUT/<name>.jpg} at quality 85; {@code xargs -P N -n 1} runs them.
 */
public final class PeerScripts {
    private PeerScripts() {}

    /** The script for one tool and pipeline, writing into {@code outDir}. */
    public static String script(PeerTool tool, Pipeline pipeline, Path outDir) {
        StringBuilder script = new StringBuilder()
                .append("#!/bin/sh\n")
                .append("# imgproc bench: ").append(tool.scenario().label()).append(", ").append(pipeline.label())
                .append(", one image ($1) per call\n")
                .append("set -eu\n")
                .append("in=$1\n")
                .append("b=$(basename \"$in\"); b=${b%.*}\n")
                .append("out=").append(quote(outDir.toString())).append('\n');
        for (String line : commands(tool, pipeline)) {
            script.append(line).append('\n');
        }
        return script.toString();
    }

    /** The commands of the script, one line each, after its preamble has set {@code in}, {@code b} and {@code out}. */
    static List<String> commands(PeerTool tool, Pipeline pipeline) {
        return switch (tool.scenario()) {
            case IMAGEMAGICK -> List.of(imageMagick(quote(tool.binary("convert").toString()), pipeline));
            case LIBVIPS -> libvips(quote(tool.binary("vips").toString()), quote(tool.binary("vipsthumbnail").toString()),
                    pipeline);
            default -> throw new IllegalArgumentException(tool.scenario().id() + " is not a peer");
        };
    }

    private static String imageMagick(String convert, Pipeline pipeline) {
        String output = " -quality " + Pipeline.QUALITY + " \"$out/$b.jpg\"";
        return convert + " \"$in\" " + switch (pipeline) {
            case P1 -> "-resize 800x800";
            case P2 -> "-resize 1920x -blur 0x2 -evaluate Multiply 1.2";
            case P3 -> "-blur 0x8 -unsharp 0x1+1+0 -colorspace Gray";
            case P4 -> "-colorspace Gray -define morphology:compose=Lighten -morphology Convolve 'Sobel:>'";
        } + output;
    }

    private static List<String> libvips(String vips, String vipsthumbnail, Pipeline pipeline) {
        String jpeg = "\"$out/$b.jpg[Q=" + Pipeline.QUALITY + "]\"";
        String temp = "t=\"$out/.tmp-$b\"";
        String cleanUp = "rm -f \"$t\"-*.v";
        return switch (pipeline) {
            case P1 -> List.of(vipsthumbnail + " \"$in\" --size 800x800 -o \"$out/%s.jpg[Q=" + Pipeline.QUALITY + "]\"");
            case P2 -> List.of(temp,
                    vips + " thumbnail \"$in\" \"$t-1.v\" 1920",
                    vips + " gaussblur \"$t-1.v\" \"$t-2.v\" 2",
                    vips + " linear \"$t-2.v\" " + jpeg + " 1.2 0 --uchar",
                    cleanUp);
            case P3 -> List.of(temp,
                    vips + " gaussblur \"$in\" \"$t-1.v\" 8",
                    vips + " sharpen \"$t-1.v\" \"$t-2.v\" --sigma 1",
                    vips + " colourspace \"$t-2.v\" " + jpeg + " b-w",
                    cleanUp);
            case P4 -> List.of(temp,
                    vips + " colourspace \"$in\" \"$t-1.v\" b-w",
                    vips + " sobel \"$t-1.v\" " + jpeg,
                    cleanUp);
        };
    }

    /** Single-quotes a word for sh. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
