package dev.shirabe.detect.names.training;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which files of the shared corpora the English person model learns from and which it is
 * measured on: a file whose number ({@code en_wnut17_person-0015.txt} → 15) is a multiple of 5
 * is held out, every other one is trained on. Fixed, so that the figures measured on held-out
 * files stay comparable from one training to the next.
 */
public final class PersonModelSplit {

  private static final Pattern NUMBER = Pattern.compile("(\\d+)\\.[^.]*$");

  /** One file in this many is held out. */
  static final int FOLD = 5;

  private PersonModelSplit() {}

  /** True for the files kept out of training (numbered files only). */
  public static boolean heldOut(String file) {
    return fold(file) == 0;
  }

  /**
   * True for the files of the validation fold (numbered 1 mod 5): trained on in the end, but
   * left out while training settings are chosen, so that the held-out files stay unseen.
   */
  public static boolean validation(String file) {
    return inFold(file, 1);
  }

  /**
   * True for the files numbered {@code fold} mod 5 (1 to 4): another fold to validate on, trained
   * on otherwise, so that a rule chosen on the validation fold can be checked on files it was
   * not chosen on (cross-validation) without looking at the held-out ones.
   */
  public static boolean inFold(String file, int fold) {
    if (fold < 1 || fold >= FOLD) {
      throw new IllegalArgumentException("validation folds are 1 to " + (FOLD - 1) + ": " + fold);
    }
    return fold(file) == fold;
  }

  private static int fold(String file) {
    Matcher m = NUMBER.matcher(file);
    return m.find() ? Integer.parseInt(m.group(1)) % FOLD : -1;
  }
}
