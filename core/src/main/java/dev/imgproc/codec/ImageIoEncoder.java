package dev.imgproc.codec;

import dev.imgproc.image.Image;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes through the JDK's ImageIO writers, with the settings users expect from libjpeg, libvips and sharp: JPEG at
 * the given quality with 4:2:0 chroma subsampling (and optimised Huffman tables when asked), alpha flattened for
 * formats without it, gray kept gray, and no metadata but the EXIF block the caller passes.
 */
final class ImageIoEncoder {
    private final ImageIoPlugins plugins;

    ImageIoEncoder(ImageIoPlugins plugins) {
        this.plugins = plugins;
    }

    byte[] write(Image image, ImageFormat format, EncodeOptions options, byte[] exif) throws CodecException {
        return switch (format) {
            case JPEG -> jpeg(image, options, exif);
            case PNG -> {
                byte[] png = write(format, BufferedImages.of(image), param -> {});
                yield exif == null ? png : PngChunks.insertAfterHeader(png, "eXIf", exif);
            }
            // the GIF writer builds a palette from ARGB itself, with one transparent entry if there is alpha
            case GIF -> write(format, BufferedImages.packed(image), param -> {});
            case BMP -> write(format, BufferedImages.bgr(Flatten.onto(image, options.background())), param -> {});
            case TIFF -> write(format, BufferedImages.of(image), param -> {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
            });
            case WEBP -> throw new CodecException("cannot write WebP: there is no WebP encoder");
        };
    }

    private byte[] jpeg(Image image, EncodeOptions options, byte[] exif) throws CodecException {
        Image opaque = Flatten.onto(image, options.background());
        RenderedImage pixels = opaque.channels().isGray() ? BufferedImages.gray(opaque) : BufferedImages.bgr(opaque);
        byte[] jpeg = write(ImageFormat.JPEG, pixels, param -> {
            // The JDK scales its tables from quality as libjpeg's jpeg_quality_scaling does, and subsamples chroma
            // 2x2 (4:2:0) by default, so q85 here is q85 in libjpeg.
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(options.quality() / 100f);
            if (param instanceof JPEGImageWriteParam jpegParam) {
                jpegParam.setOptimizeHuffmanTables(options.optimizeCoding());
            }
            if (options.progressive()) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
        });
        return exif == null ? jpeg : JpegMarkers.withExif(jpeg, exif);
    }

    private byte[] write(ImageFormat format, RenderedImage image, Consumer<ImageWriteParam> settings)
            throws CodecException {
        ImageWriter writer = plugins.writer(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 2 + 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            settings.accept(param);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new CodecException("cannot write " + Reasons.name(format) + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
