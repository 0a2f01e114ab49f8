package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthDetectorTest {

  /** Today is 2024-06-01 for these tests. */
  private static final DateOfBirthDetector DETECTOR = new DateOfBirthDetector(
      Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.DATE_OF_BIRTH);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1985年4月1日 | 1985-04-01",
        "1985 年 4 月 1 日 | 1985-04-01",
        "１９８５年４月１日 | 1985-04-01",
        "1985/04/01 | 1985-04-01",
        "1985-04-01 | 1985-04-01",
        "1985.4.1 | 1985-04-01",
        "１９８５／０４／０１ | 1985-04-01",
        "19850401 | 1985-04-01",
        "April 1, 1985 | 1985-04-01",
        "Apr. 1st, 1985 | 1985-04-01",
        "1 April 1985 | 1985-04-01",
        "1st of April, 1985 | 1985-04-01",
        "24/6/1991 | 1991-06-24",
        "6/24/1991 | 1991-06-24",
        "01/04/1985 | 1985-01-04"
      })
  void westernForms(String date, String iso) {
    assertEquals(iso, PROBE.only("生年月日：" + date).normalized());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "昭和60年4月1日 | 1985-04-01",
        "昭和６０年４月１日 | 1985-04-01",
        "平成元年4月1日 | 1989-04-01",
        "令和2年1月15日 | 2020-01-15",
        "令和元年5月1日 | 2019-05-01",
        "大正15年3月3日 | 1926-03-03",
        "明治45年1月1日 | 1912-01-01",
        "昭60.4.1 | 1985-04-01",
        "S60/4/1 | 1985-04-01",
        "H2.4.1 | 1990-04-01",
        "Ｈ２．４．１ | 1990-04-01",
        "R1-5-1 | 2019-05-01",
        "平成10年（1998年）4月12日 | 1998-04-12",
        "1998年（平成10年）4月12日 | 1998-04-12"
      })
  void japaneseEras(String date, String iso) {
    assertEquals(iso, PROBE.only("生年月日 " + date).normalized());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "昭和64年1月8日", // Heisei began that day
        "平成31年5月1日", // Reiwa began that day
        "令和元年4月30日",
        "平成0年4月1日",
        "1998年（平成11年）4月12日", // the two years disagree
        "1985年2月30日",
        "1985/13/01",
        "2023/02/29", // not a leap year
        "2025/01/01", // after today
        "1066/10/14"
      })
  void rejectsImpossibleDates(String date) {
    PROBE.none("生年月日：" + date);
  }

  @Test
  void acceptsALeapDay() {
    assertEquals("2000-02-29", PROBE.only("誕生日 2000/02/29").normalized());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "生年月日：1985年4月1日",
        "誕生日は1985年4月1日です",
        "1985年4月1日生まれ",
        "出生 1985/04/01",
        "年齢：39歳（1985/04/01）",
        "Date of birth: 01/04/1985",
        "DOB 1985-04-01",
        "Birthday: April 1, 1985",
        "She was born on 4/1/1985."
      })
  void aBirthWordNearbyMakesADateABirthDate(String text) {
    assertEquals(1, PROBE.detect(text).size(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"山田 太郎 様（1985年7月7日生）", "1985年7月7日生 男", "1998年4月12日生（満25歳）",
      "1985/07/07（満38歳）", "1985/07/07 (38歳)"})
  void aBirthSuffixOrAnAgeRightAfterItDoesToo(String text) {
    Finding f = PROBE.only(text);
    assertTrue(f.confidence() >= 0.8, "a birth suffix is near certain");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024年1月15日にご注文いただきました",
        "発行日 2024/01/15",
        "1985年4月1日生産開始", // 生 of 生産, not of a birth
        "契約日：2020-04-01",
        "Invoice date: April 1, 2020",
        "受付日 2024/01/22",
        "生年月日（記入例：1985年4月1日）"
      })
  void aDateWithoutBirthContextIsNotABirthDate(String text) {
    PROBE.none(text);
  }

  @Test
  void theWordOfAnotherDateNearerThanTheBirthWordDecides() {
    List<Finding> findings = PROBE.detect("生年月日：1985年4月1日　入社日：2010年4月1日");
    assertEquals(List.of("1985-04-01"), findings.stream().map(Finding::normalized).toList());
    findings = PROBE.detect("生年月日 1985年4月1日（2024年6月1日現在 満39歳）");
    assertEquals(List.of("1985-04-01"), findings.stream().map(Finding::normalized).toList());
  }

  @Test
  void aColumnHeadedBirthDateIsOne() {
    String table = "\t氏名\t生年月日\t入社日\n"
        + "\t大野 翼\t1990/05/23\t2015/04/01\n"
        + "\t佐々木 玲奈\t1995/11/02\t2019/10/01\n";
    assertEquals(List.of("1990-05-23", "1995-11-02"),
        PROBE.detect(table).stream().map(Finding::normalized).toList());
  }

  @Test
  void datesInsideOtherValuesAreNotRead() {
    PROBE.none("生年月日 v1985.04.01");
    PROBE.none("生年月日 ID-1985-04-01");
    PROBE.none("生年月日 1985-04-01-123");
    PROBE.none("生年月日 1985/04/012");
  }
}
