package dev.shirabe.detect.contacts;

import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a role mailbox ({@code info@}, {@code support-desk@}, {@code sales.tokyo@}, {@code
 * jinji@}) from a person's address by the words of its local part. A role mailbox is read by
 * whoever holds the function, so it is no one's personal data: its findings carry the subtype
 * {@value Finding#ROLE}, stay out of the counts of personal data, and a subject lookup never
 * follows one from a person to the other mail of a department.
 *
 * <p>The local part up to a {@code +} (what follows is a sub-address tag) is split into tokens
 * at {@code . - _} and digits. It is a role when every token is a function word ({@code
 * mail/role-words.txt}) or a qualifier ({@code mail/role-qualifiers.txt}: all, team, tokyo,
 * bu), and at least one is a function word. A token with no separator in it may also be a run
 * of such words of three letters or more (netadmin, salesteam): shorter pieces would split
 * names (ka+to). Any other token, a name or an initial, makes the address a person's: {@code
 * sales.yamada@} is Yamada's, {@code t-suzuki@} Suzuki's. Mistakes fall on the side of the
 * person: a function word missing from the list leaves a mailbox counted as personal, never
 * the other way round.
 */
public final class RoleMailboxes {

  /** The shortest list word a token without separators is split into. */
  private static final int MIN_PIECE = 3;

  /** What a token is, in increasing order of weight: a split takes the weightiest of its pieces. */
  private static final int NONE = 0;
  private static final int QUALIFIER = 1;
  private static final int FUNCTION = 2;

  private static final RoleMailboxes DEFAULT =
      new RoleMailboxes(WordList.load("mail/role-words.txt"), WordList.load("mail/role-qualifiers.txt"));

  private final Set<String> functions;
  private final Set<String> qualifiers;

  RoleMailboxes(List<String> functions, List<String> qualifiers) {
    this.functions = Set.copyOf(functions);
    this.qualifiers = Set.copyOf(qualifiers);
  }

  /** The lists the dictionaries module ships. */
  public static RoleMailboxes standard() {
    return DEFAULT;
  }

  /** Whether the address (or its local part alone) is a role mailbox. */
  public boolean isRoleAddress(String address) {
    String local = address.toLowerCase(Locale.ROOT);
    int at = local.indexOf('@');
    if (at >= 0) {
      local = local.substring(0, at);
    }
    int plus = local.indexOf('+');
    if (plus >= 0) {
      local = local.substring(0, plus);
    }
    boolean function = false;
    for (String token : tokens(local)) {
      int kind = kind(token);
      if (kind == NONE) {
        return false;
      }
      function |= kind == FUNCTION;
    }
    return function;
  }

  /** FUNCTION, QUALIFIER or NONE: the token as a word, else as a run of words. */
  private int kind(String token) {
    if (functions.contains(token)) {
      return FUNCTION;
    }
    if (qualifiers.contains(token)) {
      return QUALIFIER;
    }
    return split(token);
  }

  /**
   * The token as a run of list words of {@link #MIN_PIECE} letters or more: FUNCTION when one
   * split has a function word in it, QUALIFIER when splits have qualifiers only, NONE when
   * there is none. {@code best[i]} is the best kind of a split of the first i letters, -1 when
   * they cannot be split.
   */
  private int split(String token) {
    int n = token.length();
    int[] best = new int[n + 1];
    Arrays.fill(best, -1);
    best[0] = NONE;
    for (int end = MIN_PIECE; end <= n; end++) {
      for (int start = 0; start <= end - MIN_PIECE; start++) {
        if (best[start] < 0) {
          continue;
        }
        String piece = token.substring(start, end);
        int kind = functions.contains(piece) ? FUNCTION : qualifiers.contains(piece) ? QUALIFIER : -1;
        if (kind >= 0) {
          best[end] = Math.max(best[end], Math.max(best[start], kind));
        }
      }
    }
    return Math.max(best[n], NONE);
  }

  /** The runs of letters of the local part; separators and digits divide them. */
  private static List<String> tokens(String local) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= local.length(); i++) {
      boolean letter = i < local.length() && Character.isLetter(local.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        tokens.add(local.substring(start, i));
        start = -1;
      }
    }
    return tokens;
  }
}
