package dev.imgproc.codec;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderWriterSpi;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;

/**
 * The ImageIO plugin chosen for each format, picked once by vendor rather than left to registry order: TwelveMonkeys
 * reads JPEG (CMYK, YCCK, ICC profiles, which the JDK reader gets wrong), TIFF and WebP; the JDK reads PNG, GIF and
 * BMP and writes everything. Another ImageIO plugin on the class path therefore changes nothing.
 */
final class ImageIoPlugins {
    private static final String TWELVEMONKEYS = "com.twelvemonkeys.";
    private static final String JDK = "com.sun.imageio.";

    private final Map<ImageFormat, ImageReaderSpi> readers = new EnumMap<>(ImageFormat.class);
    private final Map<ImageFormat, ImageWriterSpi> writers = new EnumMap<>(ImageFormat.class);

    ImageIoPlugins() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (ImageFormat format : ImageFormat.values()) {
            String preferred = switch (format) {
                case JPEG, TIFF, WEBP -> TWELVEMONKEYS;
                case PNG, GIF, BMP -> JDK;
            };
            find(registry, ImageReaderSpi.class, format, preferred).ifPresent(spi -> readers.put(format, spi));
            if (format.writable()) {
                find(registry, ImageWriterSpi.class, format, JDK).ifPresent(spi -> writers.put(format, spi));
            }
        }
    }

    boolean canRead(ImageFormat format) {
        return readers.containsKey(format);
    }

    boolean canWrite(ImageFormat format) {
        return writers.containsKey(format);
    }

    ImageReader reader(ImageFormat format) throws CodecException {
        try {
            return readers.get(format).createReaderInstance();
        } catch (java.io.IOException e) {
            throw new CodecException("cannot create the " + Reasons.name(format) + " reader: " + e.getMessage(), e);
        }
    }

    ImageWriter writer(ImageFormat format) throws CodecException {
        try {
            return writers.get(format).createWriterInstance();
        } catch (java.io.IOException e) {
            throw new CodecException("cannot create the " + Reasons.name(format) + " writer: " + e.getMessage(), e);
        }
    }

    /** {@code TwelveMonkeys 3.14.0 / JDK 25}: who reads and who writes the format. */
    String describe(ImageFormat format) {
        String read = readers.containsKey(format) ? vendor(readers.get(format)) : "none";
        String write = writers.containsKey(format) ? vendor(writers.get(format)) : "none";
        return read.equals(write) ? read : "read " + read + ", write " + write;
    }

    private static String vendor(ImageReaderWriterSpi spi) {
        if (spi.getClass().getName().startsWith(JDK)) {
            return "JDK " + Runtime.version().feature();
        }
        // delegating plugins say "TwelveMonkeys/Oracle Corporation", "3.14.0/0.5": the first is theirs
        return spi.getVendorName().split("/")[0] + " " + spi.getVersion().split("/")[0];
    }

    /** The provider for the format from the preferred vendor, else any provider for it. */
    private static <T extends ImageReaderWriterSpi> Optional<T> find(
            IIORegistry registry, Class<T> kind, ImageFormat format, String preferredPackage) {
        T fallback = null;
        for (Iterator<T> it = registry.getServiceProviders(kind, true); it.hasNext(); ) {
            T spi = it.next();
            if (!handles(spi, format)) {
                continue;
            }
            if (spi.getClass().getName().startsWith(preferredPackage)) {
                return Optional.of(spi);
            }
            if (fallback == null) {
                fallback = spi;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static boolean handles(ImageReaderWriterSpi spi, ImageFormat format) {
        for (String name : spi.getFormatNames()) {
            if (ImageFormat.byName(name).orElse(null) == format) {
                return true;
            }
        }
        return false;
    }
}
