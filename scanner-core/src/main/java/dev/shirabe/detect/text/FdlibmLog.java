package dev.shirabe.detect.text;

/**
 * {@link StrictMath#log}, bit for bit, in Java: fdlibm's {@code __ieee754_log} (e_log.c of
 * fdlibm 5.3, the code Java 17's {@code StrictMath.log} calls through JNI) written out. The
 * English name decoder takes the log of every probability its beam extends by (some 200,000 a
 * round of en_presidio_synth); through JNI one cost 35–50 ns, here about a third of that.
 * {@code FdlibmLogTest} compares it with {@code StrictMath.log} on millions of values. (Java 21
 * ports the same function into the JDK.)
 *
 * <p>From fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed
 * at SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved.
 */
public final class FdlibmLog {

  private FdlibmLog() {}

  private static final double LN2_HI = 6.93147180369123816490e-01; // 3fe62e42 fee00000
  private static final double LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
  private static final double TWO54 = 1.80143985094819840000e+16; // 43500000 00000000
  private static final double LG1 = 6.666666666666735130e-01; // 3FE55555 55555593
  private static final double LG2 = 3.999999999940941908e-01; // 3FD99999 9997FA04
  private static final double LG3 = 2.857142874366239149e-01; // 3FD24924 94229359
  private static final double LG4 = 2.222219843214978396e-01; // 3FCC71C5 1D8E78AF
  private static final double LG5 = 1.818357216161805012e-01; // 3FC74664 96CB03DE
  private static final double LG6 = 1.531383769920937332e-01; // 3FC39A09 D078C69F
  private static final double LG7 = 1.479819860511658591e-01; // 3FC2F112 DF3E5244

  /** The natural logarithm of x, as {@link StrictMath#log} gives it. */
  public static double log(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >> 32); // high word of x
    int lx = (int) bits; // low word of x
    int k = 0;
    if (hx < 0x00100000) { // x < 2**-1022
      if (((hx & 0x7fffffff) | lx) == 0) {
        return Double.NEGATIVE_INFINITY; // log(+-0) = -inf
      }
      if (hx < 0) {
        return Double.NaN; // log(-#) = NaN
      }
      k -= 54;
      x *= TWO54; // subnormal number, scale up x
      bits = Double.doubleToRawLongBits(x);
      hx = (int) (bits >> 32);
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int i = (hx + 0x95f64) & 0x100000;
    // normalize x or x/2: its high word replaced, its low word kept
    x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32) | (bits & 0xffffffffL));
    k += i >> 20;
    double f = x - 1.0;
    if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2**-20
      if (f == 0.0) {
        if (k == 0) {
          return 0.0;
        }
        double dk = k;
        return dk * LN2_HI + dk * LN2_LO;
      }
      double r = f * f * (0.5 - 0.33333333333333333 * f);
      if (k == 0) {
        return f - r;
      }
      double dk = k;
      return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    double s = f / (2.0 + f);
    double dk = k;
    double z = s * s;
    i = hx - 0x6147a;
    double w = z * z;
    int j = 0x6b851 - hx;
    double t1 = w * (LG2 + w * (LG4 + w * LG6));
    double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    double r = t2 + t1;
    if (i > 0) {
      double hfsq = 0.5 * f * f;
      if (k == 0) {
        return f - (hfsq - s * (hfsq + r));
      }
      return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
    }
    if (k == 0) {
      return f - s * (f - r);
    }
    return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
  }
}
