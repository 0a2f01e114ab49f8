package dev.shirabe.cli.hostile;

import dev.shirabe.cli.hostile.Manifest.Expect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates the hostile corpus: mutations of real samples, bombs, odd names, special files and
 * mislabelled encodings, under {@code OUT/corpus}, with {@code OUT/MANIFEST.tsv} beside it and a
 * canary file in {@code OUT/outside} (outside what is scanned) for the XXE and link-escape checks.
 *
 * <p>The same seed, sizes, source files and output folder give the same bytes (the XXE files
 * name the canary by its absolute path, so the folder must not change): every random draw comes
 * from a {@link Random} seeded from the seed and the section, sources are visited in a fixed
 * order, and zip entries carry a fixed time. The source files are read where they are, never copied.
 */
public final class HostileCorpus {

  public static final String CORPUS = "corpus";
  public static final String OUTSIDE = "outside";

  /** Text of the canary file that XXE entities and the escaping link point at. */
  static final String CANARY = "xxe.canary@example.com 03-9999-0000 漏洩検査";

  /**
   * How big the hostile files are. {@link #full()} is the benchmark's set (a 5 GiB zip bomb, a
   * 200 MB PDF stream); {@link #small()} is what a unit test can afford.
   */
  public record Sizes(int mutations, long bombBytes, long pdfBytes, int htmlDepth, int rtfDepth,
      int csvRows, int zipDepth, int officeDepth, int laughLevels, int nestedLayers,
      int nestedFanout) {

    public static Sizes full() {
      return new Sizes(1000, 5L << 30, 200L << 20, 100_000, 100_000, 100_000, 50, 30, 10, 4, 16);
    }

    /** Every kind of file, small enough for a unit test at the default heap. */
    public static Sizes small() {
      return new Sizes(40, 50L << 20, 256L << 10, 20_000, 20_000, 1_000, 20, 12, 6, 3, 8);
    }

    public Sizes withMutations(int n) {
      return new Sizes(n, bombBytes, pdfBytes, htmlDepth, rtfDepth, csvRows, zipDepth,
          officeDepth, laughLevels, nestedLayers, nestedFanout);
    }

    public Sizes withBombBytes(long n) {
      return new Sizes(mutations, n, pdfBytes, htmlDepth, rtfDepth, csvRows, zipDepth,
          officeDepth, laughLevels, nestedLayers, nestedFanout);
    }

    public Sizes withPdfBytes(long n) {
      return new Sizes(mutations, bombBytes, n, htmlDepth, rtfDepth, csvRows, zipDepth,
          officeDepth, laughLevels, nestedLayers, nestedFanout);
    }
  }

  private final long seed;
  private final Sizes sizes;
  private final List<Path> sources;

  public HostileCorpus(long seed, Sizes sizes, List<Path> sources) {
    if (sizes.mutations() < 0 || sizes.bombBytes() < 1 || sizes.pdfBytes() < 1) {
      throw new IllegalArgumentException("sizes must be positive (mutations at least 0)");
    }
    this.seed = seed;
    this.sizes = sizes;
    this.sources = List.copyOf(sources);
  }

  /** The folders mutated by default: the project's test corpus and two shared corpora. */
  public static List<Path> defaultSources(Path repository) {
    Path shared = repository.resolve("../shared/corpus").normalize();
    return List.of(repository.resolve("test-corpus"), shared.resolve("mail"),
        shared.resolve("office-ja"));
  }

  /** Writes the corpus under {@code out} (which must be empty or absent) and its manifest. */
  public Manifest generate(Path out) throws IOException {
    Files.createDirectories(out);
    try (Stream<Path> existing = Files.list(out)) {
      if (existing.findAny().isPresent()) {
        throw new IOException(out + " is not empty");
      }
    }
    Path canary = Files.createDirectories(out.resolve(OUTSIDE)).resolve("canary.txt");
    Files.writeString(canary, CANARY + "\n", StandardCharsets.UTF_8);
    CorpusWriter w = new CorpusWriter(out.resolve(CORPUS));
    mutations(w);
    bombs(w, canary.toAbsolutePath().toUri().toString());
    OddFiles.names(w);
    OddFiles.encodings(w);
    OddFiles.specials(w);
    Manifest manifest = w.manifest();
    manifest.write(out.resolve(Manifest.FILE_NAME));
    return manifest;
  }

  private Random random(String section) {
    return new Random(seed * 31 + section.hashCode());
  }

  private void mutations(CorpusWriter w) throws IOException {
    List<Source> files = sourceFiles();
    if (files.isEmpty() && sizes.mutations() > 0) {
      throw new IOException("no source files to mutate under " + sources);
    }
    Random random = random("mutations");
    for (int i = 0; i < sizes.mutations(); i++) {
      Source source = files.get(random.nextInt(files.size()));
      Mutator.Mutation m = Mutator.mutate(Files.readAllBytes(source.path()), random);
      w.file(String.format(Locale.ROOT, "mutations/%04d-%s%s", i, m.operation(),
          extension(source.label())), m.bytes(), Expect.ANY,
          m.operation() + " " + m.how() + " of " + source.label());
    }
  }

  private record Source(String label, Path path) {}

