package dev.shirabe.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one context (a part's document-level evidence, or the lines around a finding) says for
 * each section of the policy: a score and the signals behind it. Built by one thread, then only
 * read.
 */
final class Evidence {

  /** How many distinct signals of one source count for a section: more are no better proof. */
  private static final int MAX_PER_SOURCE = 2;

  private final double[] scores;
  private final List<Set<String>> signals;
  private final int[][] perSource;

  Evidence(int sections, int sources) {
    scores = new double[sections];
    signals = new ArrayList<>(sections);
    for (int i = 0; i < sections; i++) {
      signals.add(new LinkedHashSet<>());
    }
    perSource = new int[sections][sources];
  }

  /** A signal of {@code section} seen in {@code source}; counted once. */
  void add(int section, int source, String sourceName, String word, double weight) {
    if (signals.get(section).add(sourceName + ":" + word)
        && perSource[section][source]++ < MAX_PER_SOURCE) {
      scores[section] += weight;
    }
  }

  double score(int section) {
    return scores[section];
  }

  List<String> signals(int section) {
    return List.copyOf(signals.get(section));
  }

  /** The section with the highest score (the first on a tie), or -1 when none scores. */
  int best() {
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return Arrays.toString(scores) + signals;
  }
}
