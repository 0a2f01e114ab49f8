package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.run(err, out, args);
  }

  @Test
  void categoriesAreScoredAgainstTheirLabels() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("株主名簿.txt"), "鈴木 花子 03-5555-0124\n",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("old.txt"), "田中 一郎 03-5555-0125\n",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("notes.txt"), "山田 太郎 03-5555-0126\n",
        StandardCharsets.UTF_8);
    Path labels = dir.resolve("categories.jsonl");
    Files.writeString(labels, """
        {"file": "株主名簿.txt", "part": "", "category": "shareholder"}
        {"file": "old.txt", "part": "", "category": null}
        {"file": "notes.txt", "part": "", "category": "customer"}
        """, StandardCharsets.UTF_8);

    assertEquals(0, run("eval", corpus.toString(), "--categories", labels.toString()));
    String text = out.toString();
    assertTrue(text.contains("category accuracy  parts 0.667"), text);
    assertTrue(text.contains("no stated purpose  precision 0.500  recall 1.000"), text);
    assertTrue(text.contains("customer         got (none)"), text);

    assertEquals(2, run("eval", corpus.toString(), "--categories", dir.resolve("no.jsonl").toString()));
    assertTrue(err.toString().contains("No category labels"), err::toString);
  }
}
