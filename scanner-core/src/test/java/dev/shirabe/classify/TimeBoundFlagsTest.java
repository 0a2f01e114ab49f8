package dev.shirabe.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flags that change with the day: minor and retention_exceeded. */
class TimeBoundFlagsTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  /** The scan's day: 2026-12-06. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), TOKYO);

  @TempDir Path dir;

  /** Findings of the given values, each at its first place in the text at or after the last. */
  private static List<Finding> findings(String text, Object... typeAndValue) {
    List<Finding> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < typeAndValue.length; i += 2) {
      FindingType type = (FindingType) typeAndValue[i];
      String value = (String) typeAndValue[i + 1];
      String normalized = value;
      if (type == FindingType.DATE_OF_BIRTH) {
        String[] ymd = value.replaceAll("[年月/]", "-").replace("日", "").split("-");
        normalized = LocalDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]),
            Integer.parseInt(ymd[2])).toString();
      }
      int at = text.indexOf(value, from);
      assertTrue(at >= 0, value);
      out.add(new Finding(type, null, at, at + value.length(), value, normalized, 0.9, "test"));
      from = at + 1;
    }
    return out;
  }

  private static List<Classification> classify(Policy policy, Path file, String text,
      List<Finding> findings) throws Exception {
    try (PolicyClassifier c = new PolicyClassifier(policy, CLOCK)) {
      return c.classify(file, new Part("", text, Map.of()), findings);
    }
  }

  private static String resume(String birth, String age) {
    return "履歴書\n氏名\t山田 太郎\n生年月日\t" + birth + "生（満" + age + "歳）\n"
        + "現住所\t東京都港区芝公園9-9-9\n電話\t090-1234-5678\n";
  }

  @Test
  void aFifteenYearOldsResumeFlagsAllTheirFindingsMinor() throws Exception {
    String text = resume("2011年4月1日", "15");
    List<Classification> c = classify(Policy.defaults(), dir.resolve("応募/resume.docx"), text,
        findings(text, FindingType.PERSON, "山田 太郎", FindingType.DATE_OF_BIRTH, "2011年4月1日",
            FindingType.ADDRESS, "東京都港区芝公園9-9-9", FindingType.PHONE, "090-1234-5678"));
    for (Classification one : c) {
      assertTrue(one.flags().contains(Classification.MINOR), one.flags()::toString);
      // They turn 16 on 2027-04-01: a report after that day no longer counts them.
      assertEquals(LocalDate.of(2027, 4, 1), one.deadlines().minorUntil());
      assertEquals(List.of(), one.deadlines().flagsOn(LocalDate.of(2027, 4, 1), null));
    }
    assertEquals("job_applicant", c.get(0).category());
  }

  @Test
  void aThirtyYearOldsResumeIsNotAMinorsAndKeepsNoBirthDerivedDate() throws Exception {
    String text = resume("1996年4月1日", "30");
    List<Classification> c = classify(Policy.defaults(), dir.resolve("resume.docx"), text,
        findings(text, FindingType.PERSON, "山田 太郎", FindingType.DATE_OF_BIRTH, "1996年4月1日",
            FindingType.PHONE, "090-1234-5678"));
    for (Classification one : c) {
      assertFalse(one.flags().contains(Classification.MINOR), one.flags()::toString);
      assertNull(one.deadlines().minorUntil());
    }
  }

  @Test
  void anAgeAloneCountsAsOfTheFilesTimeAndTheMinorAgeIsThePolicys() throws Exception {
    String text = "氏名 山田 花子\n年齢 15\n電話 090-1234-5678\n";
    Path file = Files.writeString(dir.resolve("entry.txt"), text);
    List<Finding> found = findings(text, FindingType.PERSON, "山田 花子",
        FindingType.PHONE, "090-1234-5678");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-06-01T00:00:00Z")));
    assertTrue(classify(Policy.defaults(), file, text, found).get(1).flags()
        .contains(Classification.MINOR));
    // Written in 2020 at 15: 21 or so now.
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-06-01T00:00:00Z")));
    assertFalse(classify(Policy.defaults(), file, text, found).get(1).flags()
        .contains(Classification.MINOR));
    // A 17-year-old is a minor where the policy says 18.
    String older = text.replace("15", "17");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-06-01T00:00:00Z")));
    List<Finding> again = findings(older, FindingType.PERSON, "山田 花子",
        FindingType.PHONE, "090-1234-5678");
    assertFalse(classify(Policy.defaults(), file, older, again).get(0).flags()
        .contains(Classification.MINOR));
    Policy eighteen = PolicyReader.parse("p", "minor-age: 18\n[category applicant]\n"
        + "label: 応募者 | Applicants\npurpose: screening | 選考 | Screening\nja: 応募\n");
    assertTrue(classify(eighteen, file, older, again).get(0).flags()
        .contains(Classification.MINOR));
  }

  @Test
  void aClassListWithOneMinorRowFlagsThatRowOnly() throws Exception {
    String text = "受講者名簿\n氏名,生年月日,電話\n"
        + "山田 太郎,1990/04/01,090-1111-2222\n"
        + "佐藤 花子,2012/05/05,090-3333-4444\n"
        + "鈴木 一郎,1985/07/07,090-5555-6666\n";
    List<Classification> c = classify(Policy.defaults(), dir.resolve("list.csv"), text,
        findings(text, FindingType.PERSON, "山田 太郎", FindingType.DATE_OF_BIRTH, "1990/04/01",
            FindingType.PHONE, "090-1111-2222",
            FindingType.PERSON, "佐藤 花子", FindingType.DATE_OF_BIRTH, "2012/05/05",
            FindingType.PHONE, "090-3333-4444",
            FindingType.PERSON, "鈴木 一郎", FindingType.DATE_OF_BIRTH, "1985/07/07",
            FindingType.PHONE, "090-5555-6666"));
    for (int i = 0; i < c.size(); i++) {
      assertEquals(i >= 3 && i < 6, c.get(i).flags().contains(Classification.MINOR),
          i + " " + c.get(i).flags());
    }
    // Only one row has a birth date: still a list, and still only that row.
    String one = text.replace("1990/04/01", "").replace("1985/07/07", "");
    List<Classification> d = classify(Policy.defaults(), dir.resolve("list.csv"), one,
        findings(one, FindingType.PERSON, "山田 太郎", FindingType.PHONE, "090-1111-2222",
            FindingType.PERSON, "佐藤 花子", FindingType.DATE_OF_BIRTH, "2012/05/05",
            FindingType.PHONE, "090-3333-4444",
            FindingType.PERSON, "鈴木 一郎", FindingType.PHONE, "090-5555-6666"));
    assertEquals(List.of(false, false, true, true, true, false, false),
        d.stream().map(x -> x.flags().contains(Classification.MINOR)).toList());
  }

  /**
   * A long table is classified segment by segment, the same part each time: its age column,
   * named in a header far above, still makes a late row's 15-year-old a minor, and a part read
   * before it without any age word does not stop the next part's ages from being read.
   */
  @Test
  void agesAreReadInEverySegmentOfALongTableAndForEachNewPart() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; rows.length() < 100_000; i++) {
      rows.append("会員").append(i).append(",40,03-5555-").append(String.format("%04d", i % 10_000))
          .append('\n');
    }
    String minorRow = "佐藤 花子,15,090-3333-4444\n";
    String table = "氏名,年齢,電話\n" + rows + minorRow;
    String plain = "氏名,部署,電話\n山田 太郎,営業,090-1111-2222\n";
    Path file = Files.writeString(dir.resolve("members.csv"), table);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
    try (PolicyClassifier c = new PolicyClassifier(Policy.defaults(), CLOCK)) {
      assertFalse(c.classify(dir.resolve("plain.csv"), new Part("", plain, Map.of()),
          findings(plain, FindingType.PERSON, "山田 太郎")).get(0).flags()
          .contains(Classification.MINOR));
      Part part = new Part("", table, Map.of());
      String firstPhone = "03-5555-0000";
      assertFalse(c.classify(file, part, findings(table, FindingType.PHONE, firstPhone)).get(0)
          .flags().contains(Classification.MINOR));
      List<Finding> late = findings(table, FindingType.PERSON, "佐藤 花子");
      assertTrue(c.classify(file, part, late).get(0).flags().contains(Classification.MINOR));
    }
  }

  private static final String RETIREE_POLICY = """
      [category retiree]
      label: 退職者 | Retirees
      purpose: retiree_management | 退職者管理 | Retiree management
      ja: 退職者, 退職日
      retention: P5Y
      retention-from: 退職日
      """;

  private static final String RETIREES = "退職者一覧\n氏名\t電話\t退職日\n"
      + "山田 太郎\t03-5555-0101\t2012/03/31\n"
      + "佐藤 花子\t03-5555-0102\t2024/03/31\n";

  private List<Classification> retirees(Policy policy) throws Exception {
    Path file = Files.writeString(dir.resolve("retirees.txt"), RETIREES);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
    return classify(policy, file, RETIREES, findings(RETIREES,
        FindingType.PERSON, "山田 太郎", FindingType.PHONE, "03-5555-0101",
        FindingType.PERSON, "佐藤 花子", FindingType.PHONE, "03-5555-0102"));
  }

  @Test
  void aRetireeListPastItsPeriodIsFlaggedRowByRowFromTheDateItsColumnGives() throws Exception {
    List<Classification> c = retirees(PolicyReader.parse("p", RETIREE_POLICY));
    assertEquals("retiree", c.get(0).category());
    assertEquals(List.of(true, true, false, false), c.stream()
        .map(x -> x.flags().contains(Classification.RETENTION_EXCEEDED)).toList());
    assertEquals(LocalDate.of(2012, 3, 31), c.get(0).deadlines().retentionFrom());
    assertEquals(Period.ofYears(5), c.get(0).deadlines().retention());
    assertEquals(LocalDate.of(2024, 3, 31), c.get(2).deadlines().retentionFrom());
    // The second row's period ends 2029-03-31: flagged on any later day, without a rescan.
    assertEquals(List.of(Classification.RETENTION_EXCEEDED),
        c.get(2).deadlines().flagsOn(LocalDate.of(2029, 4, 1), null));
  }

  @Test
  void withoutRetentionFromThePeriodRunsFromTheFilesTime() throws Exception {
    List<Classification> c = retirees(PolicyReader.parse("p",
        RETIREE_POLICY.replace("retention-from: 退職日\n", "")));
    for (Classification one : c) {
      assertNull(one.deadlines().retentionFrom());
      assertFalse(one.flags().contains(Classification.RETENTION_EXCEEDED)); // written last month
      assertEquals(List.of(Classification.RETENTION_EXCEEDED),
          one.deadlines().flagsOn(LocalDate.of(2031, 11, 2), LocalDate.of(2026, 11, 1)));
    }
  }

  @Test
  void withoutARetentionKeyNothingIsFlagged() throws Exception {
    for (Classification one : retirees(PolicyReader.parse("p",
        RETIREE_POLICY.replace("retention: P5Y\nretention-from: 退職日\n", "")))) {
      assertTrue(one.flags().isEmpty(), one.flags()::toString);
      assertTrue(one.deadlines().isNone());
    }
    for (Classification one : retirees(Policy.defaults())) {
      assertEquals("retiree", one.category());
      assertFalse(one.flags().contains(Classification.RETENTION_EXCEEDED));
    }
  }

  @Test
  void anInlineLabelledDateInAFormIsTheSections() throws Exception {
    String text = "退職者届\n氏名：山田 太郎\n退職日：平成24年3月31日\n電話：03-5555-0101\n";
    List<Classification> c = classify(PolicyReader.parse("p", RETIREE_POLICY),
        dir.resolve("form.txt"), text, findings(text, FindingType.PERSON, "山田 太郎",
            FindingType.PHONE, "03-5555-0101"));
    for (Classification one : c) {
      assertEquals(LocalDate.of(2012, 3, 31), one.deadlines().retentionFrom());
      assertTrue(one.flags().contains(Classification.RETENTION_EXCEEDED));
    }
  }
}
