package dev.shirabe.report.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The personal-information ledger (個人情報管理台帳): per location and category, what is held,
 * under which purposes, about how many people, since when. Immutable.
 *
 * @param generated when it was made
 * @param entries the rows with a stated purpose, then those with none ({@link Holdings#ledger})
 * @param totals over all rows
 * @param unpurposedFindings findings held with no stated purpose
 * @param unreadableFiles files the inventory holds that could not be read (their data unknown)
 */
public record Ledger(Instant generated, List<LedgerEntry> entries, Totals totals,
    long unpurposedFindings, long unreadableFiles) {

  public Ledger {
    entries = List.copyOf(entries);
  }
}
