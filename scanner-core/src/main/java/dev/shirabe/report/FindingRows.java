package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.classify.Policy;
import dev.shirabe.report.ScanRow.Found;
import dev.shirabe.report.ScanRow.Unread;
import dev.shirabe.report.rows.Column;
import dev.shirabe.report.rows.JsonField;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.Style;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Handling;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The scan's one layout, what every format of {@code scan --format} writes a row from.
 *
 * <p>JSON (the contract, DESIGN.md): the fields of a finding record in their contract order.
 * Raw values ({@code text}, {@code normalized}) are present only when revealing. {@code
 * signals} and {@code flags} come last: the classification's reasons and what needs
 * attention, then the handling the policy states for it (joint use, contractors, provisions,
 * sources, department), present only when it states some. A problem is its own record, told
 * from a finding by its {@code record} field.
 *
 * <p>CSV: the same fields, lists joined with {@code ;}, every cell escaped ({@link SafeText});
 * the last two columns ({@code problem}, {@code reason}) filled only in a problem's row.
 *
 * <p>The terminal table: type, confidence, masked value, the category by the policy's label
 * (a flag shown as {@code !}), and the place last because its length varies; always masked.
 */
final class FindingRows {

  /** A category's label is cut to this, so that a flag's " !" still fits the column. */
  static final int CATEGORY_WIDTH = 18;
  /** What the category column shows for data held with no stated purpose. */
  static final String NO_PURPOSE = "-";

  private FindingRows() {}

  static RowLayout<ScanRow> layout(boolean reveal, Policy labels) {
    List<Column<ScanRow>> columns = new ArrayList<>(List.of(
        csv("file", FindingRecord::file, Problem::file),
        csv("part", FindingRecord::part, Problem::part),
        csv("type", r -> r.finding().type().name(), null),
        csv("subtype", r -> r.finding().subtype() == null ? "" : r.finding().subtype(), null),
        csv("text", r -> reveal ? r.finding().text() : "", null),
        csv("masked", FindingRecord::masked, null),
        csv("normalized", r -> reveal ? r.finding().normalized() : "", null),
        csv("start", r -> Integer.toString(r.finding().start()), null),
        csv("end", r -> Integer.toString(r.finding().end()), null),
        csv("confidence", r -> Double.toString(round(r.finding().confidence())), null),
        csv("detector", r -> r.finding().detector(), null),
        csv("category", r -> r.category() == null ? "" : r.category(), null),
        csv("purposes", r -> String.join(";", r.purposes()), null),
        csv("lang", r -> r.lang() == null ? "" : r.lang(), null),
        csv("signals", r -> String.join(";", r.classification().signals()), null),
        csv("flags", r -> String.join(";", r.classification().flags()), null),
        csv("problem", null, p -> p.status().label()),
        csv("reason", null, Problem::reason)));
    columns.addAll(List.of(
        table("type", "種類", "Type", r -> r.finding().type().name()
            + (r.finding().subtype() == null ? "" : "/" + r.finding().subtype())).width(14, 0),
        table("confidence", "確度", "Conf",
            r -> String.format(Locale.ROOT, "%.2f", r.finding().confidence())).width(6, 0),
        table("masked", "値", "Value", r -> SafeText.escape(r.masked())).width(28, 2),
        // By its label, as the policy names it: the machine formats carry the id.
        table("category_label", "区分", "Category", r -> TerminalText.cut(category(r, labels),
            CATEGORY_WIDTH - 3) + (r.classification().flags().isEmpty() ? "" : " !"))
            .width(CATEGORY_WIDTH, 0),
        table("where", "場所", "Where", r -> place(r.file(), r.part()))));
    List<JsonField<FindingRecord>> finding = findingFields(reveal);
    JsonField<ScanRow> json = (g, row) -> {
      if (row instanceof Found f) {
        for (JsonField<FindingRecord> field : finding) {
          field.write(g, f.record());
        }
      } else {
        for (JsonField<Problem> field : PROBLEM_FIELDS) {
          field.write(g, ((Unread) row).problem());
        }
      }
    };
    return new RowLayout<>(columns, List.of(json), false);
  }

  /** The category as the table shows it: the policy's label, or {@value #NO_PURPOSE}. */
  static String category(FindingRecord record, Policy labels) {
    return record.category() == null ? NO_PURPOSE
        : PolicyLabels.category(labels, record.category());
  }

