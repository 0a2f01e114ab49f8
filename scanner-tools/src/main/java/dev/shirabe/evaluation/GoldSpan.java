package dev.shirabe.evaluation;

/**
 * One labelled entity of a gold set.
 *
 * @param type a type name, as in {@link dev.shirabe.vocabulary.FindingType} when Shirabe knows it
 * @param start offset in Java chars into the file's text
 * @param end offset after the last char
 * @param text the labelled text, as the gold set gives it
 */
public record GoldSpan(String type, int start, int end, String text) {}
