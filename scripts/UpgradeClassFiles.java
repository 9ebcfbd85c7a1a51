import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Re-emits the classes of a jar compiled for Java 5 or older (class file version 49 and below) as Java 8 class files
 * (version 52), with the stack maps newer versions carry; everything else in the jar is copied as it is. The
 * bytecode does not change.
 *
 * <p>Why: picocli ships as Java 5 class files. The JVM verifies those with the old inferencing verifier, and JDK 25's
 * AOT cache cannot store them at all ("Skipping ...: Old class has been linked"), so every imgproc command spent
 * about 0.15 s of its start-up verifying picocli. As version 52 they are verified by the type-checking verifier at
 * training time and loaded from the cache already linked. {@code ./build} runs this on {@code cli/target/lib}'s
 * picocli jar, after packaging and before making the cache.
 *
 * <pre>
 *   java scripts/UpgradeClassFiles.java cli/target/lib/picocli-4.7.7.jar
 * </pre>
 */
public final class UpgradeClassFiles {
    private static final int TARGET = ClassFile.JAVA_8_VERSION;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java UpgradeClassFiles.java JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                JarFile in = new JarFile(jar.toFile());
                OutputStream file = Files.newOutputStream(tmp);
                JarOutputStream out = new JarOutputStream(file)) {
            // stack maps need the common supertype of two classes: picocli's own from the jar, the JDK's from itself
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    ClassModel model = classFile.parse(bytes);
                    if (model.majorVersion() < TARGET) {
                        bytes = upgrade(classFile, model);
                        upgraded++;
                    }
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (upgraded == 0) { // already done: leave the jar (and its date, which the AOT cache checks) alone
            Files.delete(tmp);
            return;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("UpgradeClassFiles: " + upgraded + " classes of " + jar.getFileName() + " now version "
                + TARGET);
    }

    /** The same class at version 52: its methods' code is written anew, which generates the stack maps. */
    private static byte[] upgrade(ClassFile classFile, ClassModel model) {
        ClassTransform version = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(TARGET, 0);
            } else {
                builder.with(element);
            }
        };
        return classFile.transformClass(model,
                version.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
    }
}
