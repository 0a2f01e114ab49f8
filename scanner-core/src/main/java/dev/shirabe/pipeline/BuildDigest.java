package dev.shirabe.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The identity of the code that analyses files: Shirabe's own classes (scanner-core, which
 * also carries the list of the libraries it runs on with their versions, written by Maven at
 * each build: {@code libraries.txt}) and its dictionaries (word lists, models, the default
 * policy). Computed from their content, so that no one has to remember to bump it: a jar and
 * the class folder it was packed from give the same value, a rebuild of unchanged sources
 * gives the same value, any changed class or resource another one.
 *
 * <p>Each entry counts by its name, size and CRC-32. A jar's central directory holds all three,
 * so digesting a jar reads no compressed byte (about a millisecond); a class folder's files are
 * read. CRC-32 is no defence against a forger, but nobody forges a detector to keep stale
 * findings: it tells an accidental change with odds of four billion to one. Build metadata
 * (the manifest, {@code META-INF/maven/}) is left out: it may carry build times.
 */
final class BuildDigest {

  private static final String DICTIONARY_RESOURCE = "dev/shirabe/dictionaries/policy/default.policy";

  private BuildDigest() {}

  /** Computed once per process, on first use. */
  private static final class Holder {
    static final String VALUE = compute();
  }

  /** The digest (hex, 16 chars), or {@code unknown:…} with a random part when it cannot be read. */
  static String value() {
    return Holder.VALUE;
  }

  private static String compute() {
    try {
      return of(roots());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown code must not be taken for the code of an earlier scan: each run differs, so
      // every file is read again rather than answered from findings of unknown provenance.
      return "unknown:" + java.util.UUID.randomUUID();
    }
  }

  /** The digest of these code sources (jars or class folders), in this order. */
  static String of(List<Path> roots) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
    for (Path root : roots) {
      digest(root, sha);
    }
    return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  /** Where scanner-core and the dictionaries were loaded from: two jars, two class folders, or one. */
  static List<Path> roots() throws IOException, URISyntaxException {
    List<Path> roots = new ArrayList<>();
    URL core = BuildDigest.class.getProtectionDomain().getCodeSource().getLocation();
    roots.add(Path.of(core.toURI()));
    URL dictionary = BuildDigest.class.getClassLoader().getResource(DICTIONARY_RESOURCE);
    if (dictionary == null) {
      throw new IOException(DICTIONARY_RESOURCE + " is missing from the class path");
    }
    Path dictionaries;
    if ("jar".equals(dictionary.getProtocol())) {
      String spec = dictionary.getPath(); // file:/…/x.jar!/dev/…
      dictionaries = Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/"))));
    } else {
      dictionaries = Path.of(dictionary.toURI());
      for (int i = DICTIONARY_RESOURCE.split("/").length; i > 0; i--) {
        dictionaries = dictionaries.getParent();
      }
    }
    if (!dictionaries.equals(roots.get(0))) {
      roots.add(dictionaries);
    }
    return roots;
  }

  private static void digest(Path root, MessageDigest sha) throws IOException {
    // name → size and CRC-32, in name order whatever the order on disk or in the jar
    TreeMap<String, long[]> entries = new TreeMap<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
          if (!metadata(name)) {
            entries.put(name, new long[] {Files.size(file), crc(file)});
          }
        }
      }
    } else {
      try (ZipFile zip = new ZipFile(root.toFile())) {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
          ZipEntry e = all.nextElement();
          if (!e.isDirectory() && !metadata(e.getName())) {
            entries.put(e.getName(), new long[] {e.getSize(), e.getCrc()});
          }
        }
      }
    }
    ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);
    for (var e : entries.entrySet()) {
      sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
      numbers.clear();
      numbers.putLong(e.getValue()[0]).putLong(e.getValue()[1]);
      sha.update(numbers.array());
    }
  }

  private static boolean metadata(String name) {
    return name.equals("META-INF/MANIFEST.MF") || name.startsWith("META-INF/maven/");
  }

  private static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        crc.update(buffer, 0, n);
      }
    }
    return crc.getValue();
  }
}
