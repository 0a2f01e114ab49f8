package dev.shirabe.report;

import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Criterion;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.PlaceChange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

  /** A time in the zone, with its offset: 2026-12-06 09:30:00 +09:00. */
  static String time(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }

  /** A logged time (ISO 8601 with offset) in the zone, as {@link #time(Instant, ZoneId)}. */
  static String time(String logged, ZoneId zone) {
    try {
      return time(OffsetDateTime.parse(logged).toInstant(), zone);
    } catch (java.time.format.DateTimeParseException e) {
      return logged;
    }
  }

  /** "1 place excluded as a namesake's". */
  static String excluded(CaseView view) {
    return view.excluded() + (view.excluded() == 1 ? " place" : " places")
        + " excluded as a namesake's (--exclude)";
  }

  /** Whether the places earlier runs listed still hold the person's data, in one line. */
  static String sinceLine(CaseView view) {
    long held = view.since().stream().filter(PlaceChange::stillHeld).count();
    return view.since().size() + (view.since().size() == 1 ? " place" : " places")
        + " listed before, " + held + " still holding the person's data";
  }

  /** The excerpt to show: only revealed, only when the inventory kept one. */
  static String excerpt(StoredFinding f, boolean reveal) {
    return reveal && f.excerpt() != null ? f.excerpt() : null;
  }
}
