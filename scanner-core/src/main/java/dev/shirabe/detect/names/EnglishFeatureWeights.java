package dev.shirabe.detect.names;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model's weights by feature, for {@link EnglishNameDecoder}: the same weights
 * as OpenNLP's map of feature strings to {@link Context}s, in two flat arrays. The map's lookup
 * followed six references (table, node, key, key's bytes, context, its arrays), each a likely
 * cache miss in a map of 84,000 features; here a feature is a 64-bit hash of its string, probed
 * in one array of hashes, and its weights lie side by side in another. Two features of the model
 * with one hash are refused at load; a feature the model lacks that shares a hash with one it has
 * (some 10<sup>-14</sup> a lookup) would add that one's weights.
 */
final class EnglishFeatureWeights {

  private final long[] keys;
  private final double[] weights;
  private final int outcomes;
  private final int mask;

  /** The weights of a GIS model's features, {@code outcomes} per feature. */
  EnglishFeatureWeights(Map<String, Context> features, int outcomes) {
    this.outcomes = outcomes;
    // At most two thirds full: linear probing stays short.
    int capacity = Integer.highestOneBit(Math.max(4, features.size() * 3 / 2)) * 2;
    this.mask = capacity - 1;
    this.keys = new long[capacity];
    this.weights = new double[capacity * outcomes];
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      long key = hash(feature.getKey());
      int slot = (int) mix(key) & mask;
      while (keys[slot] != EMPTY) {
        if (keys[slot] == key) {
          throw new IllegalStateException("two features of the person model share a hash: " + feature.getKey());
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      int[] active = feature.getValue().getOutcomes();
      double[] parameters = feature.getValue().getParameters();
      for (int a = 0; a < active.length; a++) {
        weights[slot * outcomes + active[a]] = parameters[a];
      }
    }
  }

  /** The key of an empty slot; {@link #hash} gives it to no string. */
  private static final long EMPTY = 0;

  /**
   * Adds the feature's weights to {@code sums}, one per outcome, as GISModel adds them (an
   * outcome the feature has no weight for gains 0.0, which leaves its sum as it was).
   */
  void add(String feature, double[] sums) {
    long key = hash(feature);
    int slot = (int) mix(key) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        int base = slot * outcomes;
        for (int o = 0; o < outcomes; o++) {
          sums[o] += weights[base + o];
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** FNV-1a over the chars, 64 bits, never {@link #EMPTY}. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == EMPTY ? 1 : h;
  }

  /** The slot's bits taken from all of the hash (FNV's low bits are weak). */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
