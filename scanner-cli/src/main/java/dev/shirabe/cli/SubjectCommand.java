package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.report.SafeText;
import dev.shirabe.report.SubjectFormat;
import dev.shirabe.subject.QueryKeys;
import dev.shirabe.subject.SubjectLookup;
import dev.shirabe.subject.SubjectQuery;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseId;
import dev.shirabe.subject.cases.CaseLog;
import dev.shirabe.subject.cases.CasePlace;
import dev.shirabe.subject.cases.CaseRun;
import dev.shirabe.subject.cases.CaseTracker;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.Exclusions;
import dev.shirabe.subject.cases.PlaceChange;
import dev.shirabe.subject.cases.RevealedValues;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code shirabe subject}: everything the inventory holds about one person. */
@Command(
    name = "subject",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every file and part that holds data about a person (a disclosure request,"
          + " 開示等の請求), from the inventory a scan keeps: the types held there, their category"
          + " and purposes, masked values, and how each place was linked.",
      "Names match across kanji with or without spaces, katakana, hiragana, half-width kana and"
          + " romaji in either order (山田太郎 = ヤマダ タロウ = Yamada Taro = Taro Yamada);"
          + " phone numbers in any form; emails in any case.",
      "An email or phone number found beside the name is looked up too, and so is the name"
          + " beside a found email or phone: one step only, and a correlated email or phone"
          + " links no place where it stands beside another person's name; a name found so is"
          + " followed only when it is a full name (a surname alone, 山田様, would find every"
          + " namesake).",
      "",
      "With --case ID, each run is logged in the inventory (cases/ID.jsonl, owner-only, keyed"
          + " hashes and masked values only), and lists what became of the places earlier runs of"
          + " the case listed: deleted, missing, changed or unchanged, as the inventory sees them"
          + " now (rescan first). Given with no criteria, --case ID shows that alone.",
      "",
      "Exit codes: 0 nothing held about the person; 1 data found (or, for a case, still held in"
          + " a place listed before); 2 usage error (no criteria, a criterion that cannot be"
          + " read, no inventory or key, an --exclude that names no place, a case with no log);"
          + " also 2 when the inventory cannot be used: written with another key, an empty"
          + " folder, not an inventory, half-written, damaged, or no scan finished on it.",
    },
    footer = {
      "",
      "Examples:",
      "  shirabe scan share/ --index inv --key-file inv.key",
      "  shirabe subject --name \"山田 太郎\" --index inv --key-file inv.key",
      "  shirabe subject --name \"Taro Yamada\" --email taro@example.jp --phone 03-1234-5678 \\",
      "      --index inv --key-file inv.key --format html --output 開示_山田.html",
      "  shirabe subject --case C1 --name \"山田 太郎\" --exclude P3f9a2c1b07 --zone Asia/Tokyo \\",
      "      --policy company.policy --index inv --key-file inv.key --format html -o C1.html",
      "  shirabe scan share/ --index inv --key-file inv.key    # after the deletion",
      "  shirabe subject --case C1 --index inv --key-file inv.key",
    },
    sortOptions = false)
