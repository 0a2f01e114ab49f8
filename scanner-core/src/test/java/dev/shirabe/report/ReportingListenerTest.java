package dev.shirabe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPipeline;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportingListenerTest {

  @Test
  void eachJsonLinesRecordCarriesTheLanguageAtItsFinding(@TempDir Path dir)
      throws IOException, InterruptedException {
    String mail = "山田様\n\n来週の面接日程についてご連絡いたします。\n"
        + "ご不明な点は 03-1234-5678 までお電話ください。\n\n"
        + "--\nBest regards,\nJohn Smith, Sales Manager\n"
        + "Please contact me at john.smith@example.com if you have any questions.\n";
    Path file = Files.writeString(dir.resolve("mail.txt"), mail);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportingListener listener = new ReportingListener(OutputFormat.JSONL.writer(out, false));
    ScanOptions options = ScanOptions.defaults();
    ScanSummary summary = new ScanPipeline(options, new TikaExtractor(options.limits()),
        DetectorSet.standard().only(List.of("email", "phone"))).run(List.of(file), listener);
    listener.finish(summary);

    List<String> typeAndLang = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode record = new ObjectMapper().readTree(line);
      typeAndLang.add(record.get("type").asText() + " " + record.get("lang").asText());
    }
    assertEquals(List.of("PHONE ja", "EMAIL en"), typeAndLang);
  }
}
