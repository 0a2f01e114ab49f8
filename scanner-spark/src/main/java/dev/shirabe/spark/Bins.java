package dev.shirabe.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Spreads the files to read over tasks balanced by weight (bytes, and a cost per file): the
 * largest first, each into the lightest bin so far. Greedy largest-first is within 4/3 of the
 * best balance, and a share's few huge files (PSTs, archives) land in bins of their own instead
 * of behind a long tail of small ones.
 */
final class Bins {

  private Bins() {}

  /** At most {@code n} bins, none empty; every file in exactly one. */
  static List<List<FileTask>> balance(List<FileTask> files, int n) {
    int count = Math.max(1, Math.min(n, files.size()));
    List<FileTask> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(FileTask::weight).reversed()
        .thenComparing(FileTask::id));
    record Bin(List<FileTask> files, long[] weight) {}
    PriorityQueue<Bin> lightest = new PriorityQueue<>(
        Comparator.<Bin>comparingLong(b -> b.weight()[0]).thenComparingInt(b -> b.files().size()));
    List<Bin> bins = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Bin bin = new Bin(new ArrayList<>(), new long[1]);
      bins.add(bin);
      lightest.add(bin);
    }
    for (FileTask file : bySize) {
      Bin bin = lightest.poll();
      bin.files().add(file);
      bin.weight()[0] += file.weight();
      lightest.add(bin);
    }
    List<List<FileTask>> out = new ArrayList<>(count);
    for (Bin bin : bins) {
      if (!bin.files().isEmpty()) {
        out.add(bin.files());
      }
    }
    return out;
  }
}
