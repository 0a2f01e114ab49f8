package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FdlibmLog#log} gives {@link StrictMath#log}'s bits on every kind of double. */
class FdlibmLogTest {

  private static void same(double x) {
    assertEquals(Double.doubleToLongBits(StrictMath.log(x)), Double.doubleToLongBits(FdlibmLog.log(x)),
        () -> "log of " + x + " (" + Long.toHexString(Double.doubleToRawLongBits(x)) + ")");
  }

  @Test
  void specialValues() {
    double[] values = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, Double.MIN_VALUE, Double.MIN_NORMAL,
        Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, Math.nextUp(1.0), Math.nextDown(1.0), Math.E,
        1e-300, 1e300, 1.0 / 3, 2.0 / 3};
    for (double x : values) {
      same(x);
    }
    for (int e = -1074; e <= 1023; e++) {
      double p = StrictMath.scalb(1.0, e);
      same(p);
      same(Math.nextUp(p));
      same(Math.nextDown(p));
    }
  }

  @Test
  void probabilities() {
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 2_000_000; i++) {
      same(random.nextDouble()); // the decoder's arguments: probabilities in (0, 1]
      same(StrictMath.exp(-50 * random.nextDouble()));
    }
  }

  @Test
  void nearOne() {
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 1_000_000; i++) {
      same(1.0 + (random.nextDouble() - 0.5) * 1e-5); // fdlibm's branch for |x - 1| < 2^-20
      same(1.0 + (random.nextDouble() - 0.5) * 1e-12);
    }
  }

  @Test
  void anyBits() {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 2_000_000; i++) {
      same(Double.longBitsToDouble(random.nextLong())); // negatives, subnormals, NaNs, huge
    }
  }
}
