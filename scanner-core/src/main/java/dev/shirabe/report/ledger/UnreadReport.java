package dev.shirabe.report.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The places the inventory could not look into ({@link Holdings#unread}): what it holds there
 * is unknown, so "nothing found" elsewhere does not cover them. Immutable.
 *
 * @param generated when it was made
 * @param entries failed files first, then partly read ones, then skipped paths; each by file
 *     and part
 * @param files files the inventory holds under the paths asked about, read or not
 */
public record UnreadReport(Instant generated, List<UnreadEntry> entries, long files) {

  public UnreadReport {
    entries = List.copyOf(entries);
  }

  /** The distinct files that could not be read whole (failed or partial). */
  public long unreadFiles() {
    return entries.stream().filter(e -> e.status() != UnreadEntry.Status.SKIPPED)
        .map(UnreadEntry::file).distinct().count();
  }

  /** The paths not read on purpose. */
  public long skipped() {
    return entries.stream().filter(e -> e.status() == UnreadEntry.Status.SKIPPED).count();
  }
}
