package dev.shirabe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionBenchmarkTest {

  @Test
  void pairsEachRoundOfTheSetWithARoundOfBareTokenizationAndRatesTheSetBelowIt() {
    List<String> sample = List.of(
        "山田太郎様の住所は東京都千代田区丸の内一丁目一番一号、電話は03-1234-5678です。",
        "佐藤花子さんは昨年、大阪市北区の支店に異動し、営業部長に就任した。",
        "議事録：鈴木一郎（総務部）、田中美咲（人事部）が出席した。次回は来月に開く。");
    // Rounds long enough that a round's CPU time is not a few ticks of the clock.
    List<String> texts = Collections.nCopies(30, sample).stream().flatMap(List::stream).toList();
    DetectionBenchmark benchmark = new DetectionBenchmark(texts, 4);

    DetectorSet detectors = DetectorSet.standard();
    for (int i = 0; i < 3; i++) {
      benchmark.pairedRatios(detectors); // loads the dictionaries and models, as run() warms up
    }

    double[] ratios = benchmark.pairedRatios(detectors);

    assertEquals(4, ratios.length);
    // Every detector set on Japanese text reads Kuromoji's tokens and more: below bare
    // tokenization, never at or above it (a ratio the wrong way round would be above 1).
    for (double ratio : ratios) {
      assertTrue(ratio > 0 && ratio < 1, Arrays.toString(ratios));
    }
    double median = DetectionBenchmark.median(ratios);
    assertTrue(median >= Arrays.stream(ratios).min().orElseThrow()
        && median <= Arrays.stream(ratios).max().orElseThrow(), Arrays.toString(ratios));
  }
}
