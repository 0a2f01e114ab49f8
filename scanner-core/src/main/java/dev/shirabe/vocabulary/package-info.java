/**
 * What every stage of a scan shares, and nothing else: a {@link dev.shirabe.vocabulary.Part}
 * of a file's text, a {@link dev.shirabe.vocabulary.Finding} of personal data in it and its
 * {@link dev.shirabe.vocabulary.FindingType} (which carries its labels, its {@link
 * dev.shirabe.vocabulary.Masking} rule and its sensitivity), the {@link
 * dev.shirabe.vocabulary.Classification} the policy gives it (with the {@link
 * dev.shirabe.vocabulary.Handling} its handling sections state), the {@link
 * dev.shirabe.vocabulary.FindingRecord} written out and stored, and the counts of a scan
 * ({@link dev.shirabe.vocabulary.ScanSummary}, {@link dev.shirabe.vocabulary.ChangeCounts}).
 *
 * <p>It depends on no other package of Shirabe, so that source, extract, detect, classify,
 * pipeline, inventory and report depend on it and not on each other for their records.
 */
package dev.shirabe.vocabulary;
