package dev.shirabe.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.bench.ThroughputBenchmark;
import dev.shirabe.scan.Scanner;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's jar (or classes folder, when the tests run before packaging) holds no benchmark,
 * evaluation or training class: a front end or a Spark cluster jar that embeds the core must not
 * carry what only developers run.
 */
class CoreCarriesNoToolsTest {

  private static final List<String> TOOL_FOLDERS =
      List.of("dev/shirabe/bench/", "dev/shirabe/evaluation/", "dev/shirabe/detect/names/training/");

  @Test
  void theCoreHoldsNoToolClassAndTheToolsLiveElsewhere() throws Exception {
    Path core = Path.of(Scanner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path tools =
        Path.of(ThroughputBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(!core.equals(tools), "the tools are packaged apart from the core: " + core);

    List<String> classes = classesIn(core);
    assertTrue(classes.contains("dev/shirabe/scan/Scanner.class"), "read the core: " + core);
    List<String> toolClasses = classes.stream()
        .filter(c -> TOOL_FOLDERS.stream().anyMatch(c::startsWith) || c.contains("Benchmark"))
        .toList();
    assertEquals(List.of(), toolClasses, "tool classes in the core at " + core);
  }

  private static List<String> classesIn(Path location) throws Exception {
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        return files.filter(p -> p.toString().endsWith(".class"))
            .map(p -> location.relativize(p).toString().replace('\\', '/'))
            .toList();
      }
    }
    try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of());
        Stream<Path> files = Files.walk(jar.getPath("/"))) {
      return files.filter(p -> p.toString().endsWith(".class"))
          .map(p -> p.toString().substring(1))
          .toList();
    }
  }
}
