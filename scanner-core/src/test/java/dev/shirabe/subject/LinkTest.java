package dev.shirabe.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkTest {

  @Test
  void describesDirectAndCorrelatedLinksInBothLanguages() {
    Link direct = new Link("name", "written form, reading", "山田 **", null, null, null);
    assertEquals("name (written form, reading)", direct.describe());
    assertEquals("氏名（表記・読み）", direct.describeJa());
    Link correlated = new Link("email", "email", "t***@example.jp", "name", "山田 **", "a.csv");
    assertEquals("email t***@example.jp, found beside the name 山田 ** in a.csv", correlated.describe());
    assertEquals("メールアドレス t***@example.jp：a.csv で氏名 山田 ** と並んで記載", correlated.describeJa());
  }
}
