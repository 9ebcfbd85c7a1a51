package dev.imgproc.codec;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import com.twelvemonkeys.imageio.util.ImageTypeSpecifiers;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Plain CMYK JPEGs (Adobe APP14 with transform 0, not YCCK), which ImageMagick will not write: the JDK's writer makes
 * one from a four-band raster once its Adobe marker is set to transform 0. Samples are stored inverted, as Photoshop
 * stores them and as readers expect with an Adobe marker (ImageMagick reads the result as the CMYK given).
 */
final class CmykJpegs {
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private CmykJpegs() {}

    static byte[] filled(int width, int height, int c, int m, int y, int k) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] inverted = {255 - c, 255 - m, 255 - y, 255 - k};
        for (int row = 0; row < height; row++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, row, inverted);
            }
        }
        ImageWriter writer = jdkJpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, plainCmykMetadata(writer)), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The writer's defaults for CMYK say YCCK; transform 0 stores the four channels as they are. */
    private static IIOMetadata plainCmykMetadata(ImageWriter writer) throws IOException {
        ImageTypeSpecifier cmyk = ImageTypeSpecifiers.createInterleaved(
                ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK), new int[] {0, 1, 2, 3}, DataBuffer.TYPE_BYTE,
                false, false);
        IIOMetadata metadata = writer.getDefaultImageMetadata(cmyk, writer.getDefaultWriteParam());
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
        ((IIOMetadataNode) root.getElementsByTagName("app14Adobe").item(0)).setAttribute("transform", "0");
        metadata.setFromTree(JPEG_METADATA, root);
        return metadata;
    }

    private static ImageWriter jdkJpegWriter() {
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter writer = it.next();
            if (writer.getClass().getName().startsWith("com.sun.")) {
                return writer;
            }
        }
        throw new IllegalStateException("no JDK JPEG writer");
    }
}
