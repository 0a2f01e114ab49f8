package dev.shirabe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs small and finds every person it asks for (no timing asserted). */
class LookupBenchmarkTest {

  @TempDir Path dir;

  @Test
  void everyLookupFindsThePersonInBothLists() throws Exception {
    LookupBenchmark.Result r = new LookupBenchmark(2000, 12, 7).run(dir.resolve("inventory"));
    assertEquals(20, r.files());
    assertEquals(2000 + 20, r.findings()); // 400 rows of five, and each list's switchboard
    // Every person stands in two lists, so each lookup finds at least two places; namesakes
    // add more, and the switchboard (in every list) is never followed.
    assertTrue(r.placesPerLookup() >= 2, () -> String.valueOf(r.placesPerLookup()));
    assertTrue(r.placesPerLookup() < r.files(), () -> String.valueOf(r.placesPerLookup()));
  }
}
