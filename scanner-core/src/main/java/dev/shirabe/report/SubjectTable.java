package dev.shirabe.report;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.PlaceChange;
import dev.shirabe.subject.cases.RevealedValues;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/** The subject report for a terminal: each place, how it was linked, the subject's findings. */
final class SubjectTable {

  private SubjectTable() {}

  static void write(SubjectReport report, OutputStream stream, boolean reveal, Policy labels,
      CaseView view) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    if (view.isCase()) {
      out.println("Case: " + SafeText.escape(view.caseId()));
    }
    // Paths, members' names, subjects and excerpts came from files: shown escaped (SafeText).
    if (!report.query().isEmpty()) {
      out.println("Subject: " + SafeText.escape(SubjectTexts.request(report, reveal)));
    }
    out.println("Generated: " + SubjectTexts.time(report.generated(), view.zone()));
    out.println();
    for (int i = 0; i < report.places().size(); i++) {
      Place place = report.places().get(i);
      String id = view.placeId(i);
      out.println((id == null ? "" : "[" + id + "] ") + SafeText.escape(place.label()));
      for (Link link : place.links()) {
        out.println("  linked by " + SafeText.escape(link.describe()));
      }
      RevealedValues.Revealed revealed = view.revealed(i);
      if (revealed != null && revealed.state() != RevealedValues.State.READ) {
        out.println("  values not shown: " + revealed.state().reason());
      }
      for (int j = 0; j < place.findings().size(); j++) {
        StoredFinding f = place.findings().get(j);
        // By the policy's labels, as the disclosure report names them; JSON Lines has the ids.
        String category = f.category() == null ? "(no stated purpose)"
            : PolicyLabels.category(labels, f.category()) + (f.purposes().isEmpty() ? ""
                : ": " + f.purposes().stream()
                    .map(p -> PolicyLabels.purpose(labels, f.category(), p))
                    .collect(Collectors.joining(", ")));
        String value = revealed == null ? null : revealed.value(j);
        out.println("    " + TerminalText.pad(f.type(), 14)
            + TerminalText.pad(SafeText.escape(value != null ? value : f.masked()), 28)
            + SafeText.escape(category));
        String excerpt = SubjectTexts.excerpt(f, reveal);
        if (excerpt != null) {
          out.println("      … " + SafeText.escape(excerpt.replaceAll("\\s+", " ").strip()) + " …");
        }
      }
      out.println();
    }
    if (!report.query().isEmpty()) {
      out.println(String.format(Locale.ROOT, "Places: %d in %d files; the subject's findings: %d%s",
        report.places().size(), report.fileCount(), report.findingCount(),
          report.found() ? " (" + SubjectTexts.perTypeLine(report) + ")" : ""));
    }
    for (Link link : report.followed()) {
      out.println("Followed: " + SafeText.escape(link.describe()));
    }
    for (String reason : report.notFollowed()) {
      out.println("Not followed: " + SafeText.escape(reason));
    }
    if (report.leftOut() > 0) {
      out.println("Left out: " + report.leftOut() + (report.leftOut() == 1 ? " place" : " places")
          + " where a correlated identifier stands beside another person's");
    }
    if (view.excluded() > 0 || view.isCase()) {
      out.println("Excluded: " + SubjectTexts.excluded(view));
    }
    if (!view.since().isEmpty()) {
      out.println();
      out.println("Since the earlier runs of case " + SafeText.escape(view.caseId()) + ": "
          + SubjectTexts.sinceLine(view));
      for (PlaceChange c : view.since()) {
        out.println("  " + TerminalText.pad(c.status().label(), 10) + "[" + c.place().id() + "] "
            + SafeText.escape(c.place().label()) + " (listed "
            + SubjectTexts.time(c.listed(), view.zone()) + "): " + c.describe());
      }
    }
    out.println("Searched " + report.findingsSearched() + " findings at "
        + SubjectTexts.time(report.generated(), view.zone()));
    out.flush();
  }
}
