package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FdlibmExp#exp} gives {@link StrictMath#exp}'s bits on every kind of double. */
class FdlibmExpTest {

  private static void same(double x) {
    assertEquals(Double.doubleToLongBits(StrictMath.exp(x)), Double.doubleToLongBits(FdlibmExp.exp(x)),
        () -> "exp of " + x + " (" + Long.toHexString(Double.doubleToRawLongBits(x)) + ")");
  }

  @Test
  void specialValues() {
    double[] values = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, Double.MIN_VALUE, Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NaN, 709.782712893384, 709.79, -745.1332191019411, -745.14, -708.4, -709.0,
        -744.0, 0x1.62e42fefa39efp-1, 0x1.62e42fefa39efp-2, 1.5 * 0x1.62e42fefa39efp-1,
        0x1p-28, -0x1p-28, 0x1p-29, Math.log(2) * 3};
    for (double x : values) {
      same(x);
      same(Math.nextUp(x));
      same(Math.nextDown(x));
    }
    for (int e = -1074; e <= 1023; e++) {
      double p = StrictMath.scalb(1.0, e);
      same(p);
      same(-p);
      same(Math.nextUp(p));
      same(Math.nextDown(-p));
    }
  }

  @Test
  void theDecodersSums() {
    SplittableRandom random = new SplittableRandom(25);
    for (int i = 0; i < 3_000_000; i++) {
      same((random.nextDouble() - 0.5) * 80); // a maximum-entropy model's sums
      same((random.nextDouble() - 0.5) * 2); // every branch of the reduction
    }
  }

  @Test
  void theWholeRange() {
    SplittableRandom random = new SplittableRandom(26);
    for (int i = 0; i < 2_000_000; i++) {
      same((random.nextDouble() - 0.5) * 1500); // overflow, underflow, subnormal results
      same(Double.longBitsToDouble(random.nextLong())); // any bits: NaNs, huge, tiny
    }
  }
}
