/**
 * Identifiers: values of a fixed form, most with a check digit (My Number, card, bank account,
 * passport, driver's licence and health-insurance numbers, dates of birth, IP addresses). A
 * form alone is common (twelve digits), so the words around a value decide ({@link
 * dev.shirabe.detect.identifiers.IdentifierContext}: its own label for it, another number's
 * label against it), and so does its table column ({@link
 * dev.shirabe.detect.identifiers.IdentifierColumns}: a column whose values all pass a check
 * digit, in rows with other personal data).
 */
package dev.shirabe.detect.identifiers;
