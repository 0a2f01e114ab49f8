package dev.shirabe.bench;

import dev.shirabe.detect.text.Romaji;
import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventoryWriter;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.NameForm;
import dev.shirabe.inventory.PartEntry;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.inventory.SubjectKeys;
import dev.shirabe.pipeline.PeakHeap;
import dev.shirabe.subject.Criterion;
import dev.shirabe.subject.QueryKeys;
import dev.shirabe.subject.SubjectLookup;
import dev.shirabe.subject.SubjectQuery;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Masking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How fast a subject lookup answers on a large inventory: builds one of synthetic findings
 * through the real {@link InventoryWriter} (customer lists of 20 rows, each row a person's
 * name, email, phone, date of birth and address; every person in two lists; every list also
 * holding the company switchboard number, which correlation must not follow), then times
 * lookups by every kind of criterion and name variant through {@link SubjectLookup} on an
 * {@link InventorySearcher}, as {@code shirabe subject} runs them. Not a test: it reports
 * figures ({@code shirabe bench lookup}).
 */
public final class LookupBenchmark {

  /** Surnames and given names with their readings, combined into the synthetic people. */
  private static final String[][] SURNAMES = pairs(
      "山田ヤマダ 佐藤サトウ 鈴木スズキ 高橋タカハシ 田中タナカ 伊藤イトウ 渡辺ワタナベ 中村ナカムラ 小林コバヤシ 加藤カトウ "
          + "吉田ヨシダ 山本ヤマモト 松本マツモト 井上イノウエ 木村キムラ 林ハヤシ 清水シミズ 山口ヤマグチ 森モリ 池田イケダ "
          + "橋本ハシモト 阿部アベ 石川イシカワ 山崎ヤマザキ 中島ナカジマ 前田マエダ 藤田フジタ 小川オガワ 後藤ゴトウ 岡田オカダ "
          + "長谷川ハセガワ 村上ムラカミ 近藤コンドウ 石井イシイ 斎藤サイトウ 坂本サカモト 遠藤エンドウ 青木アオキ 藤井フジイ 西村ニシムラ");
  private static final String[][] GIVEN = pairs(
      "太郎タロウ 花子ハナコ 一郎イチロウ 健ケン 誠マコト 翔太ショウタ 美咲ミサキ 陽子ヨウコ 大輔ダイスケ 直樹ナオキ "
          + "由美ユミ 恵子ケイコ 浩ヒロシ 学マナブ 彩アヤ 拓也タクヤ 愛アイ 修オサム 香織カオリ 剛ツヨシ "
          + "裕子ユウコ 和也カズヤ 真由美マユミ 隆タカシ 明美アケミ 茂シゲル 智子トモコ 亮リョウ 舞マイ 哲也テツヤ "
          + "奈々ナナ 優ユウ 洋子ヨウコ 聡サトシ 綾アヤ 翼ツバサ 千尋チヒロ 悟サトル 瞳ヒトミ 豊ユタカ");

  /** Rows per list unless told otherwise: a list of 20 people per file. */
  public static final int ROWS_PER_LIST = 20;
  private static final String SWITCHBOARD = "+81355550000";

  /** The figures of one run. */
  public record Result(
      long findings,
      int files,
      double buildSeconds,
      long indexBytes,
      double analyserStartMillis,
      double firstMillis,
      double reopenedFirstMillis,
      double medianMillis,
      double p95Millis,
      double maxMillis,
      double medianCpuMillis,
      double p95CpuMillis,
      int lookups,
      double placesPerLookup,
      List<String> kinds,
      double[] medianMillisPerKind,
      double peakHeapMegabytes) {}

  /** The criteria the lookups rotate over, in {@link #query} order. */
  public static final List<String> KINDS = List.of(
      "kanji name", "kana name", "romaji name", "email", "phone", "name + email");

  private final int findings;
  private final int lookups;
  private final long seed;
  private final int rowsPerList;

  /**
   * @param findings about how many findings to build (rounded to whole lists)
   * @param lookups how many timed lookups after the first
   */
  public LookupBenchmark(int findings, int lookups, long seed) {
    this(findings, lookups, seed, ROWS_PER_LIST);
  }

