/**
 * Finding personal data in text: the core that every detector shares. A {@link
 * dev.shirabe.detect.Detector} reads a {@link dev.shirabe.detect.DetectionText} (the text
 * folded once, its languages, Kuromoji tokens, English sentences and table layout, each built
 * on first need and shared by all detectors); the {@link dev.shirabe.detect.DetectorSet} runs
 * the detectors the registry lists ({@code META-INF/services/dev.shirabe.detect.Detector}, in
 * order), weighs each finding by the words around it ({@link dev.shirabe.detect.ContextScorer},
 * {@link dev.shirabe.detect.ContextWords}) and keeps one finding where several overlap.
 *
 * <p>The detectors live by what they find: {@code identifiers} (numbers with a fixed form or a
 * check digit, on one shared base), {@code contacts} (mail addresses and phone numbers),
 * {@code names}, {@code addresses}; {@code text} holds the text helpers they share (kana,
 * romaji, width folding, Kuromoji, English sentences, word lists).
 */
package dev.shirabe.detect;
