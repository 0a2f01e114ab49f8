package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README and docs/ as a newcomer follows them: every relative link leads to a file that
 * exists (and to a heading there, when it names one), every {@code ./shirabe} command shown
 * names sub-commands and options that exist, and the README stays short.
 */
class DocsTest {

  /** The repository's root: the tests run in scanner-cli/. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The page's lines outside fenced code blocks, with inline code blanked. */
  private static List<String> prose(Path page) throws IOException {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      if (line.stripLeading().startsWith("```")) {
        fenced = !fenced;
        out.add("");
      } else {
        out.add(fenced ? "" : line.replaceAll("`[^`]*`", "``"));
      }
    }
    return out;
  }

  /** The lines inside fenced code blocks, continuation lines joined. */
  private static List<String> code(Path page) throws IOException {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    StringBuilder pending = new StringBuilder();
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      if (line.stripLeading().startsWith("```")) {
        fenced = !fenced;
      } else if (fenced) {
        String content = line.replaceAll("\\s+#.*$", "");
        if (content.endsWith("\\")) {
          pending.append(content, 0, content.length() - 1).append(' ');
        } else {
          out.add(pending + content);
          pending.setLength(0);
        }
      }
    }
    return out;
  }

  /** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as -. */
  static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      if (line.stripLeading().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (fenced || !m.matches()) {
        continue;
      }
      String slug = m.group(1).toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum);
      anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
    }
    return anchors;
  }

  @Test
  void anchorsAreSluggedAsGithubDoes() throws IOException {
    Path page = Files.createTempFile("docs", ".md");
    try {
      Files.writeString(page, "# Scanning on Spark\n## The finding record (`--format jsonl`)\n"
          + "## 10 million files on 32 cores, on paper\n## Notes\n## Notes\n```\n# not a heading\n```\n");
      assertEquals(Set.of("scanning-on-spark", "the-finding-record---format-jsonl",
          "10-million-files-on-32-cores-on-paper", "notes", "notes-1"), anchors(page));
    } finally {
      Files.delete(page);
    }
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndHeadingThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      List<String> lines = prose(page);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = LINK.matcher(lines.get(i));
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("^[a-z]+:.*")) {
            continue; // https:, mailto:: not this test's to check (no network here)
          }
          links++;
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          String anchor = hash < 0 ? null : target.substring(hash + 1);
          Path to = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
          String where = ROOT.relativize(page) + ":" + (i + 1) + ": " + target;
          if (!to.startsWith(ROOT) || !Files.exists(to)) {
            broken.add(where + " (no such file)");
          } else if (anchor != null && to.toString().endsWith(".md")
              && !anchors(to).contains(anchor)) {
            broken.add(where + " (no such heading)");
          }
        }
      }
    }
    assertTrue(links > 50, "links found: " + links);
    assertEquals(List.of(), broken);
  }

  @Test
  void everyShirabeCommandShownNamesCommandsAndOptionsThatExist() throws IOException {
    List<String> wrong = new ArrayList<>();
    int commands = 0;
    for (Path page : pages()) {
      for (String line : code(page)) {
        String[] words = line.trim().split("\\s+");
        if (words.length < 2 || !words[0].equals("./shirabe")) {
          continue;
        }
        commands++;
        CommandLine command = Main.commandLine();
        int w = 1;
        while (w < words.length && command.getSubcommands().containsKey(words[w])) {
          command = command.getSubcommands().get(words[w++]);
        }
        String where = ROOT.relativize(page) + ": " + line.trim();
        if (command.getCommandSpec().subcommands().size() > 1 && w == 1) {
          wrong.add(where + " (no such command: " + words[1] + ")");
          continue;
        }
        for (; w < words.length; w++) {
          String word = words[w];
          if (word.matches("[|;&>]+|2>>?|&&")) {
            break; // a pipe or another command follows
          }
          if (word.startsWith("--")) {
            String name = word.replaceAll("[=\\[].*$", "");
            if (command.getCommandSpec().findOption(name) == null) {
              wrong.add(where + " (" + command.getCommandName() + " has no " + name + ")");
            }
          }
        }
      }
    }
    assertTrue(commands > 20, "commands found: " + commands);
    assertEquals(List.of(), wrong);
  }

  @Test
  void theReadmeIsShortAndOpensWithTheSetUpCommands() throws IOException {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.size() <= 250, "README.md is " + readme.size() + " lines");
    // The first screen (40 lines) holds the two commands a newcomer runs.
    String first = String.join("\n", readme.subList(0, Math.min(40, readme.size())));
    assertTrue(first.contains("./shirabe scan test-corpus") && first.contains("mvn -B verify"),
        first);
  }
}
