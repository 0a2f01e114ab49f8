package dev.shirabe.detect.text;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of an OpenNLP maximum-entropy (GIS) model by feature, read by Shirabe's own
 * evaluation of its English models (the name finder's {@code EnglishNameDecoder}, the tokenizer
 * {@link EnglishTokenizer}): the same weights as OpenNLP's map of feature strings to {@link
 * Context}s, in one flat array. The map's lookup followed six references (table, node, key,
 * key's bytes, context, its arrays), each a likely cache miss in a map of 84,000 features, and
 * needed the feature's string; here a feature is a 64-bit FNV-1a hash of its string, which a
 * caller may build from the string's parts without the string ({@link #more}), probed in an
 * open-addressed table that holds each key with its weights beside it. Two features of the model with
 * one hash are refused at load; a feature the model lacks that shares a hash with one it has
 * (some 10<sup>-14</sup> a lookup) would add that one's weights.
 */
public final class MaxentWeights {

  /**
   * Slot by slot, a feature's key then its weights (as raw bits), {@link #stride} longs: a
   * lookup that finds its feature reads one or two cache lines, not one in an array of keys
   * and another in an array of weights.
   */
  private final long[] table;
  private final int outcomes;
  private final int stride;
  private final int mask;

  /** The weights of a GIS model's features, {@code outcomes} per feature. */
  public MaxentWeights(Map<String, Context> features, int outcomes) {
    this.outcomes = outcomes;
    this.stride = 1 + outcomes;
    // At most two thirds full: linear probing stays short.
    int capacity = Integer.highestOneBit(Math.max(4, features.size() * 3 / 2)) * 2;
    this.mask = capacity - 1;
    this.table = new long[capacity * stride];
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      long key = hash(feature.getKey());
      int slot = (int) mix(key) & mask;
      while (table[slot * stride] != EMPTY) {
        if (table[slot * stride] == key) {
          throw new IllegalStateException("two features of a model share a hash: " + feature.getKey());
        }
        slot = (slot + 1) & mask;
      }
      table[slot * stride] = key;
      int[] active = feature.getValue().getOutcomes();
      double[] parameters = feature.getValue().getParameters();
      for (int o = 0; o < outcomes; o++) {
        table[slot * stride + 1 + o] = Double.doubleToRawLongBits(0.0);
      }
      for (int a = 0; a < active.length; a++) {
        table[slot * stride + 1 + active[a]] = Double.doubleToRawLongBits(parameters[a]);
      }
    }
  }

  /**
   * The weights of a GIS maximum-entropy model; an {@link IllegalArgumentException} for any
   * other kind of model (whose evaluation differs).
   */
  public static MaxentWeights of(Object model) {
    if (!(model instanceof AbstractModel gis) || gis.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new IllegalArgumentException("not a GIS maximum-entropy model: " + model);
    }
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) data[1];
    return new MaxentWeights(features, ((String[]) data[2]).length);
  }

  /** The outcomes each feature has a weight for. */
  public int outcomes() {
    return outcomes;
  }

  /** The key of an empty slot; {@link #hash} gives it to no string. */
  private static final long EMPTY = 0;

  /**
   * Adds the weights of the first {@code count} keys, in their order, as {@link #add(long,
   * double[])} one by one would. The table is far larger than the caches, so nearly every
   * look-up waits for memory; the slots are first read in a loop whose loads depend on nothing
   * but the keys, which lets the processor fetch them side by side, and only then probed
   * (all detectors on en_presidio_synth: 1.02 times the MB per CPU second, in one JVM, rounds
   * alternating).
   */
  public void addAll(long[] keys, int count, double[] sums) {
    long seen = 0;
    for (int k = 0; k < count; k++) {
      seen ^= table[((int) mix(keys[k]) & mask) * stride];
    }
    touched = seen;
    for (int k = 0; k < count; k++) {
      add(keys[k], sums);
    }
  }

  /** Keeps the reads of {@link #addAll}'s first loop from being optimised away. */
  @SuppressWarnings("unused")
  private static long touched;

  /**
   * Adds the weights of the feature with this key ({@link #hash}) to {@code sums}, one per
   * outcome, as GISModel adds them (an outcome the feature has no weight for gains 0.0, which
   * leaves its sum as it was); a feature the model lacks adds nothing.
   */
  public void add(long key, double[] sums) {
    int slot = (int) mix(key) & mask;
    while (true) {
      int base = slot * stride;
      long found = table[base];
      if (found == key) {
        for (int o = 0; o < outcomes; o++) {
          sums[o] += Double.longBitsToDouble(table[base + 1 + o]);
        }
        return;
      }
      if (found == EMPTY) {
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** FNV-1a's offset basis: the state before any char. */
  public static final long OFFSET = 0xcbf29ce484222325L;

  /** FNV-1a over the chars, 64 bits, never {@link #EMPTY}. */
  public static long hash(String s) {
    return key(more(OFFSET, s));
  }

  /** {@link #hash} of the chars {@code from} to {@code to} of an array, with no String made. */
  public static long hash(char[] chars, int from, int to) {
    long h = OFFSET;
    for (int i = from; i < to; i++) {
      h ^= chars[i];
      h *= 0x100000001b3L;
    }
    return key(h);
  }

  /**
   * The FNV-1a state after {@code h} and the chars of s: the hash of a feature is built from
   * its parts ({@code key(more(more(OFFSET, "w="), token))} is {@code hash("w=" + token)}).
   */
  public static long more(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The state after {@code h} and the chars [from, to) of s. */
  public static long more(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The state after {@code h} and one char. */
  public static long more(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  /** A final state as a key: never {@link #EMPTY}. */
  public static long key(long h) {
    return h == EMPTY ? 1 : h;
  }

  /** The slot's bits taken from all of the hash (FNV's low bits are weak). */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
