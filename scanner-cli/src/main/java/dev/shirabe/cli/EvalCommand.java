package dev.shirabe.cli;

import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.names.training.PersonModelSplit;
import dev.shirabe.evaluation.CategoryEvaluation;
import dev.shirabe.evaluation.CategoryReport;
import dev.shirabe.evaluation.Evaluation;
import dev.shirabe.evaluation.EvaluationReport;
import dev.shirabe.evaluation.GoldSet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shirabe eval DIR}: precision, recall and F1 per type against a labelled folder. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the detectors over the text files of DIR that DIR/gold.jsonl labels and prints"
          + " precision, recall and F1 per type. Only the types the gold file labels are"
          + " scored, unless --types names them. A prediction is right when it overlaps a"
          + " gold span of the same type (each gold span counts once).",
      "Gold format: one line per file, {\"file\": ..., \"entities\": [{\"type\", \"start\","
          + " \"end\", \"text\"}]}, offsets in Java chars into the file's UTF-8 text; with"
          + " \"part\": a locator, into that part's extracted text, as in scan findings (for"
          + " mails, attachments, and files that are not UTF-8 text).",
    },
    sortOptions = false)
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A folder holding gold.jsonl and the files it labels.")
  Path dir;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "The gold file, when it is kept outside DIR (default: DIR/gold.jsonl).")
  Path gold;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Score only these types (comma-separated), e.g. EMAIL,PHONE.")
  List<String> types;

  @Option(names = "--mismatches",
      description = "Also list a sample of false positives and false negatives per type.")
  boolean mismatches;

  @Option(names = "--reveal",
      description = "Show the values of mismatches in clear (for public corpora); masked otherwise.")
  boolean reveal;

  @Option(names = "--held-out",
      description = "Score only the files the English person model was not trained on: those whose "
          + "number is a multiple of 5 (en_wnut17_person-0015.txt), as PersonModelTrainer splits "
          + "the shared corpora.")
  boolean heldOut;

  @Option(names = "--categories", paramLabel = "FILE",
      description = "Score the policy classification instead: FILE labels parts with their"
          + " category ({\"file\", \"part\", \"category\": id or null}); prints category"
          + " accuracy and the no-stated-purpose report's precision and recall.")
  Path categories;

  @Mixin PolicyOptions policy;

  @Override
  public Integer call() throws Exception {
    if (categories != null) {
      return categories();
    }
    Path goldFile = gold != null ? gold : dir.resolve(GoldSet.GOLD_FILE);
    if (!Files.isRegularFile(goldFile)) {
      throw new ParameterException(spec.commandLine(), "No gold file: " + goldFile);
    }
    GoldSet goldSet = GoldSet.read(dir, goldFile);
    if (heldOut) {
      goldSet = goldSet.only(PersonModelSplit::heldOut);
    }
    EvaluationReport report = Evaluation.run(goldSet, DetectorSet.standard(),
        types == null ? goldSet.labelledTypes() : upperCase(types));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %d files%n", dir, report.files());
    out.print(report.table());
    if (mismatches) {
      out.println();
      out.print(report.mismatches(reveal));
    }
    out.flush();
    return Main.NOTHING_FOUND;
  }

  private int categories() throws Exception {
    if (!Files.isRegularFile(categories)) {
      throw new ParameterException(spec.commandLine(), "No category labels: " + categories);
    }
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "No such folder: " + dir);
    }
    List<CategoryEvaluation.Label> labels = CategoryEvaluation.readLabels(categories);
    CategoryReport report;
    try (PolicyClassifier classifier = policy.classifier(spec)) {
      report = CategoryEvaluation.run(dir, labels, DetectorSet.standard(), classifier);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %d labelled parts%n", dir, labels.size());
    out.print(report.table());
    out.flush();
    return Main.NOTHING_FOUND;
  }

  private static Set<String> upperCase(List<String> names) {
    Set<String> set = new LinkedHashSet<>();
    names.forEach(n -> set.add(n.strip().toUpperCase(Locale.ROOT)));
    return set;
  }
}
