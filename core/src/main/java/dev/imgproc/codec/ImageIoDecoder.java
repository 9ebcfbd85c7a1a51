package dev.imgproc.codec;

import com.twelvemonkeys.imageio.color.ColorProfiles;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads headers and pixels through ImageIO readers, turning every way a reader can fail on a bad file (IIOException,
 * EOFException, runtime exceptions from deep inside a decoder, warnings where an error was due) into a
 * {@link CodecException} with a reason. Readers are disposed after each use; one decoder serves all threads.
 */
final class ImageIoDecoder {
    private final ImageIoPlugins plugins;

    ImageIoDecoder(ImageIoPlugins plugins) {
        this.plugins = plugins;
    }

    Size readSize(byte[] data, ImageFormat format) throws CodecException {
        ImageReader reader = plugins.reader(format);
        try (ImageInputStream in = new ByteArrayImageInputStream(data)) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new CodecException("corrupt " + Reasons.name(format) + " data: the header says the image is "
                        + width + "x" + height + " pixels");
            }
            return new Size(width, height);
        } catch (IOException | RuntimeException e) {
            throw e instanceof CodecException codec ? codec : Reasons.corrupt(format, e);
        } finally {
            reader.dispose();
        }
    }

    Image read(byte[] data, ImageFormat format) throws CodecException {
        if (format == ImageFormat.JPEG) {
            JpegMarkers.checkScanCount(data);
        }
        ImageReader reader = plugins.reader(format);
        Warnings warnings = new Warnings();
        reader.addIIOReadWarningListener(warnings);
        try (ImageInputStream in = new ByteArrayImageInputStream(data)) {
            reader.setInput(in, true, true);
            Image image = Pixels.toImage(reader.read(0, reader.getDefaultReadParam()));
            if (format == ImageFormat.JPEG) {
                warnings.failOnMissingJpegData();
            }
            return format == ImageFormat.PNG ? withPngProfile(image, data) : image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof CodecException codec) {
                throw codec;
            }
            if (format == ImageFormat.JPEG && warnings.jpegEndMissing()) {
                throw Reasons.truncated(format);
            }
            throw Reasons.corrupt(format, e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The JDK's PNG reader leaves pixels in the space of the iCCP profile; converted here. A profile that cannot be
     * read or used is ignored, as browsers do: the pixels are still the best guess.
     */
    private static Image withPngProfile(Image image, byte[] png) {
        try {
            byte[] bytes = PngChunks.iccProfile(png);
            if (bytes == null) {
                return image;
            }
            ICC_Profile profile = ColorProfiles.createProfile(bytes);
            return IccConversion.isSrgb(profile) ? image : IccConversion.toSrgb(image, profile);
        } catch (java.util.zip.DataFormatException | RuntimeException e) {
            return image;
        }
    }

    /** What a reader reported without failing; for JPEG, the sign that data is missing. */
    private static final class Warnings implements IIOReadWarningListener {
        private final List<String> messages = new ArrayList<>();

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            messages.add(warning.toLowerCase(Locale.ROOT).replaceFirst("^corrupt jpeg data: ", ""));
        }

        /** TwelveMonkeys reports a JPEG that stops before its EOI marker. */
        boolean jpegEndMissing() {
            return messages.stream().anyMatch(m -> m.contains("missing eoi"));
        }

        /**
         * libjpeg only warns when scan data runs out ("Premature end of JPEG file", or "premature end of data
         * segment" once TwelveMonkeys has added the missing EOI) and returns the rest of the image grey; users want
         * to know their file is broken.
         */
        void failOnMissingJpegData() throws CodecException {
            String premature = messages.stream().filter(m -> m.contains("premature end")).findFirst().orElse(null);
            if (premature == null) {
                return;
            }
            if (jpegEndMissing() || premature.contains("end of jpeg file")) {
                throw Reasons.truncated(ImageFormat.JPEG);
            }
            throw new CodecException("corrupt JPEG data: " + premature);
        }
    }
}
