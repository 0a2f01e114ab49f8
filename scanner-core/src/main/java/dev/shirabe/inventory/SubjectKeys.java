package dev.shirabe.inventory;

import dev.shirabe.detect.text.Kana;
import dev.shirabe.detect.text.Romaji;
import dev.shirabe.detect.text.WidthFolding;
import dev.shirabe.vocabulary.Finding;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The keys under which a data subject is looked up: one key space shared by what a scan found
 * and what a user types, so that every written variant of one identifier meets the others.
 * The inventory stores the keyed hashes of a finding's keys ({@link KeyedHasher}); a lookup
 * hashes its query's keys the same way. Each key starts with its kind ({@link #kindOf}).
 *
 * <ul>
 *   <li>{@code email:} the address lower-cased, full-width letters folded.
 *   <li>{@code phone:} E.164 ({@code +81312345678}), as the phone detector normalises.
 *   <li>{@code address:} a Japanese address down to its block numbers, {@code
 *       東京都|千代田区|丸の内|1-2-3}: building, room and postcode are left out, since people write
 *       them in too many ways (3F, 3階, ビル, ビルディング) to compare; a Latin-script address is
 *       its normalised line lower-cased.
 *   <li>{@code name:written:} a name's written form with kanji, without spaces, width-folded,
 *       a few old character forms as their common ones (髙 → 高, 﨑 → 崎, 邊 → 辺, 澤 → 沢 …):
 *       山田太郎 = 山田 太郎 = 山田　太郎.
 *   <li>{@code name:sound:} the reading as folded romaji ({@link RomajiFolding}) without
 *       spaces, in the written order: ヤマダタロウ = やまだ たろう = ﾔﾏﾀﾞﾀﾛｳ = 山田太郎 (read by
 *       the dictionary) = yamadataro. A Latin-script name gives it in both orders, since Latin
 *       text puts the family name first or last.
 *   <li>{@code name:romaji:} the name's words as folded romaji, sorted, one space between:
 *       Yamada Taro = Taro Yamada = YAMADA Tarō = "Yamada, Taro" = ヤマダ タロウ = taro yamada.
 * </ul>
 *
 * A name read several ways (a name IPADIC does not know, whose readings come from ENAMDICT)
 * has the sound and romaji keys of each reading. A name whose reading is unknown has only its
 * written key; a lone surname has keys of one word, which do not meet a full name's.
 */
public final class SubjectKeys {

  public static final String EMAIL = "email";
  public static final String PHONE = "phone";
  public static final String ADDRESS = "address";
  public static final String NAME_WRITTEN = "name:written";
  public static final String NAME_SOUND = "name:sound";
  public static final String NAME_ROMAJI = "name:romaji";

  /** Old forms (旧字体) and variants often used in names, as their common forms. */
  private static final Map<Character, Character> VARIANTS = Map.ofEntries(
      Map.entry('髙', '高'), Map.entry('﨑', '崎'), Map.entry('嵜', '崎'), Map.entry('邊', '辺'),
      Map.entry('邉', '辺'), Map.entry('濵', '浜'), Map.entry('濱', '浜'), Map.entry('澤', '沢'),
      Map.entry('齋', '斎'), Map.entry('齊', '斉'), Map.entry('櫻', '桜'), Map.entry('廣', '広'),
      Map.entry('國', '国'), Map.entry('眞', '真'), Map.entry('惠', '恵'), Map.entry('德', '徳'),
      Map.entry('曾', '曽'), Map.entry('藪', '薮'), Map.entry('槇', '槙'), Map.entry('冨', '富'));

  private SubjectKeys() {}

  /** The finding's keys; empty for types that do not identify a person by themselves. */
  public static Set<String> of(Finding finding) {
    String value = finding.normalized();
    return switch (finding.type()) {
      case EMAIL -> email(value);
      case PHONE -> phone(value);
      case ADDRESS -> address(value);
      case PERSON -> personName(value);
      default -> Set.of();
    };
  }

  /** The kind of a key: {@link #EMAIL}, {@link #NAME_SOUND} …, everything before its value. */
  public static String kindOf(String key) {
    return key.startsWith("name:") ? key.substring(0, key.indexOf(':', 5)) : key.substring(0, key.indexOf(':'));
  }

