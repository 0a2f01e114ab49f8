package dev.shirabe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {

  @TempDir Path dir;

  /** Collects what the walker reports, paths relative to the test folder. */
  private final class Recorder implements SourceVisitor {
    final List<String> files = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> skipReasons = new ArrayList<>();

    @Override
    public void item(SourceItem file) {
      files.add(dir.relativize(file.path()).toString());
    }

    @Override
    public void problem(Path path, String reason) {
      problems.add(path.getFileName() + ": " + reason);
    }

    @Override
    public void skipped(Path path, String reason) {
      skipped.add(dir.relativize(path).toString());
      skipReasons.add(path.getFileName() + ": " + reason);
    }
  }

  private Path write(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, relative);
  }

  private Recorder walk(List<String> include, List<String> exclude, Path... roots)
      throws InterruptedException {
    Recorder recorder = new Recorder();
    new FileWalker(include, exclude).walk(List.of(roots), recorder);
    return recorder;
  }

  @Test
  void walksEveryFileInNameOrderAndHonoursPatterns() throws Exception {
    write("a/mail.pst");
    write("a/notes.txt");
    write("b/人事/履歴書.docx");
    write("tmp/cache.txt");

    assertEquals(
        List.of("a/mail.pst", "a/notes.txt", "b/人事/履歴書.docx", "tmp/cache.txt"),
        sorted(walk(List.of(), List.of(), dir).files));
    assertEquals(List.of("a/mail.pst"), walk(List.of("*.pst"), List.of(), dir).files);
    assertEquals(
        List.of("b/人事/履歴書.docx"), walk(List.of("b/人事/**"), List.of(), dir).files);
    assertEquals(
        List.of("a/mail.pst", "a/notes.txt", "b/人事/履歴書.docx"),
        sorted(walk(List.of(), List.of("tmp"), dir).files),
        "an excluded folder is pruned");
    assertEquals(
        List.of("a/mail.pst", "b/人事/履歴書.docx"),
        sorted(walk(List.of(), List.of("*.txt"), dir).files));
  }

  @Test
  void pipesSocketsAndDevicesAreSkippedWithTheirReason() throws Exception {
    write("share/notes.txt");
    Path fifo = dir.resolve("share/pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    Path socket = dir.resolve("share/sock");
    try (java.nio.channels.ServerSocketChannel server =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      server.bind(java.net.UnixDomainSocketAddress.of(socket));
      Recorder recorder = walk(List.of(), List.of(), dir.resolve("share"));
      assertEquals(List.of("share/notes.txt"), recorder.files);
      assertEquals(List.of("share/pipe", "share/sock"), sorted(recorder.skipped));
      assertEquals(
          List.of("pipe: a named pipe (FIFO); not read", "sock: a socket; not read"),
          sorted(recorder.skipReasons));
      assertEquals(List.of(), recorder.problems);
      assertEquals(List.of(), walk(List.of("*.txt"), List.of(), dir).skipped,
          "a special file left out by the patterns is not reported");
    }
    Path device = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(device));
    Recorder recorder = new Recorder();
    new FileWalker(List.of(), List.of()).walk(List.of(device), new SourceVisitor() {
      @Override
      public void item(SourceItem file) {
        recorder.files.add(file.path().toString());
      }

      @Override
      public void problem(Path path, String reason) {
        recorder.problems.add(reason);
      }

      @Override
      public void skipped(Path path, String reason) {
        recorder.skipReasons.add(path + ": " + reason);
      }
    });
    assertEquals(List.of("/dev/null: a device; not read"), recorder.skipReasons);
    assertEquals(List.of(), recorder.files);
  }

  @Test
  void neverFollowsLinksOutOfTheRootNorLoops() throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path outside = write("outside/secret.txt");
    write("root/inside.txt");
    Files.createSymbolicLink(root.resolve("escape.txt"), outside);
    Files.createSymbolicLink(root.resolve("escape-dir"), outside.getParent());
    Files.createSymbolicLink(root.resolve("loop"), root);

    Recorder r = walk(List.of(), List.of(), root);

    assertEquals(List.of("root/inside.txt"), r.files);
    assertEquals(
        List.of("root/escape-dir", "root/escape.txt", "root/loop"), sorted(r.skipped));
    assertTrue(r.problems.isEmpty(), r.problems::toString);
  }

  @Test
  void aRootGivenAsALinkIsFollowedAndShownUnderItsOwnName() throws Exception {
    write("real/a.txt");
    Path link = Files.createSymbolicLink(dir.resolve("share"), dir.resolve("real"));

    assertEquals(List.of("share/a.txt"), walk(List.of(), List.of(), link).files);
  }

  @Test
  void aSingleFileCanBeARoot() throws Exception {
    Path file = write("one.eml");
    assertEquals(List.of("one.eml"), walk(List.of(), List.of(), file).files);
  }

  @Test
  void aMissingRootIsAProblemAndTheWalkGoesOn() throws Exception {
    write("ok/a.txt");
    Recorder r = walk(List.of(), List.of(), dir.resolve("missing"), dir.resolve("ok"));
    assertEquals(List.of("missing: no such file or folder"), r.problems);
    assertEquals(List.of("ok/a.txt"), r.files);
  }

  @Test
  void anUnreadableFolderOrFileIsAProblemAndTheWalkGoesOn() throws Exception {
    Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")), "root reads everything");
    write("locked/a.txt");
    Path file = write("open/secret.txt");
    write("open/b.txt");
    Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    try {
      Recorder r = walk(List.of(), List.of(), dir);
      assertEquals(List.of("open/b.txt"), r.files);
      assertEquals(
          List.of("locked: permission denied", "secret.txt: permission denied"),
          sorted(r.problems));
    } finally {
      Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().collect(Collectors.toList());
  }
}
