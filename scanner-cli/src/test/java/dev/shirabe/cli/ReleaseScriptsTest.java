package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.extract.forked.ForkedExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The release archive's launchers start Java as the source tree's ./shirabe does. */
class ReleaseScriptsTest {

  private static final Path ROOT = Path.of(System.getProperty("shirabe.root", ".."));

  @Test
  void theLaunchersShareTheirJvmDefaults() throws IOException {
    Pattern sh = Pattern.compile("\\$\\{SHIRABE_JAVA_OPTS:-([^}]*)}");
    String dev = first(sh, read(ROOT.resolve("shirabe")));
    assertEquals(dev, first(sh, read(ROOT.resolve("scanner-cli/src/dist/bin/shirabe"))));
    assertEquals(dev, first(Pattern.compile("set \"JAVA_OPTS=([^\"]*)\""),
        read(ROOT.resolve("scanner-cli/src/dist/bin/shirabe.bat"))));
  }

  /** docs/performance.md, "Start-up": C2 cost a subject look-up more CPU than it gave back. */
  @Test
  void everyLauncherRunsSubjectWithTheQuickCompilerOnly() throws IOException {
    Pattern shell = Pattern.compile("if \\[ \"\\$\\{1:-}\" = subject ]; then\\s+jit=(\\S+)");
    assertEquals("-XX:TieredStopAtLevel=1", first(shell, read(ROOT.resolve("shirabe"))));
    assertEquals("-XX:TieredStopAtLevel=1",
        first(shell, read(ROOT.resolve("scanner-cli/src/dist/bin/shirabe"))));
    assertEquals("-XX:TieredStopAtLevel=1", first(
        Pattern.compile("if /i \"%~1\"==\"subject\" set \"JIT_OPTS=([^\"]*)\""),
        read(ROOT.resolve("scanner-cli/src/dist/bin/shirabe.bat"))));
  }

  /**
   * docs/performance.md, "Start-up": other commands call C2 late, with the same thresholds as
   * the extraction processes (ForkedExtractor.LATE_C2).
   */
  @Test
  void everyLauncherCallsTheOptimisingCompilerLateForOtherCommands() throws IOException {
    String late = String.join(" ", ForkedExtractor.LATE_C2);
    Pattern shell = Pattern.compile("(?m)^jit=\"([^\"]*)\"$");
    assertEquals(late, first(shell, read(ROOT.resolve("shirabe"))));
    assertEquals(late, first(shell, read(ROOT.resolve("scanner-cli/src/dist/bin/shirabe"))));
    assertEquals(late, first(Pattern.compile("(?m)^set \"JIT_OPTS=([^\"]*)\"$"),
        read(ROOT.resolve("scanner-cli/src/dist/bin/shirabe.bat"))));
  }

  /**
   * docs/performance.md, "Start-up": JDK 17 stores a method's "queued for compilation" flag in a
   * dynamic archive (JDK-8306460), and such a method is never compiled where the archive is
   * mapped; the JVM that makes the archive must therefore compile nothing.
   */
  @Test
  void bothShellLaunchersMakeTheClassArchiveInterpretedOnly() throws IOException {
    Pattern maker = Pattern.compile("(?s)nice -n 19 ([^\\n]*?)\\\\\\s+\"-XX:ArchiveClassesAtExit=");
    for (String launcher : new String[] {"shirabe", "scanner-cli/src/dist/bin/shirabe"}) {
      assertTrue(first(maker, read(ROOT.resolve(launcher))).contains("-Xint"), launcher);
    }
  }

  @Test
  void bothShellLaunchersKeepWrittenFilesPrivate() throws IOException {
    for (String launcher : new String[] {"shirabe", "scanner-cli/src/dist/bin/shirabe"}) {
      assertEquals("077", first(Pattern.compile("(?m)^umask (\\d+)$"),
          read(ROOT.resolve(launcher))), launcher);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no " + pattern + " in " + text);
    }
    return m.group(1);
  }
}
