package dev.shirabe.report;

import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Criterion;
import dev.shirabe.subject.SubjectReport;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the subject report's formats say alike: the request, counts per type. */
final class SubjectTexts {

  private SubjectTexts() {}

  /** "name 山田 **, email t***@example.jp": masked unless revealed. */
  static String request(SubjectReport report, boolean reveal) {
    return report.query().criteria().stream()
        .map(c -> c.kind().label() + " " + value(c, reveal))
        .collect(Collectors.joining(", "));
  }

  static String value(Criterion c, boolean reveal) {
    return reveal ? c.value().strip() : c.masked();
  }

  /** The subject's findings per type, over all places, in type order. */
  static Map<String, Integer> perType(SubjectReport report) {
    Map<String, Integer> counts = new TreeMap<>();
    report.places().forEach(p -> p.findings().forEach(f -> counts.merge(f.type(), 1, Integer::sum)));
    return counts;
  }

  static String perTypeLine(SubjectReport report) {
    return perType(report).entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** The excerpt to show: only revealed, only when the inventory kept one. */
  static String excerpt(StoredFinding f, boolean reveal) {
    return reveal && f.excerpt() != null ? f.excerpt() : null;
  }
}