final class SubjectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--name", paramLabel = "NAME", description = "The person's name, in any script (repeatable).")
  List<String> names = new ArrayList<>();

  @Option(names = "--email", paramLabel = "EMAIL", description = "An email address (repeatable).")
  List<String> emails = new ArrayList<>();

  @Option(names = "--phone", paramLabel = "PHONE", description = "A phone number; Japanese unless it starts with + (repeatable).")
  List<String> phones = new ArrayList<>();

  @Option(names = "--address", paramLabel = "ADDRESS",
      description = "A postal address down to its block numbers (repeatable).")
  List<String> addresses = new ArrayList<>();

  @Mixin KeptInventory inventory;

  @Mixin KeyFileOption key;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table, jsonl (one place per line) or html (the disclosure report, one"
          + " self-contained page in Japanese and English). Default: ${DEFAULT-VALUE}.")
  SubjectFormat format;

  @Mixin OutputFile output;

  @Mixin LabelPolicy policy;

  @Option(
      names = "--reveal",
      description = "Show the request as typed, the actual values (each file read again: the"
          + " inventory keeps none; a file gone or changed since the scan says so and shows"
          + " none), and the excerpts the inventory keeps (scan --store-excerpts). Without it,"
          + " only masked values are written.")
  boolean reveal;

  @Option(
      names = "--case",
      paramLabel = "ID",
      description = "The disclosure case (letters, digits, - _ .): put on the output, and the"
          + " run logged in the inventory's cases/ID.jsonl, so that a later run shows which"
          + " places listed before have since been deleted or changed.")
  String caseId;

  @Option(
      names = "--exclude",
      paramLabel = "PLACE",
      description = "Leave out a place a review found to be a namesake's: its id (P…), its"
          + " 'file ▸ part' or its file, as the output lists them (repeatable). In a case, it"
          + " stays excluded in later runs.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "The time zone times are shown in, with their offset (Asia/Tokyo, UTC,"
          + " +09:00). Default: the machine's.")
  ZoneId zone;

  @Override
  public Integer call() throws Exception {
    SubjectQuery query = SubjectQuery.of(names, emails, phones, addresses);
    if (query.isEmpty() && caseId == null) {
      throw new ParameterException(spec.commandLine(),
          "Nothing to look up: give --name, --email, --phone or --address (or --case ID to"
              + " follow a case up).");
    }
    CaseLog log = null;
    if (caseId != null) {
      try {
        log = CaseLog.of(inventory.folder(), CaseId.check(caseId));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--case: " + e.getMessage());
      }
    }
    if (query.isEmpty() && !log.exists()) {
      throw new ParameterException(spec.commandLine(), "No case " + caseId + " in "
          + inventory.folder() + ": give the person's --name, --email, --phone or --address"
          + " to start it.");
    }
    if (query.isEmpty() && !excludes.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--exclude names places of a lookup: give the person's criteria too.");
    }
    ZoneId shownZone = zone != null ? zone : ZoneId.systemDefault();
    Policy labels = policy.load(spec);
    KeyedHasher hasher = key.load(spec, inventory.env());
    SubjectReport report;
    CaseView view;
    CaseRun run = null;
    // The inventory must say it was written with this key: with another, every lookup would
    // miss and the answer would be "nothing held".
    try (InventorySearcher searcher = inventory.open(hasher)) {
      CaseTracker tracker = new CaseTracker(searcher, hasher);
      List<CaseRun> earlier = log == null ? List.of() : log.read();
      Set<String> excludedBefore = CaseTracker.excludedBefore(earlier);
      if (query.isEmpty()) {
        report = new SubjectReport(query, List.of(), List.of(), List.of(), 0, Instant.now(),
            searcher.findingCount());
      } else {
        SubjectLookup lookup = new SubjectLookup(searcher, hasher, new QueryKeys());
        try {
          report = lookup.lookup(query);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "Cannot look up " + e.getMessage() + ".");
        }
      }
      Exclusions.Split split;
      try {
        split = Exclusions.split(report.places(), excludes, excludedBefore, tracker);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      report = new SubjectReport(report.query(), split.kept(), report.followed(),
          report.notFollowed(), report.leftOut(), report.generated(), report.findingsSearched());
      List<String> ids = new ArrayList<>();
      for (var place : report.places()) {
        ids.add(tracker.id(place));
      }
      List<PlaceChange> since = log == null ? List.of() : tracker.since(earlier,
          union(excludedBefore, split.excluded().stream().map(tracker::id).toList()));
      List<RevealedValues.Revealed> revealed = List.of();
      if (reveal && report.found()) {
        try (TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULTS)) {
          revealed = new RevealedValues(searcher, extractor).read(report.places());
        }
      }
      // A follow-up looks nothing up: it says how many places the case has excluded so far.
      int excludedCount = query.isEmpty() ? excludedBefore.size() : split.excluded().size();
      view = new CaseView(caseId, shownZone, ids, excludedCount, since, revealed);
      if (log != null) {
        List<CasePlace> places = new ArrayList<>();
        for (var place : report.places()) {
          places.add(tracker.logged(place));
        }
        List<CasePlace> excluded = new ArrayList<>();
        for (var place : split.excluded()) {
          excluded.add(tracker.logged(place));
        }
        run = new CaseRun(caseId, report.generated().atZone(shownZone).toOffsetDateTime(),
            query.criteria().stream().map(c -> c.kind().label() + " " + c.masked()).toList(),
            places, excluded, since);
      }
    }
    try (OutputStream out = output.open()) {
      format.write(report, out, reveal, labels, view);
    }
    if (run != null) { // logged once the answer is written: a run that failed proves nothing
      log.append(run);
    }
    if (format != SubjectFormat.TABLE || output.isFile()) {
      spec.commandLine().getErr().println(String.format(Locale.ROOT,
          "%s%d places in %d files hold %d items of data about the person (%d findings searched)",
          caseId == null ? "" : "case " + caseId + ": ",
          report.places().size(), report.fileCount(), report.findingCount(), report.findingsSearched()));
      if (view.excluded() > 0) {
        spec.commandLine().getErr().println(view.excluded()
            + (view.excluded() == 1 ? " place" : " places") + " excluded as a namesake's");
      }
      if (!view.since().isEmpty()) {
        long held = view.since().stream().filter(PlaceChange::stillHeld).count();
        spec.commandLine().getErr().println(String.format(Locale.ROOT,
            "%d places listed before by case %s: %d still hold the person's data", view.since().size(),
            caseId, held));
      }
      if (format == SubjectFormat.JSONL) { // the lines are places: say here what was not followed
        report.notFollowed().forEach(r ->
            spec.commandLine().getErr().println("not followed: " + SafeText.escape(r)));
      }
    }
    boolean stillHeld = view.since().stream().anyMatch(PlaceChange::stillHeld);
    return report.found() || stillHeld ? Main.FOUND : Main.NOTHING_FOUND;
  }

  /**
   * For {@code subject --name}, starts loading what reading a name needs before picocli reads
   * the command line ({@link QueryKeys#preload}): a look-up's start is then the longer of the
   * two, not their sum. Only a hint read from the raw arguments: picocli still decides what
   * they mean, and a run they mislead loads the name dictionaries for nothing or later.
   */
  static void startEarly(String[] args) {
    if (args.length > 0 && args[0].equals("subject")) {
      for (String arg : args) {
        if (arg.equals("--name") || arg.startsWith("--name=")) {
          QueryKeys.preload();
          return;
        }
      }
    }
  }

  private static Set<String> union(Set<String> a, List<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** A zone by its id (Asia/Tokyo), UTC, or an offset (+09:00). */
  static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value.strip());
      } catch (DateTimeException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a time zone"
            + " (Asia/Tokyo, UTC, +09:00)");
      }
    }
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter extends FormatNames<SubjectFormat> {
    FormatConverter() {
      super(SubjectFormat.class);
    }
  }
}
