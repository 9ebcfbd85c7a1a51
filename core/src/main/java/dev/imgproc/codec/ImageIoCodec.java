package dev.imgproc.codec;

import dev.imgproc.image.Image;
import dev.imgproc.image.Size;

/**
 * The pure-Java codec: ImageIO with the JDK's plugins and TwelveMonkeys' (JPEG with CMYK, YCCK and ICC profiles;
 * TIFF; WebP). Reads every {@link ImageFormat}, writes all but WebP.
 */
final class ImageIoCodec implements ImageCodec {
    private final ImageIoPlugins plugins = new ImageIoPlugins();
    private final ImageIoDecoder decoder = new ImageIoDecoder(plugins);
    private final ImageIoEncoder encoder = new ImageIoEncoder(plugins);

    @Override
    public String name(ImageFormat format) {
        return "ImageIO (" + plugins.describe(format) + ")";
    }

    @Override
    public boolean canRead(ImageFormat format) {
        return plugins.canRead(format);
    }

    @Override
    public boolean canWrite(ImageFormat format) {
        return plugins.canWrite(format);
    }

    @Override
    public Size readSize(byte[] data, ImageFormat format) throws CodecException {
        return decoder.readSize(data, format);
    }

    @Override
    public Image read(byte[] data, ImageFormat format) throws CodecException {
        return decoder.read(data, format);
    }

    @Override
    public byte[] write(Image image, ImageFormat format, EncodeOptions options, byte[] exif) throws CodecException {
        return encoder.write(image, format, options, exif);
    }
}
