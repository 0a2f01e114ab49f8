package dev.shirabe.extract;

import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;

/** Scratch: prints the parts of files. */
public class DumpParts {
  public static void main(String[] args) throws Exception {
    TikaExtractor x = new TikaExtractor(ExtractionLimits.DEFAULTS);
    for (String a : args) {
      System.out.println("=== " + a);
      x.extract(Path.of(a), new PartSink() {
        public void part(Part p) {
          String t = p.text().replace("\n", "⏎");
          System.out.println("PART [" + p.locator() + "] " + p.metadata() + " :: " + t.substring(0, Math.min(300, t.length())));
        }
        public void problem(String l, String r) { System.out.println("PROBLEM [" + l + "] " + r); }
      });
    }
  }
}