  /** True for the name kinds. */
  public static boolean isName(String key) {
    return key.startsWith("name:");
  }

  public static Set<String> email(String address) {
    String folded = WidthFolding.fold(address).strip().toLowerCase(Locale.ROOT);
    return folded.isEmpty() ? Set.of() : Set.of(EMAIL + ":" + folded);
  }

  /** @param e164 the number in E.164, as the phone detector normalises */
  public static Set<String> phone(String e164) {
    return e164.isBlank() ? Set.of() : Set.of(PHONE + ":" + e164.strip());
  }

  /** @param normalized an address detector's normalised form */
  public static Set<String> address(String normalized) {
    String[] fields = normalized.split("\\|", -1);
    if (fields.length >= 4) { // ja-address: prefecture|municipality|district|numbers|building|postcode
      return Set.of(ADDRESS + ":" + String.join("|", Arrays.asList(fields).subList(0, 4)));
    }
    String line = WidthFolding.fold(normalized).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return line.isEmpty() ? Set.of() : Set.of(ADDRESS + ":" + line);
  }

  /**
   * A PERSON finding's keys: Japanese names are {@code reading|romaji|written}, perhaps with
   * {@code |other readings} separated by {@code ;} (a name the dictionary reads several ways:
   * each reading is a key), other names their words ("taro yamada").
   */
  public static Set<String> personName(String normalized) {
    if (normalized.indexOf('|') < 0) {
      return latinName(normalized);
    }
    String[] fields = normalized.split("\\|", -1);
    String reading = fields[0];
    String written = fields.length > 2 ? fields[2] : "";
    Set<String> keys = japaneseName(reading.isBlank() ? null : reading, written);
    if (fields.length > 3 && !fields[3].isBlank()) {
      keys = new LinkedHashSet<>(keys);
      for (String other : fields[3].split(";")) {
        if (!other.isBlank()) {
          keys.addAll(japaneseName(other, written));
        }
      }
    }
    return keys;
  }

  /**
   * The keys of a Japanese name.
   *
   * @param reading its reading in kana (any width or script), the words separated by spaces
   *     when known, or null when unknown
   * @param written its written form, or empty
   */
  public static Set<String> japaneseName(String reading, String written) {
    Set<String> keys = new LinkedHashSet<>();
    String compact = writtenForm(written);
    if (hasKanji(compact)) {
      keys.add(NAME_WRITTEN + ":" + compact);
    }
    if (reading != null) {
      String katakana = Kana.toKatakana(WidthFolding.fold(reading)).strip();
      List<String> words = new ArrayList<>();
      for (String word : katakana.split("[\\s・=]+")) {
        if (!word.isEmpty()) {
          words.add(RomajiFolding.fold(Romaji.of(word)));
        }
      }
      if (!words.isEmpty()) {
        keys.add(NAME_SOUND + ":" + RomajiFolding.fold(Romaji.of(katakana.replaceAll("[\\s・=]+", ""))));
        keys.add(romajiKey(words));
      }
    }
    return keys;
  }

  /** The keys of a name in Latin letters, in either order ("Yamada, Taro", "taro yamada"). */
  public static Set<String> latinName(String name) {
    List<String> words = new ArrayList<>();
    for (String word : WidthFolding.fold(name).split("[\\s,、]+")) {
      String folded = RomajiFolding.fold(word);
      if (!folded.isEmpty()) {
        words.add(folded);
      }
    }
    if (words.isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(NAME_SOUND + ":" + String.join("", words));
    List<String> reversed = new ArrayList<>(words);
    java.util.Collections.reverse(reversed);
    keys.add(NAME_SOUND + ":" + String.join("", reversed));
    keys.add(romajiKey(words));
    return keys;
  }

  private static String romajiKey(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null);
    return NAME_ROMAJI + ":" + String.join(" ", sorted);
  }

  /** Width-folded, kana as katakana, no spaces or dots, old forms as common ones. */
  private static String writtenForm(String written) {
    String s = Kana.toKatakana(WidthFolding.fold(Normalizer.normalize(written, Normalizer.Form.NFC)));
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '・' || c == '=') {
        continue;
      }
      out.append(VARIANTS.getOrDefault(c, c));
    }
    return out.toString();
  }

  private static boolean hasKanji(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
