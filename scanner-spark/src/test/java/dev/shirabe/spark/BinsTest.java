package dev.shirabe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinsTest {

  private static FileTask file(int i, long size) {
    return new FileTask("/share/f" + i, "/share", size, 0, null, -1, "NEW", null);
  }

  @Test
  void everyFileInOneBinAndTheBinsWithinAFileOfEachOther() {
    Random random = new Random(7);
    List<FileTask> files = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      files.add(file(i, random.nextInt(2_000_000)));
    }
    List<List<FileTask>> bins = Bins.balance(files, 8);
    assertEquals(8, bins.size());
    List<String> seen = new ArrayList<>();
    long max = 0;
    long min = Long.MAX_VALUE;
    for (List<FileTask> bin : bins) {
      bin.forEach(f -> seen.add(f.id()));
      long w = bin.stream().mapToLong(FileTask::weight).sum();
      max = Math.max(max, w);
      min = Math.min(min, w);
    }
    assertEquals(1000, seen.size());
    assertEquals(1000, seen.stream().distinct().count());
    // Largest first: no bin exceeds another by more than the largest file's weight.
    long largest = files.stream().mapToLong(FileTask::weight).max().orElseThrow();
    assertTrue(max - min <= largest, max + " vs " + min);
  }

  @Test
  void aHugeFileGetsABinOfItsOwnAndNoBinIsEmpty() {
    List<FileTask> files = new ArrayList<>(List.of(file(0, 10_000_000_000L)));
    for (int i = 1; i <= 30; i++) {
      files.add(file(i, 1000));
    }
    List<List<FileTask>> bins = Bins.balance(files, 4);
    assertEquals(4, bins.size());
    assertTrue(bins.stream().anyMatch(b -> b.size() == 1 && b.get(0).id().equals("/share/f0")));
    assertEquals(2, Bins.balance(files.subList(0, 2), 16).size());
  }
}
