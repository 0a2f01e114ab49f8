package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code mvn package} built (target/shirabe-VERSION.tar.gz and .zip):
 * its launchers, libraries, licences, completion and man pages, and that it starts. Runs after
 * package (scanner-cli/pom.xml, execution release-archive-test); .ci/run scans with it too.
 */
class ReleaseArchiveIT {

  private static final Path ROOT = Path.of(System.getProperty("shirabe.root", ".."));
  private static final Path TARGET = ROOT.resolve("scanner-cli/target");

  private static String version;
  private static String base;
  /** The tar.gz's regular files: path under the base folder, to the entry and its bytes. */
  private static Map<String, TarFile> tar;

  private record TarFile(int mode, byte[] bytes) {}

  @BeforeAll
  static void readArchive() throws IOException {
    String archive = System.getProperty("shirabe.archive");
    assumeTrue(archive != null,
        "no release archive named (this test runs after package: mvn verify)");
    // Run by the build after package, the archive must be there.
    assertTrue(Files.isRegularFile(Path.of(archive + ".tar.gz")), archive + ".tar.gz");
    version = System.getProperty("shirabe.version");
    base = "shirabe-" + version + "/";
    tar = new LinkedHashMap<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(
        new GZIPInputStream(Files.newInputStream(Path.of(archive + ".tar.gz"))))) {
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertTrue(e.getName().startsWith(base), e.getName());
        if (e.isFile()) {
          tar.put(e.getName().substring(base.length()), new TarFile(e.getMode(), in.readAllBytes()));
        }
      }
    }
  }

  @Test
  void theZipHoldsWhatTheTarHolds() throws IOException {
    Set<String> zip = new TreeSet<>();
    try (ZipFile z = new ZipFile(System.getProperty("shirabe.archive") + ".zip")) {
      for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          assertTrue(entry.getName().startsWith(base), entry.getName());
          zip.add(entry.getName().substring(base.length()));
        }
      }
    }
    assertEquals(new TreeSet<>(tar.keySet()), zip);
  }

  @Test
  void launchers() {
    TarFile sh = tar.get("bin/shirabe");
    assertNotNull(sh, tar.keySet().toString());
    assertEquals(0755, sh.mode() & 0777, "bin/shirabe is executable");
    String script = new String(sh.bytes(), StandardCharsets.UTF_8);
    assertTrue(script.startsWith("#!/bin/sh\n"), script);
    assertFalse(script.contains("\r"), "bin/shirabe has Unix line ends");
    String bat = new String(tar.get("bin/shirabe.bat").bytes(), StandardCharsets.UTF_8);
    assertEquals(bat.split("\n", -1).length - 1, bat.split("\r\n", -1).length - 1,
        "bin/shirabe.bat has CRLF line ends");
  }

  @Test
  void libHoldsTheCommandAndEveryRunTimeLibrary() throws IOException {
    Set<String> lib = tar.keySet().stream().filter(n -> n.startsWith("lib/"))
        .map(n -> n.substring(4)).collect(Collectors.toCollection(TreeSet::new));
    // target/lib: the run-time class path of the source tree's launcher, copied at package.
    Set<String> expected;
    try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
      expected = jars.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    expected.add("shirabe-scanner-cli-" + version + ".jar");
    assertEquals(expected, lib);
    assertTrue(lib.contains("shirabe-dictionaries-" + version + ".jar"), lib.toString());
  }

  @Test
  void licencesOfTheBundledDataAreThereAsTheyAreInTheSources() throws IOException {
    Path dictionaries = ROOT.resolve("dictionaries");
    Path resources = dictionaries.resolve("src/main/resources/dev/shirabe/dictionaries");
    List<Path> notices;
    try (Stream<Path> files = Stream.concat(Files.walk(resources),
        Files.walk(dictionaries.resolve("training")))) {
      notices = files.filter(p -> {
        String name = p.getFileName().toString();
        return name.contains("NOTICE") || name.contains("LICENSE");
      }).collect(Collectors.toList());
    }
    assertTrue(notices.size() >= 5, notices.toString());
    notices.add(resources.resolve("names/README.md"));
    notices.add(resources.resolve("models/README.md"));
    for (Path notice : notices) {
      String relative = (notice.startsWith(resources)
          ? resources.relativize(notice) : dictionaries.relativize(notice)).toString();
      TarFile inArchive = tar.get("licenses/dictionaries/" + relative.replace('\\', '/'));
      assertNotNull(inArchive, relative + " is missing from licenses/dictionaries");
      assertArrayEquals(Files.readAllBytes(notice), inArchive.bytes(), relative);
    }
  }

  @Test
  void completionAndManPages() {
    String bash = new String(tar.get("completion/shirabe.bash").bytes(), StandardCharsets.UTF_8);
    assertTrue(bash.contains("complete -F _complete_shirabe"), "a bash completion script");
    for (String page : new String[] {"shirabe.1", "shirabe-scan.1", "shirabe-subject.1",
        "shirabe-report-ledger.1"}) {
      TarFile man = tar.get("man/man1/" + page);
      assertNotNull(man, page);
      assertTrue(new String(man.bytes(), StandardCharsets.UTF_8).startsWith(".TH "), page);
    }
  }

  @Test
  void startsFromAnEmptyFolderWithOnlyJava(@TempDir Path dir) throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "bin/shirabe is for POSIX");
    for (Map.Entry<String, TarFile> e : tar.entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue().bytes());
      if ((e.getValue().mode() & 0100) != 0) {
        Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(file));
        p.add(PosixFilePermission.OWNER_EXECUTE);
        Files.setPosixFilePermissions(file, p);
      }
    }
    // No PATH to find anything on: Java comes from JAVA_HOME. A HOME, so that the launcher's
    // class-data archive (which needs cksum and the like, not found here) is considered and let go.
    ProcessBuilder pb = new ProcessBuilder(dir.resolve("bin/shirabe").toString(), "--version")
        .redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().put("PATH", dir.resolve("no-such-folder").toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("HOME", Files.createDirectories(dir.resolve("home")).toString());
    Process process = pb.start();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), out);
    assertEquals(BuildInfo.current().line(), out);
    assertTrue(out.startsWith("shirabe " + version + " ("), out);
  }
}
