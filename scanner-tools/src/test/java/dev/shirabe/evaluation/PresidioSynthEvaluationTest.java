package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.contacts.EmailDetector;
import dev.shirabe.detect.contacts.PhoneDetector;
import dev.shirabe.detect.names.training.PersonModelSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EMAIL, PHONE, CREDIT_CARD, IP_ADDRESS and ADDRESS quality on the shared en_presidio_synth corpus (English
 * synthetic sentences from microsoft/presidio-research). The floors are the values measured
 * when the detectors were written, less a few points: a drop below one is a regression to look
 * into.
 */
class PresidioSynthEvaluationTest {

  @Test
  void emailAndPhoneScoresStayAboveMeasuredFloors() throws Exception {
    Path corpus = corpus();
    DetectorSet detectors = new DetectorSet(List.of(new EmailDetector(), new PhoneDetector()));
    EvaluationReport report =
        Evaluation.run(corpus, detectors, new LinkedHashSet<>(List.of("EMAIL", "PHONE")));
    System.out.println("en_presidio_synth, " + report.files() + " files:");
    System.out.print(report.table());
    // Public corpus: its text may be printed.
    System.out.print(report.mismatches(true));

    // Measured: EMAIL 1.000 / 1.000 / 1.000, PHONE 0.988 / 0.924 / 0.955 (P / R / F1); PHONE
    // was 0.987 / 0.837 / 0.906 before a word closing the number's line ("781 1704 office")
    // counted as its label. The misses are unlabelled numbers valid nowhere ("They're not
    // answering at 78 651 450"), which stay unreported on purpose.
    PerType email = report.type("EMAIL").orElseThrow();
    assertAtLeast("EMAIL precision", email.precision(), 0.97);
    assertAtLeast("EMAIL recall", email.recall(), 0.97);
    assertAtLeast("EMAIL F1", email.f1(), 0.97);
    PerType phone = report.type("PHONE").orElseThrow();
    assertAtLeast("PHONE precision", phone.precision(), 0.98);
    assertAtLeast("PHONE recall", phone.recall(), 0.92);
    assertAtLeast("PHONE F1", phone.f1(), 0.95);
  }

  @Test
  void creditCardScoresStayAboveMeasuredFloors() throws Exception {
    Path corpus = corpus();
    EvaluationReport report = Evaluation.run(
        corpus, DetectorSet.standard(), new LinkedHashSet<>(List.of("CREDIT_CARD")));
    System.out.print(report.table());
    System.out.print(report.mismatches(true));

    // Measured: 1.000 / 0.919 / 0.958 (P / R / F1). The misses are generated numbers whose
    // prefixes no scheme issues (JCB 3502–3522 and 3590–3598, Maestro 0604 and 58xx).
    PerType card = report.type("CREDIT_CARD").orElseThrow();
    assertAtLeast("CREDIT_CARD precision", card.precision(), 0.97);
    assertAtLeast("CREDIT_CARD recall", card.recall(), 0.88);
    assertAtLeast("CREDIT_CARD F1", card.f1(), 0.92);
  }

  @Test
  void ipAddressScoresStayAboveMeasuredFloors() throws Exception {
    Path corpus = corpus();
    EvaluationReport report = Evaluation.run(
        corpus, DetectorSet.standard(), new LinkedHashSet<>(List.of("IP_ADDRESS")));
    System.out.print(report.table());
    System.out.print(report.mismatches(true));

    // Measured: 1.000 / 1.000 / 1.000 (P / R / F1) on 14 addresses (13 IPv4, one IPv6). With
    // so few, one miss or one false find costs 0.07: the floors allow one, not two.
    PerType ip = report.type("IP_ADDRESS").orElseThrow();
    assertAtLeast("IP_ADDRESS precision", ip.precision(), 0.92);
    assertAtLeast("IP_ADDRESS recall", ip.recall(), 0.92);
    assertAtLeast("IP_ADDRESS F1", ip.f1(), 0.92);
  }

  @Test
  void addressScoresStayAboveMeasuredFloors() throws Exception {
    EvaluationReport report = Evaluation.run(
        corpus(), DetectorSet.standard(), new LinkedHashSet<>(List.of("ADDRESS")));
    System.out.print(report.table());
    System.out.print(report.mismatches(true));

    // Measured against the merged gold (an address's labelled pieces one span): 1.000 / 0.702 /
    // 0.825 (P / R / F1); 1.000 / 0.624 / 0.769 before the street types in lower case or
    // abbreviated ("ul.", "u."), region codes and postcodes before the city. The gold still
    // splits an address where the generator left a city or country unlabelled ("Allika 46\n
    // Suite 501\n Riisa\n\n Estonia" and "62488" apart): the detector reports it whole, which
    // scores one of the two (31 such pairs). The other misses are mostly street names with no
    // mark of a street and no place and postcode after them ("Jahu 80"), addresses in lower
    // case, streets without a number ("Marina Fort") and "the corner of A and B".
    PerType address = report.type("ADDRESS").orElseThrow();
    assertAtLeast("ADDRESS precision", address.precision(), 0.99);
    assertAtLeast("ADDRESS recall", address.recall(), 0.70);
    assertAtLeast("ADDRESS F1", address.f1(), 0.82);
  }

  @Test
  void heldOutAddressAndPhoneScoresStayAboveMeasuredFloors() throws Exception {
    // The files the English person model was not trained on (numbered 0 mod 5), on which the
    // address and phone rules were not tuned either, as `shirabe eval DIR --held-out` scores.
    GoldSet gold = GoldSet.read(corpus()).only(PersonModelSplit::heldOut);
    EvaluationReport report = Evaluation.run(
        gold, DetectorSet.standard(), new LinkedHashSet<>(List.of("ADDRESS", "PHONE")));
    System.out.print(report.table());
    System.out.print(report.mismatches(true));

    // Measured: ADDRESS 1.000 / 0.690 / 0.817 (0.643 / 0.783 before), PHONE 1.000 / 0.938 /
    // 0.968 (0.875 / 0.933 before) on 84 addresses and 16 numbers.
    PerType address = report.type("ADDRESS").orElseThrow();
    assertAtLeast("held-out ADDRESS precision", address.precision(), 0.99);
    assertAtLeast("held-out ADDRESS recall", address.recall(), 0.69);
    assertAtLeast("held-out ADDRESS F1", address.f1(), 0.81);
    PerType phone = report.type("PHONE").orElseThrow();
    assertAtLeast("held-out PHONE precision", phone.precision(), 0.99);
    assertAtLeast("held-out PHONE recall", phone.recall(), 0.93);
    assertAtLeast("held-out PHONE F1", phone.f1(), 0.96);
  }

  private static Path corpus() {
    String shared = System.getProperty("shirabe.shared");
    assumeTrue(shared != null, "shirabe.shared not set");
    Path corpus = Path.of(shared, "corpus", "en_presidio_synth");
    assumeTrue(Files.isRegularFile(corpus.resolve(GoldSet.GOLD_FILE)), "no corpus at " + corpus);
    return corpus;
  }

  private static void assertAtLeast(String what, double measured, double floor) {
    assertTrue(measured >= floor, what + " " + measured + " fell below its floor " + floor);
  }
}
