package dev.shirabe.subject;

import java.util.Objects;

/**
 * How a place was linked to the subject: by which of the request's identifiers, matched on
 * which key, and for an identifier that was not in the request, where it was found beside one
 * that was (identity correlation). Holds masked values only.
 *
 * @param kind what matched: name, email, phone, address
 * @param match the key that matched: written form, reading, romaji, or the kind itself
 * @param masked the matched value, masked
 * @param via for a correlated identifier: the request's identifier it was found beside, or null
 * @param viaMasked that identifier masked, or null
 * @param foundIn the place (file ▸ part) where the two stood together, or null
 */
public record Link(String kind, String match, String masked, String via, String viaMasked, String foundIn) {

  public Link {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(masked, "masked");
  }

  static Link direct(String kind, String match, String masked) {
    return new Link(kind, match, masked, null, null, null);
  }

  public boolean correlated() {
    return via != null;
  }

  /** "name (reading)", "email y****@example.jp, found beside the name 山田 ** in a.csv". */
  public String describe() {
    String what = kind.equals(match) ? kind : kind + " (" + match + ")";
    if (!correlated()) {
      return what;
    }
    return what + " " + masked + ", found beside the " + via + " " + viaMasked + " in " + foundIn;
  }

  /** The same in Japanese, for the disclosure report. */
  public String describeJa() {
    String what = ja(kind) + (kind.equals(match) ? ""
        : "（" + java.util.Arrays.stream(match.split(", ")).map(Link::ja)
            .collect(java.util.stream.Collectors.joining("・")) + "）");
    if (!correlated()) {
      return what;
    }
    return what + " " + masked + "：" + foundIn + " で" + ja(via) + " " + viaMasked + " と並んで記載";
  }

  private static String ja(String word) {
    return switch (word) {
      case "name" -> "氏名";
      case "email" -> "メールアドレス";
      case "phone" -> "電話番号";
      case "address" -> "住所";
      case "written form" -> "表記";
      case "reading" -> "読み";
      case "romaji" -> "ローマ字";
      default -> word;
    };
  }
}
