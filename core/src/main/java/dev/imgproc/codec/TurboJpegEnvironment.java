package dev.imgproc.codec;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * The environment variables TurboJPEG 2 reads on every {@code tjCompress2}: it has no flag for optimised Huffman
 * tables, only {@code TJ_OPTIMIZE}. So each compression runs while the variable says what its options ask for, under
 * a read lock; switching the variable takes the write lock, so no compression is in flight while it changes. A batch
 * has one recipe, so it switches once; a worker serving recipes that differ switches between their encodes.
 *
 * <p>The variables that would change what is written behind the options' back ({@code TJ_ARITHMETIC}, {@code
 * TJ_RESTART}, {@code TJ_PROGRESSIVE}) are cleared once, so that output depends only on the recipe. Changing the
 * environment while other threads may read it is safe here: the first {@code setenv} of a process leaves the old
 * environment array in place, and glibc's later ones replace the value of a variable that is already there by
 * swapping one pointer, never freeing the old string.
 */
final class TurboJpegEnvironment {
    private static final String OPTIMIZE = "TJ_OPTIMIZE";

    /** libc's {@code setenv}, bound on the first switch (under the write lock): most runs never switch. */
    private final MemorySegment setenvSymbol;
    private MethodHandle setenv;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** What TJ_OPTIMIZE says now: written under the write lock, read under either. */
    private boolean optimize;

    private TurboJpegEnvironment(MemorySegment setenvSymbol, boolean optimize) {
        this.setenvSymbol = setenvSymbol;
        this.optimize = optimize;
    }

    /**
     * The process's environment (one for all TurboJPEG instances, as there is one environment, and one lock around
     * it), settled on first use; null when the C library has no {@code setenv} (then files are written with the
     * standard tables whatever is asked).
     */
    static TurboJpegEnvironment process() {
        return Holder.ENVIRONMENT;
    }

    private static final class Holder {
        static final TurboJpegEnvironment ENVIRONMENT = settle();
    }

    /**
     * Clears the variables that would change the output, and starts from what TJ_OPTIMIZE says: nothing has changed
     * the environment before the process's environment is settled, so the JVM's copy of it is still the C library's.
     * Binds {@code unsetenv} only when there is something to clear: each binding costs start-up time.
     */
    private static TurboJpegEnvironment settle() {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        Optional<MemorySegment> setenv = libc.find("setenv");
        Optional<MemorySegment> unsetenv = libc.find("unsetenv");
        if (setenv.isEmpty() || unsetenv.isEmpty()) {
            return null;
        }
        List<String> toClear = Stream.of("TJ_ARITHMETIC", "TJ_RESTART", "TJ_PROGRESSIVE")
                .filter(variable -> System.getenv(variable) != null)
                .toList();
        if (!toClear.isEmpty()) {
            MethodHandle unset = linker.downcallHandle(unsetenv.get(), FunctionDescriptor.of(JAVA_INT, ADDRESS));
            try (Arena arena = Arena.ofConfined()) {
                for (String variable : toClear) {
                    TurboJpegLibrary.call(() -> (int) unset.invokeExact(arena.allocateFrom(variable)));
                }
            }
        }
        return new TurboJpegEnvironment(setenv.get(), "1".equals(System.getenv(OPTIMIZE)));
    }

    /** Runs {@code compress} with TJ_OPTIMIZE saying {@code optimize}, and returns what it returns. */
    int compress(boolean optimize, IntSupplier compress) {
        while (true) {
            lock.readLock().lock();
            try {
                if (this.optimize == optimize) {
                    return compress.getAsInt();
                }
            } finally {
                lock.readLock().unlock();
            }
            lock.writeLock().lock();
            try {
                if (this.optimize != optimize) {
                    set(optimize);
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    /** TurboJPEG optimises when the variable is exactly "1". */
    private void set(boolean optimize) {
        if (setenv == null) {
            setenv = Linker.nativeLinker().downcallHandle(setenvSymbol,
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocateFrom(OPTIMIZE);
            MemorySegment value = arena.allocateFrom(optimize ? "1" : "0");
            TurboJpegLibrary.call(() -> (int) setenv.invokeExact(name, value, 1));
        }
        this.optimize = optimize;
    }
}
