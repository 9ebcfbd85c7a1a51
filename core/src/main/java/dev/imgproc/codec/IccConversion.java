package dev.imgproc.codec;

import com.twelvemonkeys.imageio.color.ColorProfiles;
import com.twelvemonkeys.imageio.color.ColorSpaces;
import dev.imgproc.image.Image;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Conversion to sRGB through ICC profiles (Little CMS, inside the JDK), so a photo tagged Adobe RGB or Display P3
 * shows the colours it was shot in rather than washed-out ones. TwelveMonkeys already does this for JPEG and WebP;
 * PNG's iCCP chunk and TIFF's profiles come here.
 */
final class IccConversion {
    private IccConversion() {}

    /** True when converting through {@code profile} would change nothing worth the time (sRGB, or unusable). */
    static boolean isSrgb(ICC_Profile profile) {
        return profile == null || ColorProfiles.isCS_sRGB(profile);
    }

    /** Any colour space (an ICC one, or CMYK without a profile) to TYPE_INT_RGB or TYPE_INT_ARGB sRGB. */
    static BufferedImage toSrgb(BufferedImage image) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage srgb = new BufferedImage(image.getWidth(), image.getHeight(), type);
        new ColorConvertOp(null).filter(image, srgb);
        return srgb;
    }

    /**
     * Pixels whose values are in {@code profile}'s RGB space, converted to sRGB; alpha is kept. Gray images and
     * profiles that are not RGB are returned as they are.
     */
    static Image toSrgb(Image image, ICC_Profile profile) {
        if (image.channels().isGray() || profile.getColorSpaceType() != java.awt.color.ColorSpace.TYPE_RGB) {
            return image;
        }
        ICC_ColorSpace source = ColorSpaces.createColorSpace(profile);
        DirectColorModel tagged = new DirectColorModel(
                source, 32, 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000, false, DataBuffer.TYPE_INT);
        int w = image.width();
        int h = image.height();
        WritableRaster pixels = Raster.createPackedRaster(
                new DataBufferInt(image.pixels(), image.pixels().length), w, h, w, tagged.getMasks(), null);
        // The model has alpha, so the result is TYPE_INT_ARGB with alpha copied: 255 where the image is opaque.
        BufferedImage srgb = toSrgb(new BufferedImage(tagged, pixels, false, null));
        return image.withPixels(w, h, ((DataBufferInt) srgb.getRaster().getDataBuffer()).getData());
    }
}
