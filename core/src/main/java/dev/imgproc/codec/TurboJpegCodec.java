package dev.imgproc.codec;

import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.util.List;

/**
 * The native JPEG codec: libjpeg-turbo through the FFM API, several times faster than ImageIO, and able to decode
 * at 1/2, 1/4 or 1/8 scale when the pipeline shrinks the image anyway. {@link Codecs#standard()} puts it in front
 * of {@link ImageIoCodec} when the library is installed; CMYK files and anything else it does not handle are
 * declined to ImageIO.
 */
final class TurboJpegCodec implements ImageCodec {
    private final TurboJpegLibrary library;
    private final TurboJpegDecoder decoder;
    private final TurboJpegEncoder encoder;

    TurboJpegCodec(TurboJpegLibrary library) {
        this.library = library;
        this.decoder = new TurboJpegDecoder(library);
        this.encoder = new TurboJpegEncoder(library);
    }

    /** The codec, unless the library is missing or disabled; the exception says which. */
    static TurboJpegCodec load() throws TurboJpegLibrary.Unavailable {
        return new TurboJpegCodec(TurboJpegLibrary.load());
    }

    @Override
    public String name(ImageFormat format) {
        return "libjpeg-turbo (native, " + library.api() + " API)";
    }

    @Override
    public boolean canRead(ImageFormat format) {
        return format == ImageFormat.JPEG;
    }

    @Override
    public boolean canWrite(ImageFormat format) {
        return format == ImageFormat.JPEG;
    }

    @Override
    public Size readSize(byte[] data, ImageFormat format) throws CodecException {
        return decoder.readSize(data);
    }

    @Override
    public List<Integer> shrinkFactors(ImageFormat format) {
        return decoder.shrinkFactors();
    }

    @Override
    public Image read(byte[] data, ImageFormat format) throws CodecException {
        return decoder.read(data, 1);
    }

    @Override
    public Image read(byte[] data, ImageFormat format, int shrink) throws CodecException {
        return decoder.read(data, shrink);
    }

    @Override
    public byte[] write(Image image, ImageFormat format, EncodeOptions options, byte[] exif) throws CodecException {
        return encoder.write(image, options, exif);
    }
}
