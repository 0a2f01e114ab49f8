package dev.shirabe.detect;

import java.util.Objects;

/**
 * The text of one part as every detector sees it: the original, and a width-folded copy of
 * the same length, so that a detector can match on plain ASCII digits, dashes and brackets and
 * still report offsets into the original. Built once per part and shared by all detectors.
 */
public final class DetectionText {

  private final String original;
  private final String folded;

  public DetectionText(String original) {
    this.original = Objects.requireNonNull(original, "original");
    this.folded = WidthFolding.fold(original);
  }

  /** The text as extracted. Finding offsets and raw values refer to it. */
  public String original() {
    return original;
  }

  /**
   * The same text, char for char, with full-width ASCII, the ideographic space, and the dash
   * and bracket variants Japanese text uses turned into their ASCII forms.
   */
  public String folded() {
    return folded;
  }

  public int length() {
    return original.length();
  }
}
