package dev.shirabe.inventory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One spelling for the many ways a Japanese name is written in Latin letters, so that Tarō,
 * Tarou, Taroh, Taroo and Taro meet, and so do Shinichi, Sin'iti and Shin-ichi. A lower-case
 * word comes out in a reduced Kunrei-like form: the systems (Hepburn, Kunrei, Nihon-shiki,
 * passport Hepburn) differ in exactly the places folded here, so folding both sides to one
 * form compares them on what they share.
 *
 * <ul>
 *   <li>marks dropped (ō → o, â → a), apostrophes, hyphens and dots removed;
 *   <li>Hepburn consonants as Kunrei writes them: shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, di/zi,
 *       du/zu, sha/sya, cha/tya, ja/jya/zya, tch/tty (matcha/mattya); any f as h;
 *   <li>m before b, m, p as n (Homma/Honma, Namba/Nanba): in romaji an m before a consonant
 *       is always ん;
 *   <li>long vowels written once: oo, ou, oh before a consonant or at the end, and uu
 *       (Ōno = Oono = Ohno = Ono, Yūko = Yuuko = Yuko). As in passports, ei and ii stay.
 * </ul>
 *
 * The folding loses distinctions (おの and おおの, じ and ぢ, ティ and チ meet); a lookup prefers
 * finding a namesake to missing the person, and says which key matched.
 */
final class RomajiFolding {

  private RomajiFolding() {}

  static String fold(String word) {
    String s = Normalizer.normalize(word, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’.\\-]", "");
    s = s.replace("tch", "tty")
        .replace("sh", "sy")
        .replace("ch", "ty")
        .replace("jy", "zy")
        .replace("j", "zy")
        .replace("syi", "si")
        .replace("tyi", "ti")
        .replace("zyi", "zi")
        .replace("ts", "t")
        .replace('f', 'h')
        .replace("di", "zi")
        .replace("du", "zu")
        .replaceAll("m(?=[bmp])", "n")
        .replaceAll("oh(?![aiueoy])", "o");
    return longVowelsOnce(s);
  }

  /** oo and ou as o, uu as u, however many follow (Oouchi → ochi). */
  private static String longVowelsOnce(String s) {
    StringBuilder out = new StringBuilder(s.length());
    char previous = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == 'o' && previous == 'o') || (c == 'u' && (previous == 'o' || previous == 'u'))) {
        continue;
      }
      out.append(c);
      previous = c;
    }
    return out.toString();
  }
}
