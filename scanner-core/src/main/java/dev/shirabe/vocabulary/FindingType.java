package dev.shirabe.vocabulary;

/**
 * The kinds of personal data, named as in the finding record contract (DESIGN.md). More may
 * be added; none is renamed. Each kind carries what every stage needs to know of it: its label
 * in Japanese and English (reports, the disclosure page), how its values are masked, and how
 * sensitive it is. A new kind is one entry here, its detector ({@code detect}) and its context
 * words.
 */
public enum FindingType {
  PERSON("氏名", "Name", Masking.Rule.FIRST_WORD, Sensitivity.ORDINARY),
  ADDRESS("住所", "Address", Masking.Rule.ENDS, Sensitivity.ORDINARY),
  PHONE("電話番号", "Phone number", Masking.Rule.LAST_DIGITS, Sensitivity.ORDINARY),
  EMAIL("メールアドレス", "Email address", Masking.Rule.EMAIL, Sensitivity.ORDINARY),
  MY_NUMBER("個人番号", "My Number", Masking.Rule.LAST_DIGITS, Sensitivity.SENSITIVE),
  CREDIT_CARD("クレジットカード番号", "Credit card number", Masking.Rule.LAST_DIGITS,
      Sensitivity.SENSITIVE),
  DATE_OF_BIRTH("生年月日", "Date of birth", Masking.Rule.ENDS, Sensitivity.SENSITIVE),
  IP_ADDRESS("IPアドレス", "IP address", Masking.Rule.FIRST_GROUP, Sensitivity.ORDINARY),
  BANK_ACCOUNT("口座番号", "Bank account number", Masking.Rule.LAST_DIGITS, Sensitivity.SENSITIVE),
  PASSPORT("旅券番号", "Passport number", Masking.Rule.LAST_DIGITS, Sensitivity.SENSITIVE),
  DRIVERS_LICENSE("運転免許証番号", "Driver's licence number", Masking.Rule.LAST_DIGITS,
      Sensitivity.SENSITIVE),
  /**
   * A health-insurance card's 記号・番号 (and 保険者番号 with them): the Health Insurance Act
   * (art. 194-2, since October 2020) forbids asking for them outside the insurance's own
   * procedures, so holding them is for a privacy officer to check wherever they are.
   */
  HEALTH_INSURANCE("被保険者記号・番号", "Health insurance card number", Masking.Rule.LAST_DIGITS,
      Sensitivity.RESTRICTED),
  /**
   * A cookie or session identifier with its name ({@code _ga=GA1.2.…}, {@code JSESSIONID=…}):
   * it singles out one browser across visits, which APPI counts as personally referable
   * information (個人関連情報) and, joined with a log's other data, as personal data.
   */
  COOKIE_ID("Cookie・セッションID", "Cookie or session ID", Masking.Rule.VALUE_AFTER_NAME,
      Sensitivity.ORDINARY);

  /** How much harm a leak of a kind does, and whether the law limits asking for it at all. */
  public enum Sensitivity {
    /** Contact data and names. */
    ORDINARY,
    /** Identifiers and data whose loss harms most: a part with them comes first in reports. */
    SENSITIVE,
    /** Sensitive, and an identifier the law forbids asking for outside its own procedures. */
    RESTRICTED
  }

  private final String ja;
  private final String en;
  private final Masking.Rule mask;
  private final Sensitivity sensitivity;

  FindingType(String ja, String en, Masking.Rule mask, Sensitivity sensitivity) {
    this.ja = ja;
    this.en = en;
    this.mask = mask;
    this.sensitivity = sensitivity;
  }

  /** The Japanese label (氏名, 個人番号), as a JIS Q 15001 ledger names the item. */
  public String ja() {
    return ja;
  }

  /** The English label. */
  public String en() {
    return en;
  }

  /** How a value of this kind is masked when shown or stored without {@code --reveal}. */
  public Masking.Rule mask() {
    return mask;
  }

  public Sensitivity sensitivity() {
    return sensitivity;
  }

  /** Sensitive or restricted: what reports put first. */
  public boolean isSensitive() {
    return sensitivity != Sensitivity.ORDINARY;
  }
}
