package dev.shirabe.detect.names.training;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.evaluation.GoldDocument;
import dev.shirabe.evaluation.GoldSet;
import dev.shirabe.evaluation.GoldSpan;
import dev.shirabe.vocabulary.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Every PERSON the detectors found that no gold name overlaps (with its confidence) and every
 * gold name none of them overlaps, in a little context: what a trainer's {@code
 * -Dmismatches=true} lists for the validation fold, all of them where the evaluation report keeps
 * a sample. Raw text: only for the shared corpora, which are public.
 */
final class ValidationMismatches {

  private ValidationMismatches() {}

  /**
   * @param context chars shown each side of a span (fewer for Japanese, whose chars say more)
   */
  static void print(GoldSet gold, DetectorSet detectors, int context) throws IOException {
    for (GoldDocument document : gold.documents()) {
      String text = gold.text(document);
      List<GoldSpan> persons = document.entities().stream()
          .filter(s -> s.type().equals("PERSON")).toList();
      List<Finding> found = detectors.detect(text).stream()
          .filter(f -> f.type().name().equals("PERSON")).toList();
      for (Finding f : found) {
        if (persons.stream().noneMatch(g -> g.start() < f.end() && f.start() < g.end())) {
          System.out.printf(Locale.ROOT, "FP %.2f %s%n", f.confidence(),
              around(text, f.start(), f.end(), context));
        }
      }
      for (GoldSpan g : persons) {
        if (found.stream().noneMatch(f -> g.start() < f.end() && f.start() < g.end())) {
          System.out.println("FN " + around(text, g.start(), g.end(), context));
        }
      }
    }
  }

  private static String around(String text, int start, int end, int context) {
    return (text.substring(Math.max(0, start - context), start) + "[" + text.substring(start, end)
        + "]" + text.substring(end, Math.min(text.length(), end + context))).replace('\n', ' ');
  }
}
