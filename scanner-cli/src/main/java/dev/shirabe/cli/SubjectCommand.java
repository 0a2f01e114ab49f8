package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.report.SafeText;
import dev.shirabe.report.SubjectFormat;
import dev.shirabe.subject.QueryKeys;
import dev.shirabe.subject.SubjectLookup;
import dev.shirabe.subject.SubjectQuery;
import dev.shirabe.subject.SubjectReport;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
      "Exit codes: 0 nothing held about the person; 1 data found; 2 usage error (no criteria,"
          + " a criterion that cannot be read, no inventory or key); also 2 when the inventory"
          + " cannot be used: written with another key, an empty folder, not an inventory,"
          + " half-written, damaged, or no scan finished on it.",
    },
    footer = {
      "",
      "Examples:",
      "  shirabe scan share/ --index inv --key-file inv.key",
      "  shirabe subject --name \"山田 太郎\" --index inv --key-file inv.key",
      "  shirabe subject --name \"Taro Yamada\" --email taro@example.jp --phone 03-1234-5678 \\",
      "      --index inv --key-file inv.key --format html --output 開示_山田.html",
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
      description = "Show the request as typed and the excerpts the inventory keeps (scan"
          + " --store-excerpts). Without it, only masked values are written.")
  boolean reveal;

  @Override
  public Integer call() throws Exception {
    SubjectQuery query = SubjectQuery.of(names, emails, phones, addresses);
    if (query.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Nothing to look up: give --name, --email, --phone or --address.");
    }
    Policy labels = policy.load(spec);
    KeyedHasher hasher = key.load(spec, inventory.env());
    SubjectReport report;
    // The inventory must say it was written with this key: with another, every lookup would
    // miss and the answer would be "nothing held".
    try (InventorySearcher searcher = inventory.open(hasher)) {
      SubjectLookup lookup = new SubjectLookup(searcher, hasher, new QueryKeys());
      try {
        report = lookup.lookup(query);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "Cannot look up " + e.getMessage() + ".");
      }
    }
    try (OutputStream out = output.open()) {
      format.write(report, out, reveal, labels);
    }
    if (format != SubjectFormat.TABLE || output.isFile()) {
      spec.commandLine().getErr().println(String.format(Locale.ROOT,
          "%d places in %d files hold %d items of data about the person (%d findings searched)",
          report.places().size(), report.fileCount(), report.findingCount(), report.findingsSearched()));
      if (format == SubjectFormat.JSONL) { // the lines are places: say here what was not followed
        report.notFollowed().forEach(r ->
            spec.commandLine().getErr().println("not followed: " + SafeText.escape(r)));
      }
    }
    return report.found() ? Main.FOUND : Main.NOTHING_FOUND;
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter extends FormatNames<SubjectFormat> {
    FormatConverter() {
      super(SubjectFormat.class);
    }
  }
}
