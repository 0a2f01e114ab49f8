/**
 * Detection and classification quality on labelled corpora ({@code gold.jsonl}): precision,
 * recall and F1 per type, the purpose check's accuracy, and the mismatches behind them. Behind
 * {@code shirabe eval} and the tests' measured floors; see docs/evaluation.md.
 */
package dev.shirabe.evaluation;
