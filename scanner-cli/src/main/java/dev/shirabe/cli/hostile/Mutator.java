package dev.shirabe.cli.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Breaks a real sample the ways files break on a share: cut short, bits flipped, a header
 * zeroed, one archive member mangled, bytes inserted. Each mutation draws only from the given
 * random source, so a seed fixes the result.
 */
final class Mutator {

  /** A mutated file and how it was made (for the manifest). */
  record Mutation(String operation, byte[] bytes, String how) {}

  static final List<String> OPERATIONS =
      List.of("truncate", "bitflip", "zero-header", "zip-member", "insert");

  private static final int[] HEADER_SIZES = {4, 16, 64, 512, 4096};

  private Mutator() {}

  static Mutation mutate(byte[] source, Random random) throws IOException {
    String op = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
    if (op.equals("zip-member") && !isZip(source)) {
      op = "bitflip"; // only zips have members; the draw stays the same length for every file
    }
    if (source.length == 0) {
      op = "insert";
    }
    switch (op) {
      case "truncate": {
        int at = random.nextInt(source.length);
        return new Mutation(op, Arrays.copyOf(source, at), "at " + at + " of " + source.length);
      }
      case "bitflip": {
        byte[] b = source.clone();
        int flips = 1 + random.nextInt(16);
        for (int i = 0; i < flips; i++) {
          int at = random.nextInt(b.length);
          b[at] ^= (byte) (1 << random.nextInt(8));
        }
        return new Mutation(op, b, flips + " bits");
      }
      case "zero-header": {
        int n = Math.min(source.length, HEADER_SIZES[random.nextInt(HEADER_SIZES.length)]);
        byte[] b = source.clone();
        Arrays.fill(b, 0, n, (byte) 0);
        return new Mutation(op, b, "first " + n + " bytes");
      }
      case "zip-member":
        return zipMember(source, random);
      default: {
        int at = random.nextInt(source.length + 1);
        byte[] noise = new byte[1 + random.nextInt(4096)];
        random.nextBytes(noise);
        byte[] b = new byte[source.length + noise.length];
        System.arraycopy(source, 0, b, 0, at);
        System.arraycopy(noise, 0, b, at, noise.length);
        System.arraycopy(source, at, b, at + noise.length, source.length - at);
        return new Mutation("insert", b, noise.length + " bytes at " + at);
      }
    }
  }

  static boolean isZip(byte[] b) {
    return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  /**
   * Rewrites the zip with one member's uncompressed bytes mangled (a range overwritten with
   * noise, then cut short), so the archive itself stays valid and the member's parser meets the
   * damage: the way a docx with a broken document.xml looks.
   */
  private static Mutation zipMember(byte[] source, Random random) throws IOException {
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    Charset charset = StandardCharsets.UTF_8;
    if (!readZip(source, charset, names, contents)) {
      // Names in a legacy code page (a Japanese zip made on Windows): keep their bytes as they are.
      charset = Charset.forName("IBM437");
      names.clear();
      contents.clear();
      if (!readZip(source, charset, names, contents)) {
        names.clear();
      }
    }
    int victim = names.isEmpty() ? -1 : random.nextInt(names.size());
    if (victim < 0 || contents.get(victim).length == 0) {
      int at = random.nextInt(source.length);
      return new Mutation("truncate", Arrays.copyOf(source, at),
          "at " + at + " of " + source.length + " (no member to mangle)");
    }
    byte[] member = contents.get(victim).clone();
    int from = random.nextInt(member.length);
    int len = Math.min(member.length - from, 1 + random.nextInt(256));
    byte[] noise = new byte[len];
    random.nextBytes(noise);
    System.arraycopy(noise, 0, member, from, len);
    int keep = from + len + random.nextInt(member.length - from - len + 1);
    contents.set(victim, Arrays.copyOf(member, keep));
    ByteArrayOutputStream out = new ByteArrayOutputStream(source.length);
    try (ZipOutputStream zip = Zips.open(out, charset)) {
      for (int i = 0; i < names.size(); i++) {
        Zips.entry(zip, names.get(i), contents.get(i));
      }
    }
    return new Mutation("zip-member", out.toByteArray(), "member " + victim + " ("
        + names.get(victim) + "): " + len + " bytes of noise at " + from + ", cut at " + keep);
  }

  private static boolean readZip(byte[] source, Charset charset, List<String> names,
      List<byte[]> contents) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(source), charset)) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory() && seen.add(e.getName())) { // a zip may repeat a name; ours may not
          names.add(e.getName());
          contents.add(zip.readAllBytes());
        }
      }
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
