package dev.shirabe.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a finding's data is handled beyond its category, as the policy's handling sections state
 * it (the columns of a JIS Q 15001 personal-information ledger): the joint uses it falls under
 * (共同利用), the contractors it is handed to (委託先), the third-party provisions recorded for
 * it (第三者提供), where it was obtained (取得元) and the department responsible for it
 * (管理部署). Each is the id of a section of the policy, whose labels and details the reports
 * show. Immutable.
 *
 * @param jointUse ids of {@code [joint-use]} sections
 * @param contractors ids of {@code [contractor]} sections
 * @param provisions ids of {@code [provision]} sections
 * @param sources ids of {@code [source]} sections
 * @param department the id of the {@code [department]} section, or null when none applies
 */
public record Handling(List<String> jointUse, List<String> contractors, List<String> provisions,
    List<String> sources, String department) {

  /** Nothing stated. */
  public static final Handling NONE =
      new Handling(List.of(), List.of(), List.of(), List.of(), null);

  /** The kinds of handling section, as policy sections and stored keys name them. */
  public static final String JOINT_USE = "joint-use";
  public static final String CONTRACTOR = "contractor";
  public static final String PROVISION = "provision";
  public static final String SOURCE = "source";
  public static final String DEPARTMENT = "department";

  /** The kinds in the ledger's order. */
  public static final List<String> KINDS =
      List.of(SOURCE, CONTRACTOR, JOINT_USE, PROVISION, DEPARTMENT);

  public Handling {
    jointUse = List.copyOf(jointUse);
    contractors = List.copyOf(contractors);
    provisions = List.copyOf(provisions);
    sources = List.copyOf(sources);
  }

  public boolean isNone() {
    return jointUse.isEmpty() && contractors.isEmpty() && provisions.isEmpty()
        && sources.isEmpty() && department == null;
  }

  /** The ids of one kind ({@link #KINDS}). */
  public List<String> ids(String kind) {
    return switch (kind) {
      case JOINT_USE -> jointUse;
      case CONTRACTOR -> contractors;
      case PROVISION -> provisions;
      case SOURCE -> sources;
      case DEPARTMENT -> department == null ? List.of() : List.of(department);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** As {@code kind:id} keys, the form the inventory stores ({@link #ofKeys}). */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String kind : KINDS) {
      for (String id : ids(kind)) {
        keys.add(kind + ":" + id);
      }
    }
    return keys;
  }

  /** Read back from {@link #keys}; a kind this version does not know is left out. */
  public static Handling ofKeys(List<String> keys) {
    List<String> joint = new ArrayList<>();
    List<String> contractors = new ArrayList<>();
    List<String> provisions = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    String department = null;
    for (String key : keys) {
      int colon = key.indexOf(':');
      String id = key.substring(colon + 1);
      switch (colon < 0 ? "" : key.substring(0, colon)) {
        case JOINT_USE -> joint.add(id);
        case CONTRACTOR -> contractors.add(id);
        case PROVISION -> provisions.add(id);
        case SOURCE -> sources.add(id);
        case DEPARTMENT -> department = Objects.requireNonNullElse(department, id);
        default -> { } // a later version's kind
      }
    }
    Handling h = new Handling(joint, contractors, provisions, sources, department);
    return h.isNone() ? NONE : h;
  }
}
