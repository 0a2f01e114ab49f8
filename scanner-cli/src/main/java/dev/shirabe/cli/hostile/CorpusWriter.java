package dev.shirabe.cli.hostile;

import dev.shirabe.cli.hostile.Manifest.Entry;
import dev.shirabe.cli.hostile.Manifest.Expect;
import dev.shirabe.cli.hostile.Manifest.Kind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Creates the corpus's files under one folder and records each in the manifest.
 *
 * <p>Names that are plain UTF-8 go through Java; names with control characters or bytes that are
 * not UTF-8 go through {@code sh}'s {@code printf}, because a Java string cannot hold invalid
 * UTF-8 and the JVM's file-name encoding may not be UTF-8 at all. Special files (FIFOs, sockets,
 * links) are made with the system's own calls, so this only runs on Unix-like systems.
 */
final class CorpusWriter {

  /** Writes a file's content to a stream. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path root;
  private final List<Entry> entries = new ArrayList<>();
  private int staged;

  CorpusWriter(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  Path root() {
    return root;
  }

  void file(String path, byte[] content, Expect expect, String origin) throws IOException {
    stream(path, out -> out.write(content), expect, origin);
  }

  void stream(String path, Content content, Expect expect, String origin) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      content.writeTo(out);
    }
    add(path, Kind.FILE, expect, origin);
  }

  /** A regular file whose path (relative, '/'-separated) is given as raw bytes. */
  void oddFile(byte[] path, byte[] content, Expect expect, String origin) throws IOException {
    Path stage = root.resolve(".staged-" + staged++);
    Files.write(stage, content);
    int slash = lastSlash(path);
    if (slash > 0) {
      shell("mkdir -p -- \"$n\"", java.util.Arrays.copyOf(path, slash));
    }
    shell("mv -- \"$1\" \"$n\"", path, stage.toString());
    entries.add(new Entry(path, Kind.FILE, expect, origin));
  }

  void fifo(String path, String origin) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    run(List.of("mkfifo", "--", file.toString()));
    add(path, Kind.FIFO, Expect.SKIPPED, origin);
  }

  void socket(String path, String origin) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    // Closing the channel leaves the socket file behind: a socket nobody listens on.
    try (ServerSocketChannel server =
        ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(file));
    }
    add(path, Kind.SOCKET, Expect.SKIPPED, origin);
  }

  void symlink(String path, String target, String origin) throws IOException {
    Path link = root.resolve(path);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, Path.of(target));
    add(path, Kind.SYMLINK, Expect.SKIPPED, origin);
  }

  Manifest manifest() {
    return new Manifest(entries);
  }

  private void add(String path, Kind kind, Expect expect, String origin) {
    entries.add(new Entry(path.getBytes(StandardCharsets.UTF_8), kind, expect, origin));
  }

  private static int lastSlash(byte[] path) {
    for (int i = path.length - 1; i >= 0; i--) {
      if (path[i] == '/') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Runs {@code script} in the corpus folder with {@code $n} set to the exact bytes of
   * {@code name}. The name travels as a printf format of octal escapes, so no byte of it is ever
   * seen by the shell's parser; the trailing {@code x} keeps a final newline from being stripped.
   */
  private void shell(String script, byte[] name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("sh", "-c",
        "cd -- \"$0\" && n=\"$(printf \"$FMT\"; printf x)\" && n=\"${n%x}\" && " + script,
        root.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("FMT", printfFormat(name));
    run(pb);
  }

  static String printfFormat(byte[] name) {
    StringBuilder f = new StringBuilder();
    for (byte b : name) {
      int v = b & 0xff;
      if ((v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z') || (v >= '0' && v <= '9')
          || v == '.' || v == '_' || v == '/') {
        f.append((char) v);
      } else {
        f.append('\\').append(String.format("%03o", v));
      }
    }
    return f.toString();
  }

  private static void run(List<String> command) throws IOException {
    run(new ProcessBuilder(command));
  }

  private static void run(ProcessBuilder pb) throws IOException {
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(pb.command().get(0) + " did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (p.exitValue() != 0) {
      throw new IOException(pb.command().get(0) + " failed (" + p.exitValue() + "): " + output.strip());
    }
  }
}