  /** Regular files under the sources, in a fixed order; links are not followed. */
  private List<Source> sourceFiles() throws IOException {
    List<Source> files = new ArrayList<>();
    for (Path root : sources) {
      if (!Files.isDirectory(root)) {
        throw new IOException("not a folder: " + root);
      }
      String name = root.toAbsolutePath().normalize().getFileName().toString();
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
            .map(p -> new Source(name + "/" + root.relativize(p).toString().replace('\\', '/'), p))
            .filter(s -> {
              try {
                return Files.size(s.path()) <= (64L << 20);
              } catch (IOException e) {
                return false;
              }
            })
            .forEach(files::add);
      }
    }
    files.sort(java.util.Comparator.comparing(Source::label));
    return files;
  }

  /** ".docx" from "x/y.DOCX": the extension a mutated copy keeps, ASCII only. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    if (dot <= slash + 1) {
      return "";
    }
    String ext = name.substring(dot).toLowerCase(Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
  }

  private void bombs(CorpusWriter w, String canaryUri) throws IOException {
    long bomb = sizes.bombBytes();
    // A bomb that a sane limit must stop is expected to be reported; a small one may just be read.
    Expect bombExpect = bomb >= (1L << 30) ? Expect.PROBLEM : Expect.ANY;
    String size = megabytes(bomb);
    w.stream("bombs/zip-bomb-big-docx.zip", out -> Bombs.zipOfZeros(out, "big.docx", bomb),
        bombExpect, "one entry big.docx of " + size + " zeros");
    w.stream("bombs/zip-bomb-archive-pst.zip", out -> Bombs.zipOfZeros(out, "archive.pst", bomb),
        bombExpect, "one entry archive.pst of " + size + " zeros");
    w.file("bombs/nested-zip-bomb.zip",
        Bombs.nestedZipBomb(sizes.nestedLayers(), sizes.nestedFanout(), bomb), bombExpect,
        sizes.nestedLayers() + " layers of " + sizes.nestedFanout() + " zips, leaves of zeros, "
            + size + " in all");
    w.file("bombs/deep-zip-" + sizes.zipDepth() + ".zip", Bombs.deepZip(sizes.zipDepth()),
        Expect.PROBLEM, sizes.zipDepth() + " zips deep, beyond any depth limit");
    w.file("bombs/deep-docx-" + sizes.officeDepth() + ".docx",
        Bombs.deepDocx(sizes.officeDepth()), Expect.PROBLEM,
        sizes.officeDepth() + " Word documents each embedding the next");
    int laughs = sizes.laughLevels();
    String laughsHow = laughs + " levels of ten entity references (10^" + laughs + " expansions)";
    w.file("bombs/billion-laughs.xml", Zips.utf8(Bombs.laughsXml(laughs)), Expect.ANY, laughsHow);
    w.file("bombs/billion-laughs.docx", Bombs.laughsDocx(laughs), Expect.ANY,
        laughsHow + " in word/document.xml");
    w.file("bombs/billion-laughs.xlsx", Bombs.laughsXlsx(laughs), Expect.ANY,
        laughsHow + " in xl/sharedStrings.xml");
    w.file("bombs/xxe-passwd.xml", Zips.utf8(Bombs.xxeXml("file:///etc/passwd")), Expect.ANY,
        "external entity file:///etc/passwd: its content must not reach the output");
    w.file("bombs/xxe-canary.xml", Zips.utf8(Bombs.xxeXml(canaryUri)), Expect.ANY,
        "external entity pointing at the canary outside the corpus: must find nothing");
    w.file("bombs/xxe-canary-dtd.xml", Zips.utf8(Bombs.xxeDtdXml(canaryUri)), Expect.ANY,
        "external DTD pointing at the canary: must find nothing");
    w.file("bombs/xxe-canary.docx", Bombs.xxeDocx(canaryUri), Expect.ANY,
        "external entity in word/document.xml pointing at the canary: must find nothing");
    w.stream("bombs/huge-stream.pdf", out -> Bombs.pdf(out, sizes.pdfBytes()), Expect.ANY,
        "one FlateDecode content stream of " + megabytes(sizes.pdfBytes()) + " of text operators");
    w.stream("bombs/deep-divs.html", out -> Bombs.deepHtml(out, sizes.htmlDepth()),
        Expect.FOUND_OR_PROBLEM, sizes.htmlDepth() + " nested <div>s");
    w.stream("bombs/deep-groups.rtf", out -> Bombs.deepRtf(out, sizes.rtfDepth()),
        Expect.FOUND_OR_PROBLEM, sizes.rtfDepth() + " nested RTF groups");
    Random rows = random("csv");
    w.stream("bombs/people.csv", out -> Bombs.peopleCsv(out, sizes.csvRows(), rows), Expect.FOUND,
        sizes.csvRows() + " rows of fake names, emails and phones");
  }

  /**
   * Whether a finding in this file means data leaked in from outside the corpus (an XXE that
   * was resolved, a link out of the folder that was followed).
   */
  public static boolean mustFindNothing(String relativePath) {
    return relativePath.startsWith("bombs/xxe-") || relativePath.equals("special/escape");
  }

  static String megabytes(long bytes) {
    return bytes >= (1L << 30) && bytes % (1L << 30) == 0 ? (bytes >> 30) + " GiB"
        : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }

  /**
   * A digest of everything generated: the manifest, then each regular file's path and content
   * and each link's target, in byte order of the paths (FIFOs and sockets are never opened).
   */
  public static String digest(Path out) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    sha.update(Files.readAllBytes(out.resolve(Manifest.FILE_NAME)));
    Path corpus = out.resolve(CORPUS);
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(corpus)) {
      paths = walk.sorted().toList();
    }
    byte[] buffer = new byte[1 << 16];
    for (Path p : paths) {
      sha.update(Zips.utf8(corpus.relativize(p).toString() + "\0"));
      if (Files.isSymbolicLink(p)) {
        sha.update(Zips.utf8("-> " + Files.readSymbolicLink(p)));
      } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.isReadable(p)) {
        try (InputStream in = Files.newInputStream(p)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
          }
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
