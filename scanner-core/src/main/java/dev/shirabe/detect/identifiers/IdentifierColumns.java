package dev.shirabe.detect.identifiers;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.TableLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the other values of its table column say about a candidate identifier, for the
 * detectors of identifiers with a check digit (My Number, payment cards, driver's licences).
 * A spreadsheet or a CSV export often has no header, or one that names nothing ("No", "ID",
 * "番号"); its values still speak for one another.
 *
 * <p>A check digit passes by chance for about one number in ten or eleven: the modulus 11 of
 * the My Number for one in 11, Luhn for one in 10, the licence's digit for about one in 10. So
 * one passing value says little, but a column says much:
 *
 * <ul>
 *   <li><b>For.</b> n numbers of the identifier's shape in a column that all pass the check are
 *       what a column of that identifier gives; random numbers all pass with probability
 *       11<sup>−n</sup> (10<sup>−n</sup> for Luhn): at the {@value #MIN_VALUES} values asked for,
 *       one chance in 1,331 (1,000). Reference numbers rarely carry this check (slip numbers of
 *       carriers use modulus 7; serials, dates and counters none). Such a column is evidence
 *       for the type when the candidate's row also holds other personal data (a name, phone,
 *       mail or postal address, date of birth: {@link PersonalData}): then the row is about a
 *       person and the column is that person's identifier, even with no label.
 *   <li><b>Against.</b> In a column of {@value #MIN_VALUES} numbers or more of which fewer than
 *       half pass, the check fails as it fails for random numbers (ten in eleven), and a real
 *       column of the type passes nearly always (a typo now and then): the column holds some
 *       other number, and the one that passes does so by chance. It is not reported, whatever
 *       its grouping or label. With q the share that pass in a real column (near 1), each
 *       failing value multiplies the odds of chance over the identifier by (10/11)/(1 − q),
 *       and each passing one divides them by only 11q: once most fail, chance wins by far.
 *   <li>Between (most pass, some fail; fewer than {@value #MIN_VALUES} values) the column says
 *       nothing and the label decides, as outside tables.
 * </ul>
 *
 * <p>The column is counted once per text and detector: each candidate only looks its column
 * up. Only values of the detector's shape count (twelve digits for a My Number), so a column
 * of dates, amounts or blanks around them neither helps nor hurts.
 */
final class IdentifierColumns {

  /** Values a column needs before it speaks: 11⁻³ ≈ 1/1331 that random ones all pass. */
  static final int MIN_VALUES = 3;

  private record Column(int table, int column) {}

  private static final class Tally {
    int values;
    int passing;
  }

  private final DetectionText text;
  private final Map<Column, Tally> tallies;

  private IdentifierColumns(DetectionText text, Map<Column, Tally> tallies) {
    this.text = text;
    this.tallies = tallies;
  }

  /**
   * The columns of the text's tables as the runs fill them.
   *
   * @param runs the runs of the identifier's shape (its lengths and groupings), passing or not
   * @param check the identifier's check digit (and any other fixed rule, such as card prefixes)
   */
  static IdentifierColumns of(DetectionText text, List<DigitRun> runs, Predicate<String> check) {
    Map<Column, Tally> tallies = new HashMap<>();
    for (DigitRun run : runs) {
      TableLayout.Cell cell = text.tables().cellAt(run.start());
      if (cell != null) {
        Tally tally = tallies.computeIfAbsent(
            new Column(cell.table(), cell.column()), c -> new Tally());
        tally.values++;
        if (check.test(run.digits())) {
          tally.passing++;
        }
      }
    }
    return new IdentifierColumns(text, tallies);
  }

  /** Whether the run, one of those counted, stands in a column where most fail: chance. */
  boolean against(DigitRun run) {
    Tally tally = tallyOf(text.tables().cellAt(run.start()));
    return tally != null && 2 * tally.passing < tally.values;
  }

  /**
   * Whether the run, one of those counted, stands in a column where all pass, in a row with
   * other personal data. Looks for that data (once per text) only when the column qualifies.
   */
  boolean speaksFor(DigitRun run) {
    TableLayout tables = text.tables();
    TableLayout.Cell cell = tables.cellAt(run.start());
    Tally tally = tallyOf(cell);
    return tally != null && tally.passing == tally.values
        && text.personalData().within(tables.rowStart(cell.row()), tables.rowEnd(cell.row()),
            run.start(), run.end());
  }

  /** The tally of the cell's column, or null when it has too few values to speak. */
  private Tally tallyOf(TableLayout.Cell cell) {
    Tally tally = cell == null ? null : tallies.get(new Column(cell.table(), cell.column()));
    return tally == null || tally.values < MIN_VALUES ? null : tally;
  }
}
