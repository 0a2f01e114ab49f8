/**
 * One writer pattern for every output format. A {@link dev.shirabe.report.rows.RowLayout}
 * says what a record of some type shows: named columns, each with a value function (for the
 * terminal table, CSV and HTML), and the fields of its JSON object (for JSON Lines and JSON).
 * {@link dev.shirabe.report.rows.RowFormat} opens one {@link
 * dev.shirabe.report.rows.RowWriter} per format over a layout: the scan's findings, the
 * subject report's places and every report's rows are written through it, so that a column is
 * added in its layout, a report is a new layout, and a format is one writer here. What stands
 * around the rows (a report's title and totals, the scan's summary, an HTML page's head) is the
 * command's own page, written by its format.
 */
package dev.shirabe.report.rows;
