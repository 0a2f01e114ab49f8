package dev.shirabe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Part;
import dev.shirabe.pipeline.ScanSummary;
import dev.shirabe.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportingListenerTest {

  @Test
  void eachJsonLinesRecordCarriesTheLanguageAtItsFinding() throws IOException {
    String mail = "山田様\n\n来週の面接日程についてご連絡いたします。\n"
        + "ご不明な点は 03-1234-5678 までお電話ください。\n\n"
        + "--\nBest regards,\nJohn Smith, Sales Manager\n"
        + "Please contact me at john.smith@example.com if you have any questions.\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportingListener listener = new ReportingListener(OutputFormat.JSONL.writer(out, false));
    listener.part(new SourceFile(Path.of("mail.eml"), Path.of("."), mail.length(), FileTime.fromMillis(0)),
        new Part("", mail, Map.of()), DetectorSet.standard().only(List.of("email", "phone")).analyse(mail));
    listener.finish(new ScanSummary(1, mail.length(), 1, 0, 0, 0, Map.of(), 0));

    List<String> typeAndLang = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode record = new ObjectMapper().readTree(line);
      typeAndLang.add(record.get("type").asText() + " " + record.get("lang").asText());
    }
    assertEquals(List.of("PHONE ja", "EMAIL en"), typeAndLang);
  }
}
