package dev.shirabe.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathIdentityTest {

  @TempDir Path dir;

  @Test
  void aValidNameIsItsToStringAsInventoriesAlwaysKeptIt() {
    for (String name : List.of("a.txt", "総務/株主名簿.csv", "a\\xFF.txt", "replacement \uFFFD.txt")) {
      Path path = dir.resolve(name);
      assertEquals(path.toString(), PathIdentity.of(path), name);
      assertEquals(path, PathIdentity.toPath(PathIdentity.of(path)));
    }
  }

  @Test
  void bytesThatAreNotUtf8AreEscapedReversiblyAndApart() {
    byte[] ff = "/share/bad\u00ff/a.txt".getBytes(StandardCharsets.ISO_8859_1);
    byte[] fe = "/share/bad\u00fe/a.txt".getBytes(StandardCharsets.ISO_8859_1);
    String a = PathIdentity.fromBytes(ff);
    String b = PathIdentity.fromBytes(fe);
    assertNotEquals(a, b);
    assertArrayEquals(ff, PathIdentity.toBytes(a));
    assertArrayEquals(fe, PathIdentity.toBytes(b));
    // Not the identity of the valid name that reads like its display.
    assertNotEquals("/share/bad\\xFF/a.txt", a);
    assertEquals("/share/bad\\xFF/a.txt", PathIdentity.display(a));
    // A folder's identity stays a prefix of its files' (what a rescan removes by).
    assertTrue(a.startsWith(PathIdentity.fromBytes(
        "/share/bad\u00ff".getBytes(StandardCharsets.ISO_8859_1)) + "/"));
    // Valid multi-byte text around an invalid byte is kept as text.
    byte[] mixed = "/総\u00ff務".getBytes(StandardCharsets.UTF_8);
    mixed[4] = (byte) 0xff; // the first byte of \u00ff's two becomes a stray 0xff
    String m = PathIdentity.fromBytes(mixed);
    assertTrue(m.startsWith("/総"), m);
    assertArrayEquals(mixed, PathIdentity.toBytes(m));
  }

  @Test
  void aFileWhoseNameIsNotUtf8IsFoundAgainFromItsIdentity() throws Exception {
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")));
    Process p = new ProcessBuilder("/bin/sh", "-c",
        "printf one > \"$(printf 'a\\377.txt')\"; printf two > \"$(printf 'a\\376.txt')\"")
        .directory(dir.toFile()).start();
    assertEquals(0, p.waitFor());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertEquals(2, files.size());
    assertEquals(files.get(0).toString(), files.get(1).toString(), "Java shows both alike");
    String first = PathIdentity.of(files.get(0));
    String second = PathIdentity.of(files.get(1));
    assertNotEquals(first, second);
    assertEquals(files.get(0), PathIdentity.toPath(first));
    assertEquals(files.get(1), PathIdentity.toPath(second));
    assertEquals(Files.readString(files.get(1)), Files.readString(PathIdentity.toPath(second)));
    assertTrue(PathIdentity.display(first).endsWith("a\\xFE.txt")
        || PathIdentity.display(first).endsWith("a\\xFF.txt"), PathIdentity.display(first));
  }
}
