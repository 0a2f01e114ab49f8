package dev.shirabe.inventory;

/**
 * Which findings to list ({@link InventorySearcher#select}): each criterion is optional (null
 * selects any), and the findings must meet all that are given. What the local web page browses
 * by.
 *
 * @param type a {@code FindingType} name
 * @param category a category id, or {@link #NO_CATEGORY} for the findings with none (no
 *     stated purpose)
 * @param flag a flag a finding carries ({@code special_care}, …)
 * @param under a file's key in the inventory, or a folder's path in the same form: the findings
 *     of that file, or of every file under the folder
 */
public record FindingSelection(String type, String category, String flag, String under) {

  /** The category that selects the findings held with no stated purpose. */
  public static final String NO_CATEGORY = "";

  /** Every finding. */
  public static final FindingSelection ALL = new FindingSelection(null, null, null, null);

  /** Whether nothing is asked. */
  public boolean isAll() {
    return type == null && category == null && flag == null && under == null;
  }
}
