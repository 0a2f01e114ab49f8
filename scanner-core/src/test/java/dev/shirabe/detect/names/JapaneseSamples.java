package dev.shirabe.detect.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Japanese texts for the speed changes' equivalence tests: the sample corpus's and running prose. */
final class JapaneseSamples {

  private JapaneseSamples() {}

  static List<String> texts() {
    List<String> texts = new ArrayList<>();
    texts.add("1990年、ロバート・キャロルは上院議員に選ばれ、山田太郎と共に委員会を率いた。"
        + "ジョン・F・ケネディの後、ケリーは大統領に。松友美佐紀は、日本のバドミントン選手。"
        + "松友は高橋礼華と組み、王陽明の研究で知られる陳水扁とも会った。佐藤様より電話あり。"
        + "E・ジャクソンとヒューレット・パッカードの坂本龍一、坂本は「荒川強啓デイ・キャッチ!」に出た。");
    String root = System.getProperty("shirabe.root");
    Path corpus = (root != null ? Path.of(root) : Path.of("..")).resolve("test-corpus");
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text;
        try {
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
          continue; // a Shift_JIS sample: the extractors' test reads it
        }
        if (text.chars().anyMatch(c -> c >= 0x3040 && c <= 0x9FFF)) {
          texts.add(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