  /** @param rowsPerList people per list (each list one file of one part) */
  public LookupBenchmark(int findings, int lookups, long seed, int rowsPerList) {
    if (findings < 1000 || lookups < 1 || rowsPerList < 1 || rowsPerList * 5 > findings / 2) {
      throw new IllegalArgumentException("at least 1000 findings, one lookup, and two lists");
    }
    this.findings = findings;
    this.lookups = lookups;
    this.seed = seed;
    this.rowsPerList = rowsPerList;
  }

  /** Builds the inventory in {@code folder} (which must be empty or missing) and times lookups. */
  public Result run(Path folder) throws IOException {
    KeyedHasher hasher = KeyedHasher.withKey("lookup-benchmark-key-0123456789ab".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    int perRow = 5;
    int rows = Math.max(rowsPerList, findings / perRow / rowsPerList * rowsPerList);
    int people = rows / 2;
    int files = rows / rowsPerList;
    long start = System.nanoTime();
    long written = 0;
    try (InventoryWriter writer = InventoryWriter.open(folder)) {
      for (int file = 0; file < files; file++) {
        String path = String.format(Locale.ROOT, "/share/顧客/%04d/顧客リスト%05d.csv", file / 100, file);
        List<StoredFinding> stored = new ArrayList<>();
        stored.add(finding(hasher, path, FindingType.PHONE, "03-5555-0000", SWITCHBOARD, 0));
        for (int r = 0; r < rowsPerList; r++) {
          int row = file * rowsPerList + r;
          stored.addAll(row(hasher, path, personOfRow(row, people), 40 + r * 120));
        }
        written += stored.size();
        writer.replaceFile(new FileEntry(path, 4096, 0, "0".repeat(64), 0, null, 1, stored.size()),
            List.of(new PartEntry(path, "", "", "ja", stored.size())), stored);
        if (file % 500 == 499) {
          writer.commit();
        }
      }
      writer.commit();
    }
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    long bytes;
    try (Stream<Path> all = Files.list(folder)) {
      bytes = all.mapToLong(p -> p.toFile().length()).sum();
    }

    Random random = new Random(seed);
    long analyserStart = System.nanoTime();
    QueryKeys keys = new QueryKeys();
    keys.keys(new Criterion(Criterion.Kind.NAME, "鈴木一郎")); // loads Kuromoji's dictionaries
    double analyserMillis = (System.nanoTime() - analyserStart) / 1e6;
    double first;
    double[] times = new double[lookups];
    double[] cpu = new double[lookups];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    List<List<Double>> perKind = new ArrayList<>();
    KINDS.forEach(k -> perKind.add(new ArrayList<>()));
    long places = 0;
    try (InventorySearcher searcher = InventorySearcher.open(folder)) {
      SubjectLookup lookup = new SubjectLookup(searcher, hasher, keys);
      first = time(lookup, query(random.nextInt(people), 0));
      for (int i = 0; i < lookups; i++) {
        SubjectQuery q = query(random.nextInt(people), i);
        long c = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        places += lookup.lookup(q).places().size();
        times[i] = (System.nanoTime() - t) / 1e6;
        cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        perKind.get(i % KINDS.size()).add(times[i]);
      }
    }
    double reopened;
    try (InventorySearcher searcher = InventorySearcher.open(folder)) {
      reopened = time(new SubjectLookup(searcher, hasher, keys), query(random.nextInt(people), 1));
    }
    Arrays.sort(times);
    Arrays.sort(cpu);
    double[] kindMedians = new double[KINDS.size()];
    for (int k = 0; k < KINDS.size(); k++) {
      double[] sorted = perKind.get(k).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      kindMedians[k] = sorted.length == 0 ? Double.NaN : percentile(sorted, 0.5);
    }
    return new Result(written, files, buildSeconds, bytes, analyserMillis, first, reopened,
        percentile(times, 0.5), percentile(times, 0.95), times[times.length - 1],
        percentile(cpu, 0.5), percentile(cpu, 0.95), lookups,
        places / (double) lookups, KINDS, kindMedians, PeakHeap.megabytes());
  }

  private static double time(SubjectLookup lookup, SubjectQuery query) throws IOException {
    long t = System.nanoTime();
    lookup.lookup(query);
    return (System.nanoTime() - t) / 1e6;
  }

  /** Rows are spread so that each person stands in two lists far apart. */
  private static int personOfRow(int row, int people) {
    return (int) ((long) row * 7919 % people);
  }

  private static String[] name(int person) {
    String[] surname = SURNAMES[person % SURNAMES.length];
    String[] given = GIVEN[(person / SURNAMES.length) % GIVEN.length];
    return new String[] {surname[0], given[0], surname[1], given[1]};
  }

  private static String email(int person) {
    return "user" + person + "@example.jp";
  }

  private static String phone(int person) {
    return String.format(Locale.ROOT, "+8190%08d", person);
  }

  /** One criterion, rotating over every kind and name variant. */
  private static SubjectQuery query(int person, int i) {
    String[] n = name(person);
    String romaji = capital(Romaji.of(n[3])) + " " + capital(Romaji.of(n[2]));
    return switch (i % 6) {
      case 0 -> SubjectQuery.of(List.of(n[0] + n[1]), List.of(), List.of(), List.of());
      case 1 -> SubjectQuery.of(List.of(n[2] + " " + n[3]), List.of(), List.of(), List.of());
      // 2 romaji, 3 email, 4 phone, 5 a spaced kanji name with the email: KINDS' order
      case 2 -> SubjectQuery.of(List.of(romaji), List.of(), List.of(), List.of());
      case 3 -> SubjectQuery.of(List.of(), List.of(email(person)), List.of(), List.of());
      case 4 -> SubjectQuery.of(List.of(), List.of(), List.of("090-" + phone(person).substring(5, 9)
          + "-" + phone(person).substring(9)), List.of());
      default -> SubjectQuery.of(List.of(n[0] + " " + n[1]), List.of(email(person)), List.of(), List.of());
    };
  }

  private static List<StoredFinding> row(KeyedHasher hasher, String file, int person, int at) {
    String[] n = name(person);
    String written = n[0] + " " + n[1];
    String reading = n[2] + " " + n[3];
    String romaji = Romaji.of(reading);
    List<StoredFinding> row = new ArrayList<>(5);
    row.add(finding(hasher, file, FindingType.PERSON, n[0] + n[1], reading + "|" + romaji + "|" + written, at));
    row.add(finding(hasher, file, FindingType.EMAIL, email(person), email(person), at + 10));
    row.add(finding(hasher, file, FindingType.PHONE, "090-" + phone(person).substring(5), phone(person), at + 40));
    row.add(finding(hasher, file, FindingType.DATE_OF_BIRTH, "1985年4月1日", "1985-04-01", at + 60));
    row.add(finding(hasher, file, FindingType.ADDRESS, "東京都千代田区丸の内" + (person % 9 + 1) + "-2-3",
        "東京都|千代田区|丸の内|" + (person % 9 + 1) + "-2-3||", at + 75));
    return row;
  }

  private static StoredFinding finding(KeyedHasher hasher, String file, FindingType type, String text,
      String normalized, int at) {
    dev.shirabe.vocabulary.Finding f = new dev.shirabe.vocabulary.Finding(type, null, at, at + text.length(),
        text, normalized, 0.9, "synthetic");
    List<String> subjects = new ArrayList<>();
    for (String key : SubjectKeys.of(f)) {
      subjects.add(hasher.hash(key));
    }
    return new StoredFinding(file, "", type.name(), null, hasher.hash(type + ":" + normalized), subjects,
        Masking.mask(type, text), null, f.start(), f.end(), 0.9, "synthetic", "ja", null, List.of(),
        List.of(), 0L, List.of(), type == FindingType.PERSON ? NameForm.of(normalized) : null);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }



  private static String[][] pairs(String list) {
    return Stream.of(list.split(" ")).map(LookupBenchmark::split).toArray(String[][]::new);
  }

  /** "山田ヤマダ" → {"山田", "ヤマダ"}: the kanji, then their reading. */
  private static String[] split(String entry) {
    int k = 0;
    while (k < entry.length() && !dev.shirabe.detect.text.Kana.isKatakana(entry.charAt(k))) {
      k++;
    }
    return new String[] {entry.substring(0, k), entry.substring(k)};
  }

}