  /** {@code file ▸ part} as shown: names of files and members escaped ({@link SafeText}). */
  static String place(String file, String part) {
    String shown = SafeText.escape(file);
    return part.isEmpty() ? shown : shown + dev.shirabe.vocabulary.Part.SEPARATOR
        + SafeText.escape(part);
  }

  /**
   * A CSV column: a finding's cell and a problem's (null: empty). A CSV is opened in Excel or
   * paged in a terminal: control characters of a file's or member's name (or a revealed value)
   * are shown escaped, and a newline cannot add a row.
   */
  private static Column<ScanRow> csv(String id, Function<FindingRecord, String> finding,
      Function<Problem, String> problem) {
    return Column.of(id, id, id, Style.CSV_ONLY, row -> {
      String cell;
      if (row instanceof Found f) {
        cell = finding == null ? "" : finding.apply(f.record());
      } else {
        cell = problem == null ? "" : problem.apply(((Unread) row).problem());
      }
      return SafeText.escape(cell);
    });
  }

  /** A column of the terminal table, which shows findings only. */
  private static Column<ScanRow> table(String id, String ja, String en,
      Function<FindingRecord, String> cell) {
    return Column.of(id, ja, en, Style.TABLE_ONLY, row -> cell.apply(((Found) row).record()));
  }

  private static double round(double confidence) {
    return Math.round(confidence * 1000) / 1000.0;
  }

  /**
   * A problem as its own record, told from a finding by its {@code record} field:
   * {@code {"record":"problem","status":"failed"|"partial"|"skipped","file":…,"part":…,
   * "reason":…}}. Tools rely on this shape.
   */
  static final List<JsonField<Problem>> PROBLEM_FIELDS = List.of(
      JsonField.string("record", p -> "problem"),
      JsonField.string("status", p -> p.status().label()),
      JsonField.string("file", Problem::file),
      JsonField.string("part", Problem::part),
      JsonField.string("reason", Problem::reason));

  /** A finding record's fields in their contract order. */
  static List<JsonField<FindingRecord>> findingFields(boolean reveal) {
    return List.of(
        JsonField.string("file", FindingRecord::file),
        JsonField.string("part", FindingRecord::part),
        JsonField.string("type", r -> r.finding().type().name()),
        JsonField.<FindingRecord>string("subtype", r -> r.finding().subtype())
            .when(r -> r.finding().subtype() != null),
        JsonField.<FindingRecord>string("text", r -> r.finding().text()).when(r -> reveal),
        JsonField.string("masked", FindingRecord::masked),
        JsonField.<FindingRecord>string("normalized", r -> r.finding().normalized())
            .when(r -> reveal),
        JsonField.number("start", r -> r.finding().start()),
        JsonField.number("end", r -> r.finding().end()),
        JsonField.decimal("confidence", r -> round(r.finding().confidence())),
        JsonField.string("detector", r -> r.finding().detector()),
        JsonField.string("category", FindingRecord::category),
        JsonField.strings("purposes", FindingRecord::purposes),
        JsonField.string("lang", FindingRecord::lang),
        JsonField.strings("signals", r -> r.classification().signals()),
        JsonField.strings("flags", r -> r.classification().flags()),
        FindingRows::handling);
  }

  /**
   * The handling the policy states for the finding, each field only when it has one (ids of
   * the policy's handling sections): {@code joint_use}, {@code contractors}, {@code
   * provisions}, {@code sources} (arrays) and {@code department} (a string).
   */
  private static void handling(JsonGenerator json, FindingRecord record) throws IOException {
    Handling h = record.classification().handling();
    if (h.isNone()) {
      return;
    }
    for (JsonField<Handling> f : List.<JsonField<Handling>>of(
        JsonField.<Handling>strings("joint_use", Handling::jointUse)
            .when(x -> !x.jointUse().isEmpty()),
        JsonField.<Handling>strings("contractors", Handling::contractors)
            .when(x -> !x.contractors().isEmpty()),
        JsonField.<Handling>strings("provisions", Handling::provisions)
            .when(x -> !x.provisions().isEmpty()),
        JsonField.<Handling>strings("sources", Handling::sources)
            .when(x -> !x.sources().isEmpty()),
        JsonField.<Handling>string("department", Handling::department)
            .when(x -> x.department() != null))) {
      f.write(json, h);
    }
  }
}
