package dev.shirabe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildDigestTest {

  @TempDir Path dir;

  private Path folder(String name, String detector) throws Exception {
    Path root = dir.resolve(name);
    Files.createDirectories(root.resolve("dev/shirabe/detect"));
    Files.createDirectories(root.resolve("META-INF/maven"));
    Files.writeString(root.resolve("dev/shirabe/detect/D.class"), detector);
    Files.writeString(root.resolve("names.txt"), "山田\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("META-INF/maven/pom.properties"), "#built " + name);
    return root;
  }

  /** The folder packed as a jar, its entries in another order, with other times. */
  private Path jar(Path folder, String name) throws Exception {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : List.of("names.txt", "dev/", "dev/shirabe/detect/D.class",
          "META-INF/MANIFEST.MF")) {
        ZipEntry e = new ZipEntry(entry);
        e.setLastModifiedTime(FileTime.fromMillis(1_000_000L * entry.length()));
        zip.putNextEntry(e);
        if (!entry.endsWith("/")) {
          zip.write(entry.startsWith("META-INF")
              ? "Created-By: someone".getBytes(StandardCharsets.UTF_8)
              : Files.readAllBytes(folder.resolve(entry)));
        }
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void theContentCountsNotItsPackingNorItsBuildMetadata() throws Exception {
    Path classes = folder("classes", "detect v1");
    String fromFolder = BuildDigest.of(List.of(classes));
    assertEquals(fromFolder, BuildDigest.of(List.of(jar(classes, "core.jar"))));
    assertEquals(fromFolder, BuildDigest.of(List.of(folder("rebuilt", "detect v1"))));
    assertNotEquals(fromFolder, BuildDigest.of(List.of(folder("changed", "detect v2"))));
  }

  @Test
  void theRunningBuildIsFoundAndDigestedOnce() throws Exception {
    List<Path> roots = BuildDigest.roots();
    assertFalse(roots.isEmpty());
    // scanner-core carries the libraries it runs on, written by Maven at each build.
    assertTrue(Files.exists(roots.get(0).resolve("dev/shirabe/pipeline/libraries.txt")),
        roots.get(0).toString());
    String value = BuildDigest.value();
    assertEquals(16, value.length(), value);
    assertEquals(value, BuildDigest.value());
    assertEquals(value, BuildDigest.of(roots));
  }
}
