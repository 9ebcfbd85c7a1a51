package dev.imgproc.codec;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * libjpeg-turbo's TurboJPEG 2 API ({@code turbojpeg.h}: {@code tjDecompress2}, {@code tjCompress2}...), bound with
 * the FFM API. One instance per process, found at run time: {@link #load} says why when the library is missing.
 *
 * <p>Pixels and compressed bytes are passed as heap segments over the Java arrays, with {@link
 * Linker.Option#critical(boolean) critical} downcalls: libjpeg-turbo reads and writes the {@code int[]} of an {@link
 * dev.imgproc.image.Image} itself, with no native buffer and no copy. A critical call does not leave the Java thread
 * state, so no safepoint (and no GC) can happen until it returns: that is what keeps the arrays in place, and the
 * price is that a safepoint waits for the longest call in flight (tens of milliseconds for a 4K photo). Measured on
 * 4K batches, this costs less than copying through native buffers would: about the same wall time, 5% less CPU.
 *
 * <p>Error messages: TurboJPEG keeps libjpeg's messages in a thread-local buffer, so {@link #errorMessage} must be
 * called on the thread that made the failed call, right after it. A virtual thread only changes carrier when it
 * blocks, and nothing between the two calls blocks.
 */
final class TurboJpegLibrary {
    /** {@code enum TJPF}: pixel formats. */
    static final int PF_BGRA = 8;
    static final int PF_ARGB = 10;

    /** {@code enum TJSAMP}: chroma subsampling. */
    static final int SAMP_420 = 2;
    static final int SAMP_GRAY = 3;

    /** {@code enum TJCS}: the colour space of a JPEG's components. */
    static final int CS_RGB = 0;
    static final int CS_YCBCR = 1;
    static final int CS_GRAY = 2;
    static final int CS_CMYK = 3;
    static final int CS_YCCK = 4;

    /** {@code TJFLAG_*}. */
    static final int FLAG_ACCURATEDCT = 4096;
    static final int FLAG_STOPONWARNING = 8192;
    static final int FLAG_PROGRESSIVE = 16384;
    static final int FLAG_LIMITSCANS = 32768;

    /** The packed pixel format whose bytes, read as native-order ints, are our {@code 0xAARRGGBB}. */
    static final int PF_PACKED_ARGB = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? PF_BGRA : PF_ARGB;

    /** Where the library is looked for, by the dynamic linker's usual search (ldconfig cache, LD_LIBRARY_PATH). */
    private static final List<String> NAMES =
            List.of("libturbojpeg.so.0", "libturbojpeg.so", "libturbojpeg.0.dylib", "libturbojpeg.dylib");

    /** The size of TurboJPEG's message buffers. */
    private static final int JMSG_LENGTH_MAX = 200;

    /** {@code tjscalingfactor}: {@code int num, denom}. */
    private static final MemoryLayout SCALING_FACTOR = MemoryLayout.structLayout(JAVA_INT, JAVA_INT);

    /** Why the native codec is not there: shown by {@code imgproc --version}. */
    static final class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason);
        }
    }

    /** A scale the decompressor can decode at: {@code num/denom} of each side, rounded up. */
    record ScalingFactor(int num, int denom) {}

    /** Every function the bindings use: all must be there for the library to be used at all. */
    private static final List<String> FUNCTIONS = List.of("tjInitDecompress", "tjInitCompress", "tjDestroy",
            "tjDecompressHeader3", "tjDecompress2", "tjCompress2", "tjFree", "tjGetErrorStr2", "tjGetErrorCode",
            "tjGetScalingFactors");

    private final SymbolLookup lookup;
    private final String api;
    /** Bound on first use (see {@link #bound()}). */
    private volatile Bindings bindings;

    private TurboJpegLibrary(SymbolLookup lookup) throws Unavailable {
        Linker linker = Linker.nativeLinker();
        if (linker.canonicalLayouts().get("long").byteSize() != 8 || ADDRESS.byteSize() != 8) {
            // the bindings pass sizes as Java longs, and receive the output buffer's address in a long[]
            throw new Unavailable("needs a 64-bit platform where C's long is 64 bits");
        }
        for (String function : FUNCTIONS) {
            if (lookup.find(function).isEmpty()) {
                throw new Unavailable(String.format(Locale.ROOT,
                        "too old: no %s() (TurboJPEG 2.0 or later needed)", function));
            }
        }
        this.lookup = lookup;
        this.api = lookup.find("tj3Init").isPresent() ? "TurboJPEG 3" : "TurboJPEG 2";
    }

    /**
     * The downcall handles, made on first use rather than when the library is found: making them spins a hundred-odd
     * classes (about 100 ms at start-up), which {@code imgproc --version} and batches without JPEG never need. The
     * functions were all found when the library was loaded, so binding cannot fail here.
     */
    private Bindings bound() {
        Bindings bound = bindings;
        if (bound == null) {
            synchronized (this) {
                bound = bindings;
                if (bound == null) {
                    bound = new Bindings(Linker.nativeLinker(), lookup);
                    bindings = bound;
                }
            }
        }
        return bound;
    }

    /** The downcall handles of the functions used. */
    private static final class Bindings {
        final MethodHandle initDecompress;
        final MethodHandle initCompress;
        final MethodHandle destroy;
        final MethodHandle decompressHeader3;
        final MethodHandle decompress2;
        final MethodHandle compress2;
        final MethodHandle free;
        final MethodHandle errorString;
        final MethodHandle errorCode;
        final List<ScalingFactor> scalingFactors;
        /** Null when the C library cannot change the environment: then the standard Huffman tables only. */
        final TurboJpegEnvironment environment;

        Bindings(Linker linker, SymbolLookup lookup) {
            Linker.Option critical = Linker.Option.critical(true);
            Binder bind = new Binder(linker, lookup);
            initDecompress = bind.function("tjInitDecompress", FunctionDescriptor.of(ADDRESS));
            initCompress = bind.function("tjInitCompress", FunctionDescriptor.of(ADDRESS));
            destroy = bind.function("tjDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
            // handle, jpegBuf, jpegSize, *width, *height, *jpegSubsamp, *jpegColorspace
            decompressHeader3 = bind.function("tjDecompressHeader3",
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS),
                    critical);
            // handle, jpegBuf, jpegSize, dstBuf, width, pitch, height, pixelFormat, flags
            decompress2 = bind.function("tjDecompress2", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG,
                    ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), critical);
            // handle, srcBuf, width, pitch, height, pixelFormat, **jpegBuf, *jpegSize, jpegSubsamp, jpegQual, flags
            compress2 = bind.function("tjCompress2", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT,
                    JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT), critical);
            free = bind.function("tjFree", FunctionDescriptor.ofVoid(ADDRESS));
            // Bound now, not on the first failure, though good files never need them: binding can block, and the
            // message must be read on the carrier thread that failed (see the class comment). Each distinct
            // signature costs a stub (~7 ms at start-up); these two share theirs with tjGetScalingFactors (critical,
            // which a function that only returns a pointer can be) and tjDestroy.
            errorString = bind.function("tjGetErrorStr2", FunctionDescriptor.of(ADDRESS, ADDRESS), critical);
            errorCode = bind.function("tjGetErrorCode", FunctionDescriptor.of(JAVA_INT, ADDRESS));
            scalingFactors = readScalingFactors(
                    bind.function("tjGetScalingFactors", FunctionDescriptor.of(ADDRESS, ADDRESS), critical));
            environment = TurboJpegEnvironment.process();
        }
    }

    /**
     * The library, unless it is disabled ({@code -Dimgproc.native=false}, or {@code IMGPROC_NATIVE=off} in the
     * environment) or cannot be loaded. It is looked for under its usual names, or at {@code
     * -Dimgproc.native.library=PATH} (a build outside the linker's search path, such as Homebrew's).
     */
    static TurboJpegLibrary load() throws Unavailable {
        String property = System.getProperty("imgproc.native", "");
        if (property.equalsIgnoreCase("false") || property.equalsIgnoreCase("off")) {
            throw new Unavailable("off (-Dimgproc.native=" + property + ")");
        }
        String env = System.getenv().getOrDefault("IMGPROC_NATIVE", "");
        if (env.equalsIgnoreCase("off") || env.equalsIgnoreCase("false") || env.equals("0")) {
            throw new Unavailable("off (IMGPROC_NATIVE=" + env + ")");
        }
        String path = System.getProperty("imgproc.native.library");
        SymbolLookup lookup = null;
        for (String name : path == null ? NAMES : List.of(path)) {
            try {
                // the global arena: the library stays loaded for the life of the process
                lookup = SymbolLookup.libraryLookup(name, Arena.global());
                break;
            } catch (IllegalArgumentException notFound) {
                // next name
            } catch (IllegalCallerException e) {
                throw new Unavailable("native access is denied (run with --enable-native-access=ALL-UNNAMED)");
            }
        }
        if (lookup == null) {
            throw new Unavailable(path == null ? "not found (install libturbojpeg0, or libjpeg-turbo on macOS)"
                    : "not found at " + path + " (-Dimgproc.native.library)");
        }
        return new TurboJpegLibrary(lookup);
    }

    /**
     * Which API the library offers, {@code TurboJPEG 2} or {@code TurboJPEG 3} (which keeps the 2 API this binds to):
     * the library has no call that says its version.
     */
    String api() {
        return api;
    }

    /** The scales {@code tjDecompress2} decodes at, largest first ({@code 2/1} ... {@code 1/8}). */
    List<ScalingFactor> scalingFactors() {
        return bound().scalingFactors;
    }

    MemorySegment initDecompress() throws CodecException {
        return handle(call(() -> (MemorySegment) bound().initDecompress.invokeExact()), "tjInitDecompress");
    }

    MemorySegment initCompress() throws CodecException {
        return handle(call(() -> (MemorySegment) bound().initCompress.invokeExact()), "tjInitCompress");
    }

    void destroy(MemorySegment handle) {
        call(() -> (int) bound().destroy.invokeExact(handle));
    }

    /**
     * {@code tjDecompressHeader3}; {@code header} receives width, height, subsampling and colour space. Returns 0, or
     * -1 on an error or a warning.
     */
    int decompressHeader(MemorySegment handle, byte[] jpeg, int[] header) {
        MemorySegment out = MemorySegment.ofArray(header);
        MethodHandle decompressHeader3 = bound().decompressHeader3;
        return call(() -> (int) decompressHeader3.invokeExact(handle, MemorySegment.ofArray(jpeg), (long) jpeg.length,
                out, out.asSlice(4), out.asSlice(8), out.asSlice(12)));
    }

    /**
     * {@code tjDecompress2} into {@code pixels}, rows of {@code pitch} bytes: the largest scale whose size fits
     * {@code width x height} is chosen by the library, so the array must hold that size.
     */
    int decompress(MemorySegment handle, byte[] jpeg, MemorySegment pixels, int width, int pitch, int height,
            int pixelFormat, int flags) {
        MethodHandle decompress2 = bound().decompress2;
        return call(() -> (int) decompress2.invokeExact(handle, MemorySegment.ofArray(jpeg), (long) jpeg.length,
                pixels, width, pitch, height, pixelFormat, flags));
    }

    /**
     * {@code tjCompress2}, the library allocating the output: {@code output[0]} receives its address and {@code
     * output[1]} its size. The buffer must be given back with {@link #freeOutput}, also when the call failed. With
     * {@code optimizeHuffman}, two passes: the image's own Huffman tables instead of the standard ones.
     */
    int compress(MemorySegment handle, MemorySegment pixels, int width, int pitch, int height, int pixelFormat,
            long[] output, int subsampling, int quality, int flags, boolean optimizeHuffman) {
        MemorySegment out = MemorySegment.ofArray(output);
        Bindings bound = bound();
        IntSupplier compress = () -> call(() -> (int) bound.compress2.invokeExact(handle, pixels, width, pitch, height,
                pixelFormat, out, out.asSlice(8), subsampling, quality, flags));
        return bound.environment == null ? compress.getAsInt() : bound.environment.compress(optimizeHuffman, compress);
    }

    /** The bytes a successful {@link #compress} wrote, copied to the heap. */
    byte[] copyOutput(long[] output) {
        return MemorySegment.ofAddress(output[0]).reinterpret(output[1]).toArray(JAVA_BYTE);
    }

    /** Frees the buffer {@link #compress} allocated, if it did; {@code tjFree(NULL)} does nothing. */
    void freeOutput(long[] output) {
        MemorySegment buffer = MemorySegment.ofAddress(output[0]);
        output[0] = 0;
        call(() -> {
            bound().free.invokeExact(buffer);
            return null;
        });
    }

    /** The last error's message, on the thread that made the failed call (see the class comment). */
    String errorMessage(MemorySegment handle) {
        MemorySegment message = call(() -> (MemorySegment) bound().errorString.invokeExact(handle));
        if (message.equals(MemorySegment.NULL)) {
            return "unknown error";
        }
        // the buffers are char[JMSG_LENGTH_MAX], always terminated
        return message.reinterpret(JMSG_LENGTH_MAX).getString(0);
    }

    /** True when the last failure was a warning (the image may be complete but damaged), not a fatal error. */
    boolean wasWarning(MemorySegment handle) {
        return call(() -> (int) bound().errorCode.invokeExact(handle)) == 0;
    }

    private MemorySegment handle(MemorySegment handle, String function) throws CodecException {
        if (handle.equals(MemorySegment.NULL)) {
            throw new CodecException(function + "() failed: " + errorMessage(MemorySegment.NULL));
        }
        return handle;
    }

    /** The library's scaling factors; none (only full size) if it gives none, which no version does. */
    private static List<ScalingFactor> readScalingFactors(MethodHandle getScalingFactors) {
        int[] count = new int[1];
        MemorySegment array = call(() -> (MemorySegment) getScalingFactors.invokeExact(MemorySegment.ofArray(count)));
        if (array.equals(MemorySegment.NULL) || count[0] < 1 || count[0] > 64) {
            return List.of(new ScalingFactor(1, 1));
        }
        MemorySegment factors = array.reinterpret(SCALING_FACTOR.byteSize() * count[0]);
        List<ScalingFactor> list = new ArrayList<>();
        for (int i = 0; i < count[0]; i++) {
            list.add(new ScalingFactor(factors.getAtIndex(JAVA_INT, 2L * i), factors.getAtIndex(JAVA_INT, 2L * i + 1)));
        }
        return List.copyOf(list);
    }

    /** Links downcalls to symbols the library was checked to have. */
    private record Binder(Linker linker, SymbolLookup lookup) {
        MethodHandle function(String name, FunctionDescriptor descriptor, Linker.Option... options) {
            return linker.downcallHandle(lookup.find(name).orElseThrow(), descriptor, options);
        }
    }

    @FunctionalInterface
    interface Call<T> {
        T invoke() throws Throwable;
    }

    /** Downcalls declare {@code Throwable}; they only throw on a wrong argument, which is a bug here. */
    static <T> T call(Call<T> call) {
        try {
            return call.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
