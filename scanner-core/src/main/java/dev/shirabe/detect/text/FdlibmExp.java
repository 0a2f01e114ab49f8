package dev.shirabe.detect.text;

/**
 * {@link StrictMath#exp}, bit for bit, in Java: fdlibm's {@code __ieee754_exp} (e_exp.c of
 * fdlibm 5.3, the code Java 17's {@code StrictMath.exp} calls through JNI) written out, as
 * {@link FdlibmLog} is for the log. The English name decoder takes three exponentials a
 * distribution, up to three distributions a token. {@code FdlibmExpTest} compares it with
 * {@code StrictMath.exp} on millions of values. (Java 21 ports the same function into the JDK.)
 *
 * <p>From fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed
 * at SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved.
 */
public final class FdlibmExp {

  private FdlibmExp() {}

  private static final double HUGE = 1.0e+300;
  private static final double TWOM1000 = 9.33263618503218878990e-302; // 2**-1000
  private static final double O_THRESHOLD = 7.09782712893383973096e+02; // 0x40862E42 FEFA39EF
  private static final double U_THRESHOLD = -7.45133219101941108420e+02; // 0xc0874910 D52D3051
  private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
  private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
  private static final double INVLN2 = 1.44269504088896338700e+00; // 0x3ff71547 652b82fe
  private static final double P1 = 1.66666666666666019037e-01; // 0x3FC55555 5555553E
  private static final double P2 = -2.77777777770155933842e-03; // 0xBF66C16C 16BEBD93
  private static final double P3 = 6.61375632143793436117e-05; // 0x3F11566A AF25DE2C
  private static final double P4 = -1.65339022054652515390e-06; // 0xBEBBBD41 C5D26BF1
  private static final double P5 = 4.13813679705723846039e-08; // 0x3E663769 72BEA4D0

  /** e raised to x, as {@link StrictMath#exp} gives it. */
  public static double exp(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >> 32); // high word of x
    int xsb = (hx >> 31) & 1; // sign bit of x
    hx &= 0x7fffffff; // high word of |x|
    if (hx >= 0x40862E42) { // |x| >= 709.78...: filter out non-finite arguments
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | (int) bits) != 0) {
          return x + x; // NaN
        }
        return xsb == 0 ? x : 0.0; // exp(+-inf) = {inf, 0}
      }
      if (x > O_THRESHOLD) {
        return HUGE * HUGE; // overflow
      }
      if (x < U_THRESHOLD) {
        return TWOM1000 * TWOM1000; // underflow
      }
    }
    double hi = 0;
    double lo = 0;
    int k = 0;
    if (hx > 0x3fd62e42) { // |x| > 0.5 ln2: argument reduction
      if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
        hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
        lo = xsb == 0 ? LN2_LO : -LN2_LO;
        k = 1 - xsb - xsb;
      } else {
        k = (int) (INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
        double t = k;
        hi = x - t * LN2_HI; // t * LN2_HI is exact here
        lo = t * LN2_LO;
      }
      x = hi - lo;
    } else if (hx < 0x3e300000) { // |x| < 2**-28
      return 1.0 + x;
    }
    double t = x * x; // x is now in the primary range
    double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k == 0) {
      return 1.0 - ((x * c) / (c - 2.0) - x);
    }
    double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    long yBits = Double.doubleToRawLongBits(y);
    if (k >= -1021) {
      return Double.longBitsToDouble(yBits + ((long) k << 52)); // add k to y's exponent
    }
    return Double.longBitsToDouble(yBits + ((long) (k + 1000) << 52)) * TWOM1000;
  }
}
