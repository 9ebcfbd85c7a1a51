package dev.imgproc.codec;

import dev.imgproc.image.Image;
import dev.imgproc.image.Size;

/**
 * The pure-Java codec: ImageIO with the JDK's plugins and TwelveMonkeys' (JPEG with CMYK, YCCK and ICC profiles;
 * TIFF; WebP). Reads every {@link ImageFormat}, writes all but WebP.
 */
final class ImageIoCodec implements ImageCodec {
    /**
     * Found on first use: looking the plugins up scans ImageIO's registry and loads every plugin's provider, about
     * 50 ms of start-up that a batch of JPEGs decoded by libjpeg-turbo never needs.
     */
    private volatile Parts parts;

    private record Parts(ImageIoPlugins plugins, ImageIoDecoder decoder, ImageIoEncoder encoder) {
        static Parts load() {
            ImageIoPlugins plugins = new ImageIoPlugins();
            return new Parts(plugins, new ImageIoDecoder(plugins), new ImageIoEncoder(plugins));
        }
    }

    private Parts parts() {
        Parts loaded = parts;
        if (loaded == null) {
            synchronized (this) {
                loaded = parts;
                if (loaded == null) {
                    loaded = Parts.load();
                    parts = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public String name(ImageFormat format) {
        return "ImageIO (" + parts().plugins().describe(format) + ")";
    }

    @Override
    public boolean canRead(ImageFormat format) {
        return parts().plugins().canRead(format);
    }

    @Override
    public boolean canWrite(ImageFormat format) {
        return parts().plugins().canWrite(format);
    }

    @Override
    public Size readSize(byte[] data, ImageFormat format) throws CodecException {
        return parts().decoder().readSize(data, format);
    }

    @Override
    public Image read(byte[] data, ImageFormat format) throws CodecException {
        return parts().decoder().read(data, format);
    }

    @Override
    public byte[] write(Image image, ImageFormat format, EncodeOptions options, byte[] exif) throws CodecException {
        return parts().encoder().write(image, format, options, exif);
    }
}
