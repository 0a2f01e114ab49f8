import java.io.File;
import java.io.FileOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (run by scanner-cli's pom at package, as a source file, with ASM on its class
 * path): rewrites a jar compiled for Java 5 (class file version 49; picocli's) as version 52,
 * with the stack map frames the newer format needs computed by ASM. The code is unchanged.
 * JDK 17's class-data archive never holds classes older than version 50, so every start loaded
 * and verified picocli's from its jar (docs/performance.md, "Start-up", ninth pass).
 *
 * <p>{@code java ClassVersion52.java IN.jar OUT.jar}; entries other than classes are copied.
 */
public final class ClassVersion52 {

  public static void main(String[] args) throws Exception {
    File in = new File(args[0]);
    // Common super classes for the frames are looked up in the jar itself and the JDK.
    try (URLClassLoader classes = new URLClassLoader(new URL[] {in.toURI().toURL()}, null);
        ZipFile jar = new ZipFile(in);
        ZipOutputStream out = new ZipOutputStream(new FileOutputStream(args[1]))) {
      for (ZipEntry e : Collections.list(jar.entries())) {
        byte[] bytes = jar.getInputStream(e).readAllBytes();
        String name = e.getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/")
            && !name.endsWith("module-info.class")) {
          bytes = rewrite(bytes, classes);
        }
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(e.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
  }

  private static byte[] rewrite(byte[] bytes, ClassLoader classes) {
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected ClassLoader getClassLoader() {
        return classes;
      }
    };
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature,
          String superName, String[] interfaces) {
        super.visit(Math.max(version, Opcodes.V1_8), access, name, signature, superName,
            interfaces);
      }
    }, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
