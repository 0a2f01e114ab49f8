package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Numbers and dates that pass the identifier detectors' checks but are labelled as something
 * else, in running text and in tables as Tika writes spreadsheets and CSV (a header row, cells
 * after tabs), through the whole standard detector set. Each value here passes the check of the
 * identifier it looks like: only its label keeps it out.
 */
class IdentifierDecoysTest {

  private static final Set<FindingType> IDENTIFIERS = EnumSet.of(FindingType.MY_NUMBER,
      FindingType.CREDIT_CARD, FindingType.DATE_OF_BIRTH, FindingType.BANK_ACCOUNT,
      FindingType.PASSPORT, FindingType.DRIVERS_LICENSE);

  private static final DetectorSet DETECTORS = DetectorSet.standard();

  /** Normalized value by type, of the identifier findings in the text. */
  private static Map<String, List<String>> identifiers(String text) {
    Map<String, List<String>> found = new TreeMap<>();
    for (Finding f : DETECTORS.detect(text)) {
      if (IDENTIFIERS.contains(f.type())) {
        found.computeIfAbsent(f.type().name(), t -> new ArrayList<>()).add(f.normalized());
      }
    }
    return found;
  }

  @Test
  void aTableOfOtherNumbersHoldsNoIdentifier() {
    String table = "\t注文番号\t伝票番号\t商品コード\t請求書番号\t電話番号\t納品日\t会員番号\t顧客コード\n"
        + "\t202401150007\t4912-3456-7890\t4111111111111111\t309012345620\t03-1234-5678"
        + "\t2024/01/15\t1234 5678 9018\t1234567\n"
        + "\t314159265352\t4912 3456 7890\t3530111333300000\tDE89370400440532013000\t0312345678"
        + "\t1985/04/01\tTK1234567\t7654321\n";
    assertEquals(Map.of(), identifiers(table));
  }

  @Test
  void theSameValuesUnderTheirOwnHeadsAreFound() {
    String table = "\t氏名\t個人番号\t生年月日\t口座番号\t旅券番号\t免許証番号\tクレジットカード\n"
        + "\t山田 太郎\t202401150007\t1985/04/01\t1234567\tTK1234567\t309012345620"
        + "\t4111111111111111\n";
    assertEquals(Map.of(
            "MY_NUMBER", List.of("202401150007"),
            "DATE_OF_BIRTH", List.of("1985-04-01"),
            "BANK_ACCOUNT", List.of("1234567"),
            "PASSPORT", List.of("TK1234567"),
            "DRIVERS_LICENSE", List.of("309012345620"),
            "CREDIT_CARD", List.of("4111111111111111")),
        identifiers(table));
  }

  @Test
  void labelledOtherNumbersInRunningTextHoldNoIdentifier() {
    String text = """
        ご注文番号：202401150007
        お問い合わせ伝票番号：4912-3456-7890
        保守契約番号 202401150007（v2.3.1 へ更新予定）
        商品コード 4111111111111111
        請求書番号 INV-2024-000123、JANコード 4901234567894
        会員番号 1234 5678 9018
        〒1234567 東京都港区芝公園9-9-9
        お届け予定日：2024年1月15日（月）
        型番 TK1234567
        TEL 03-1234-5678 / FAX 0312345679
        """;
    assertEquals(Map.of(), identifiers(text));
  }
}
