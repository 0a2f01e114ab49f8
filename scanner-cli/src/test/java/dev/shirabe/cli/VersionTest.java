package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void versionOptionPrintsTheBuildsVersionAndCommit() {
    StringWriter out = new StringWriter();
    assertEquals(0, Cli.run(new StringWriter(), out, "--version"));
    String line = out.toString().strip();
    // The build wrote build.properties (scanner-cli/pom.xml): a version, and a commit or
    // "unknown commit" when the build had no git.
    assertTrue(line.matches("shirabe \\d+\\.\\d+\\.\\d+\\S* \\((commit [0-9a-f]{7,40}|unknown commit)"
        + "(, with local changes)?\\)"), line);
  }

  @Test
  void namesTheCommitAndLocalChanges() {
    assertEquals("shirabe 1.2.3 (commit 0123456789ab)",
        BuildInfo.of(properties("1.2.3", "0123456789ab", "false")).line());
    assertEquals("shirabe 1.2.3 (commit 0123456789ab, with local changes)",
        BuildInfo.of(properties("1.2.3", "0123456789ab", "true")).line());
  }

  @Test
  void aBuildWithoutGitSaysUnknownCommit() {
    assertEquals("shirabe 1.2.3 (unknown commit)",
        BuildInfo.of(properties("1.2.3", "unknown", "true")).line());
    assertEquals("shirabe 1.2.3 (unknown commit)",
        BuildInfo.of(properties("1.2.3", "", "false")).line());
  }

  @Test
  void classesBuiltWithoutMavenAreADevelopmentBuild() {
    assertEquals("shirabe (development build)", BuildInfo.of(new Properties()).line());
  }

  private static Properties properties(String version, String commit, String modified) {
    Properties p = new Properties();
    p.setProperty("version", version);
    p.setProperty("commit", commit);
    p.setProperty("modified", modified);
    return p;
  }
}
