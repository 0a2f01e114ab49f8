package dev.shirabe.report;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.SubjectReport;
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

  static void write(SubjectReport report, OutputStream stream, boolean reveal, Policy labels)
      throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    // Paths, members' names, subjects and excerpts came from files: shown escaped (SafeText).
    out.println("Subject: " + SafeText.escape(SubjectTexts.request(report, reveal)));
    out.println();
    for (Place place : report.places()) {
      out.println(SafeText.escape(place.label()));
      for (Link link : place.links()) {
        out.println("  linked by " + SafeText.escape(link.describe()));
      }
      for (StoredFinding f : place.findings()) {
        // By the policy's labels, as the disclosure report names them; JSON Lines has the ids.
        String category = f.category() == null ? "(no stated purpose)"
            : PolicyLabels.category(labels, f.category()) + (f.purposes().isEmpty() ? ""
                : ": " + f.purposes().stream()
                    .map(p -> PolicyLabels.purpose(labels, f.category(), p))
                    .collect(Collectors.joining(", ")));
        out.println("    " + TableWriter.pad(f.type(), 14)
            + TableWriter.pad(SafeText.escape(f.masked()), 28) + SafeText.escape(category));
        String excerpt = SubjectTexts.excerpt(f, reveal);
        if (excerpt != null) {
          out.println("      … " + SafeText.escape(excerpt.replaceAll("\\s+", " ").strip()) + " …");
        }
      }
      out.println();
    }
    out.println(String.format(Locale.ROOT, "Places: %d in %d files; the subject's findings: %d%s",
        report.places().size(), report.fileCount(), report.findingCount(),
        report.found() ? " (" + SubjectTexts.perTypeLine(report) + ")" : ""));
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
    out.println("Searched " + report.findingsSearched() + " findings at " + report.generated());
    out.flush();
  }
}
