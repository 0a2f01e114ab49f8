package dev.shirabe.extract.forked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An extraction process, and the tesseract it runs for OCR, use one OpenMP thread: on a scan's
 * shared cores tesseract's spinning OpenMP threads cost more than twice the CPU per page.
 */
class ChildProcessEnvironmentTest {

  @Test
  void extractionProcessesRunTesseractWithOneOpenMpThread() throws Exception {
    assumeTrue(System.getenv("OMP_THREAD_LIMIT") == null, "the user's own setting is kept");
    // What a program the extraction process starts (tesseract) finds in its environment.
    Process p = ChildProcess.builder(List.of("sh", "-c", "echo \"[$OMP_THREAD_LIMIT]\""))
        .start();
    assertEquals("[1]", output(p));
  }

  private static String output(Process p) throws IOException, InterruptedException {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return out;
  }
}
