package dev.shirabe.report;

import dev.shirabe.vocabulary.FindingRecord;

/**
 * A row of a scan's output: a finding, or a file or part the scan could not read. The two share
 * one CSV sheet (a filter on {@code problem} shows what the scan could not read) and one JSON
 * Lines stream (a problem told by its {@code record} field), so they share one layout.
 */
sealed interface ScanRow {

  /** A finding. */
  record Found(FindingRecord record) implements ScanRow {}

  /** A file or part that could not be read, or a path not scanned. */
  record Unread(Problem problem) implements ScanRow {}
}
