package dev.shirabe.subject.cases;

import java.util.Locale;

/**
 * What became of a place an earlier run of the case listed, told from the inventory now (so
 * after a rescan): the deletion request's proof.
 *
 * @param place the place as it was last listed
 * @param listed when it was last listed (ISO 8601 with offset, as logged)
 * @param status what became of it
 * @param remaining how many of the person's items listed there the inventory still finds there
 *     (by their keyed hashes); 0 when deleted
 */
public record PlaceChange(CasePlace place, String listed, Status status, int remaining) {

  /** What became of a place. */
  public enum Status {
    /** The inventory no longer holds the file or the part: a scan found it gone. */
    DELETED,
    /** The file is no longer on disk, but no scan has seen that yet: rescan to confirm. */
    MISSING,
    /** The file's content differs from when it was listed. */
    CHANGED,
    /** The same content as when it was listed. */
    UNCHANGED;

    /** The lower-case word used in output. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public String ja() {
      return switch (this) {
        case DELETED -> "削除済み";
        case MISSING -> "ファイルなし（再スキャン前）";
        case CHANGED -> "変更あり";
        case UNCHANGED -> "変更なし";
      };
    }
  }

  /** Whether the person's data may still be there. */
  public boolean stillHeld() {
    return status != Status.MISSING && remaining > 0;
  }

  /** "deleted", "changed: 1 of 3 items still there", "unchanged: 3 items still there". */
  public String describe() {
    int items = place.items().size();
    return switch (status) {
      case DELETED, MISSING -> status.label();
      case CHANGED, UNCHANGED -> status.label() + ": " + (remaining == 0 ? "none of the "
          + items + (items == 1 ? " item" : " items") + " left"
          : remaining + " of " + items + (items == 1 ? " item" : " items") + " still there");
    };
  }
}
