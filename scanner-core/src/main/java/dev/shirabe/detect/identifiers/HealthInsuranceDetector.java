package dev.shirabe.detect.identifiers;

import dev.shirabe.detect.ContextWindow;
import dev.shirabe.detect.ContextWords;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the symbol and number of a Japanese health-insurance card (被保険者証の記号・番号, with its
 * 枝番 when given): the insured person's identifier, which the Health Insurance Act forbids
 * businesses to ask for outside the insurance's own procedures ({@link
 * FindingType.Sensitivity#RESTRICTED}).
 *
 * <p>The values have no fixed shape (a symbol may be digits, kanji or kana: 記号 東京12, 番号 345)
 * and no check digit, and 記号 and 番号 label anything. So only the labelled pair is read, and
 * only with a word of health insurance near it or heading its column (被保険者証, 保険証, 健康保険,
 * 資格確認書: {@code context/health-insurance.txt}): 「保険証 記号 1234 番号 56」, 「被保険者証の
 * 記号・番号：1234・56」. The insurer's number (保険者番号) names the insurer, not the person, and is
 * not reported. {@code normalized} is the symbol and the number (and branch) joined by {@code ・}.
 */
public final class HealthInsuranceDetector implements Detector {

  public static final String NAME = "health-insurance";

  private static final double CONFIDENCE = 0.6;
  /** Chars before the labels within which a word of health insurance must stand. */
  private static final int WINDOW = 40;

  private static final String SEP = "[ \\t:：]*";
  private static final String SYMBOL = "([0-9A-Za-z\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー-]{1,12})";
  private static final String NUMBER = "([0-9]{1,10})";
  private static final String BRANCH = "(?:[ \\t、,・]*枝番" + SEP + "([0-9]{1,2}))?";
  /** 記号 1234 番号 56 (枝番 01): each value after its own label. */
  private static final Pattern LABELLED = Pattern.compile(
      "記号" + SEP + SYMBOL + "[ \\t、,・]*番号" + SEP + NUMBER + BRANCH);
  /** 記号・番号 1234・56 (-01): one label for both, the values apart by a mark or a space. */
  private static final Pattern JOINED = Pattern.compile(
      "記号[・･/／]?番号" + SEP + SYMBOL + "[ \\t・･/／-]+" + NUMBER + "(?:[ \\t・･/／-]+([0-9]{2}))?(?![0-9])");

  private final ContextWords words = ContextWords.of(FindingType.HEALTH_INSURANCE);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    String folded = text.folded();
    if (folded.indexOf("記号") < 0) {
      return List.of(); // the one label every form of it has
    }
    List<Finding> findings = new ArrayList<>();
    for (Pattern pattern : List.of(JOINED, LABELLED)) {
      Matcher m = pattern.matcher(folded);
      while (m.find()) {
        if (!aboutHealthInsurance(text, m.start()) || overlapsAny(findings, m.start(1), m.end())) {
          continue;
        }
        int end = m.group(3) != null ? m.end(3) : m.end(2);
        String normalized = m.group(1) + "・" + m.group(2) + (m.group(3) != null ? "・" + m.group(3) : "");
        findings.add(text.finding(FindingType.HEALTH_INSURANCE, null, m.start(1), end, normalized,
            CONFIDENCE, NAME));
      }
    }
    findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return findings;
  }

  /** A word of health insurance heads the column, or stands before the labels at {@code at}. */
  private boolean aboutHealthInsurance(DetectionText text, int at) {
    String header = text.columnHeader(at);
    if (words.supporting().stream().anyMatch(header::contains)) {
      return true;
    }
    return ContextWindow.before(text, at, WINDOW).distanceTo(words.supporting()) >= 0;
  }

  private static boolean overlapsAny(List<Finding> found, int start, int end) {
    for (Finding f : found) {
      if (f.start() < end && start < f.end()) {
        return true;
      }
    }
    return false;
  }
}
