package dev.shirabe.report.rows;

/** How a column is shown, and in which formats. */
public enum Style {
  /** Text, left-aligned, in every format. */
  TEXT,
  /** A count, right-aligned, in every format. */
  NUMBER,
  /**
   * A path (or a reason, read whole): last in the terminal table, where its length does not
   * push the rest apart; the last such column is never cut there.
   */
  PLACE,
  /** In CSV and HTML only: an id whose label the terminal table shows, a long text. */
  DETAIL,
  /**
   * Text in the terminal table and CSV that the HTML page tells once, in a legend under the
   * table, instead of in every row (the purposes' texts).
   */
  LEGEND,
  /**
   * In CSV only: an id whose label another column shows, or a field a terminal has no room
   * for; left out of the terminal table and of the HTML page (which must fit a 1280-px window).
   */
  CSV_ONLY,
  /** In the terminal table only: a cell made for eyes (a label, a place joined, a flag mark). */
  TABLE_ONLY;

  /** Whether the terminal table shows a column of this style. */
  public boolean inTable() {
    return this != DETAIL && this != CSV_ONLY;
  }

  /** Whether CSV shows a column of this style. */
  public boolean inCsv() {
    return this != TABLE_ONLY;
  }

  /** Whether the HTML table shows a column of this style. */
  public boolean inHtml() {
    return this != LEGEND && this != CSV_ONLY && this != TABLE_ONLY;
  }
}
