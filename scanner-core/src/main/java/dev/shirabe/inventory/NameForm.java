package dev.shirabe.inventory;

/**
 * Whether a name found is a full name or one part of one (a surname or a given name alone):
 * what a subject lookup needs to know before it follows a name it found beside an email or
 * phone, since a lone 山田 names every 山田. Stored beside the name's keyed hashes, which
 * cannot tell.
 */
public enum NameForm {
  /** Two parts or more: surname and given name, or a foreign name's parts. */
  FULL,
  /** One part: a surname or given name alone (山田様, 太郎くん, Smith). */
  PARTIAL;

  /**
   * The form of a PERSON finding's normalised value: {@code reading|romaji|written} with the
   * parts separated by spaces (a Japanese name), or the name's words (a Latin-script name).
   */
  public static NameForm of(String normalized) {
    String[] fields = normalized.split("\\|", -1);
    String written = fields.length > 2 && !fields[2].isBlank() ? fields[2] : fields[0];
    return written.strip().split("[\\s,、・=]+").length > 1 ? FULL : PARTIAL;
  }
}
