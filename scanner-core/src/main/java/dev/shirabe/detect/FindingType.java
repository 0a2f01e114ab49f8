package dev.shirabe.detect;

/**
 * The kinds of personal data, named as in the finding record contract (DESIGN.md). More may
 * be added; none is renamed.
 */
public enum FindingType {
  PERSON,
  ADDRESS,
  PHONE,
  EMAIL,
  MY_NUMBER,
  CREDIT_CARD,
  DATE_OF_BIRTH,
  IP_ADDRESS,
  BANK_ACCOUNT,
  PASSPORT,
  DRIVERS_LICENSE
}
