package dev.shirabe.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A generated set of scanned paper for measuring OCR: Japanese application forms and résumés
 * (A4) and business cards, rendered with the installed Japanese fonts at 150 and 300 dpi,
 * slightly skewed and noisy, saved as PNG, JPEG, TIFF or an image-only PDF, with a
 * {@code gold.jsonl} that labels each person's name, address, phones and mail address by text
 * alone ({@link GoldPlacement} finds them in what OCR reads). Deterministic: the same seed,
 * the same set (given the same fonts).
 */
public final class ScannedPaper {

  /** One generated file: what it is, for the report. */
  public record Document(String file, String kind, int dpi, String font, String format) {}

  /** Japanese fonts tried, in order; those installed are used (fonts-ipafont-*). */
  public static final List<String> FONTS =
      List.of("IPAGothic", "IPAMincho", "IPAPGothic", "IPAPMincho");

  private static final String[][] SURNAMES = {
    {"佐藤", "sato"}, {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"},
    {"伊藤", "ito"}, {"渡辺", "watanabe"}, {"山本", "yamamoto"}, {"中村", "nakamura"},
    {"小林", "kobayashi"}, {"加藤", "kato"}, {"吉田", "yoshida"}, {"山田", "yamada"},
    {"松本", "matsumoto"}, {"井上", "inoue"}, {"木村", "kimura"}, {"清水", "shimizu"},
    {"森本", "morimoto"}, {"石川", "ishikawa"}, {"前田", "maeda"}, {"藤原", "fujiwara"}};
  private static final String[][] GIVEN = {
    {"太郎", "taro"}, {"花子", "hanako"}, {"健一", "kenichi"}, {"美咲", "misaki"},
    {"大輔", "daisuke"}, {"由美子", "yumiko"}, {"翔太", "shota"}, {"陽子", "yoko"},
    {"誠", "makoto"}, {"直樹", "naoki"}, {"恵子", "keiko"}, {"拓也", "takuya"},
    {"智子", "tomoko"}, {"浩二", "koji"}, {"明美", "akemi"}, {"和也", "kazuya"}};
  private static final String[][] PLACES = {
    {"東京都", "新宿区", "西新宿", "03"}, {"東京都", "千代田区", "丸の内", "03"},
    {"大阪府", "大阪市北区", "梅田", "06"}, {"愛知県", "名古屋市中区", "栄", "052"},
    {"神奈川県", "横浜市西区", "みなとみらい", "045"}, {"福岡県", "福岡市博多区", "博多駅前", "092"},
    {"北海道", "札幌市中央区", "北一条西", "011"}, {"京都府", "京都市下京区", "烏丸通", "075"},
    {"宮城県", "仙台市青葉区", "一番町", "022"}, {"広島県", "広島市中区", "紙屋町", "082"}};
  private static final String[] DOMAINS = {"example.co.jp", "example.ne.jp", "example.com"};
  private static final String[] COMPANIES = {
    "株式会社さくらネットワーク", "ひかり通信株式会社", "東和システム株式会社", "株式会社みらい技研"};
  private static final String[] FORMS = {"履歴書", "入会申込書", "会員登録申込書", "お客様情報登録票"};

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScannedPaper() {}

  /**
   * Writes {@code count} files and their {@code gold.jsonl} into {@code dir}: two forms to one
   * card, dpi, font and format taking turns.
   */
  public static List<Document> write(Path dir, int count, long seed) throws IOException {
    List<String> fonts = requireFonts();
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Document> documents = new ArrayList<>();
    String[] formats = {"png", "pdf", "jpg", "tif"};
    try (BufferedWriter gold =
        Files.newBufferedWriter(dir.resolve(GoldSet.GOLD_FILE), StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        boolean card = i % 3 == 2;
        int dpi = i % 2 == 0 ? 150 : 300;
        String font = fonts.get(i % fonts.size());
        String format = formats[(i / 2) % formats.length];
        String file = String.format(Locale.ROOT, "%02d_%s_%ddpi.%s",
            i + 1, card ? "card" : "form", dpi, format);
        List<Map<String, String>> labels =
            write(dir.resolve(file), card, dpi, font, format, random);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file);
        line.put("entities", labels);
        gold.write(JSON.writeValueAsString(line));
        gold.newLine();
        documents.add(new Document(file, card ? "card" : "form", dpi, font, format));
      }
    }
    return documents;
  }

  /**
   * Writes one scanned form (a résumé or an application) and returns its labels: maps of
   * {@code type} (PERSON, ADDRESS, PHONE, EMAIL) and {@code text}.
   *
   * @param format png, jpg, tif or pdf (an image-only PDF)
   */
  public static List<Map<String, String>> form(Path file, int dpi, String format, long seed)
      throws IOException {
    return write(file, false, dpi, requireFonts().get(0), format, new Random(seed));
  }

  private static List<Map<String, String>> write(Path file, boolean card, int dpi, String font,
      String format, Random random) throws IOException {
    Person p = Person.random(random);
    Sheet sheet = card ? card(p, random, dpi, font) : form(p, random, dpi, font);
    save(scan(sheet.image, random, dpi), file, format, dpi);
    return sheet.labels;
  }

  private static List<String> requireFonts() throws IOException {
    List<String> fonts = installedFonts();
    if (fonts.isEmpty()) {
      throw new IOException("no Japanese font installed (" + String.join(", ", FONTS)
          + "; Debian: fonts-ipafont-gothic fonts-ipafont-mincho)");
    }
    return fonts;
  }

  /** The fonts of {@link #FONTS} this machine has. */
  public static List<String> installedFonts() {
    List<String> have = new ArrayList<>();
    for (String name : FONTS) {
      // Java substitutes "Dialog" for a font it does not have.
      if (new Font(name, Font.PLAIN, 12).getFamily(Locale.ROOT).equalsIgnoreCase(name)) {
        have.add(name);
      }
    }
    return have;
  }

  /** A made-up person: the values printed and labelled. */
  private record Person(String name, String address, String phone, String mobile, String fax,
      String email) {
    static Person random(Random r) {
      String[] s = SURNAMES[r.nextInt(SURNAMES.length)];
      String[] g = GIVEN[r.nextInt(GIVEN.length)];
      String[] place = PLACES[r.nextInt(PLACES.length)];
      String postal = String.format(Locale.ROOT, "〒%03d-%04d", 100 + r.nextInt(900),
          r.nextInt(10000));
      String street = r.nextBoolean()
          ? String.format(Locale.ROOT, "%d-%d-%d", 1 + r.nextInt(9), 1 + r.nextInt(20),
              1 + r.nextInt(30))
          : (new String[] {"一", "二", "三", "四", "五"})[r.nextInt(5)] + "丁目" + (1 + r.nextInt(20))
              + "番" + (1 + r.nextInt(30)) + "号";
      String address = postal + " " + place[0] + place[1] + place[2] + street;
      String area = place[3];
      int local = 10 - area.length() - 4;
      String phone = area + "-" + digits(r, local) + "-" + digits(r, 4);
      String fax = area + "-" + digits(r, local) + "-" + digits(r, 4);
      String mobile = (new String[] {"090", "080", "070"})[r.nextInt(3)] + "-" + digits(r, 4)
          + "-" + digits(r, 4);
      String email = g[1].charAt(0) + "." + s[1] + "@" + DOMAINS[r.nextInt(DOMAINS.length)];
      return new Person(s[0] + " " + g[0], address, phone, mobile, fax, email);
    }

    /**
     * The address without its postal code, as labelled: a finding of the address counts
     * whether OCR read the 〒 mark (often dropped or read as 7 or T) and the code's digits
     * right or not; its place and street must be read right.
     */
    String street() {
      return address.substring(address.indexOf(' ') + 1);
    }

    private static String digits(Random r, int n) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? 1 + r.nextInt(9) : r.nextInt(10));
      }
      return b.toString();
    }
  }

  /** A clean rendering and the labels of what it shows. */
  private record Sheet(BufferedImage image, List<Map<String, String>> labels) {}

  /** An A4 form: a title, then labelled rows in boxes. */
  private static Sheet form(Person p, Random r, int dpi, String font) {
    Canvas c = new Canvas(210, 297, dpi, font);
    c.text(FORMS[r.nextInt(FORMS.length)], 20, 25, 20);
    c.text("記入日　2024年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日", 130, 35, 10.5);
    String[][] rows = {
      {"氏名", p.name, "PERSON"},
      {"住所", p.address, "ADDRESS"},
      {"電話番号", p.phone, "PHONE"},
      {"携帯電話", p.mobile, "PHONE"},
      {"メールアドレス", p.email, "EMAIL"},
    };
    double y = 50;
    for (String[] row : rows) {
      c.box(20, y, 170, 14);
      c.line(55, y, 55, y + 14);
      c.text(row[0], 23, y + 9, 10.5);
      c.text(row[1], 59, y + 9.5, row[2].equals("PERSON") ? 14 : 11);
      c.label(row[2], row[2].equals("ADDRESS") ? p.street() : row[1]);
      y += 14;
    }
    c.text("志望の動機、特技、好きな学科など", 22, y + 12, 10.5);
    c.box(20, y + 5, 170, 40);
    return c.sheet();
  }

  /** A business card, 91 × 55 mm: company, name large, address, phones and mail. */
  private static Sheet card(Person p, Random r, int dpi, String font) {
    Canvas c = new Canvas(91, 55, dpi, font);
    c.text(COMPANIES[r.nextInt(COMPANIES.length)], 6, 9, 9);
    c.text("営業部　課長", 6, 16, 8);
    c.text(p.name, 22, 28, 16);
    c.label("PERSON", p.name);
    c.text(p.address, 6, 38, 7.5);
    c.label("ADDRESS", p.street());
    c.text("TEL " + p.phone + "　FAX " + p.fax, 6, 44, 7.5);
    c.label("PHONE", p.phone);
    c.label("PHONE", p.fax);
    c.text("E-mail " + p.email, 6, 50, 7.5);
    c.label("EMAIL", p.email);
    return c.sheet();
  }

  /** Paper of a size in millimetres, drawn on at a resolution. */
  private static final class Canvas {
    final BufferedImage image;
    final Graphics2D g;
    final double px;
    final String font;
    final List<Map<String, String>> labels = new ArrayList<>();

    Canvas(double widthMm, double heightMm, int dpi, String font) {
      px = dpi / 25.4;
      image = new BufferedImage((int) (widthMm * px), (int) (heightMm * px),
          BufferedImage.TYPE_BYTE_GRAY);
      g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      this.font = font;
    }

    void text(String s, double xMm, double baselineMm, double points) {
      g.setFont(new Font(font, Font.PLAIN, 1).deriveFont((float) (points / 72 * 25.4 * px)));
      g.drawString(s, (float) (xMm * px), (float) (baselineMm * px));
    }

    void box(double xMm, double yMm, double wMm, double hMm) {
      g.drawRect((int) (xMm * px), (int) (yMm * px), (int) (wMm * px), (int) (hMm * px));
    }

    void line(double x1, double y1, double x2, double y2) {
      g.drawLine((int) (x1 * px), (int) (y1 * px), (int) (x2 * px), (int) (y2 * px));
    }

    void label(String type, String text) {
      labels.add(Map.of("type", type, "text", text));
    }

    Sheet sheet() {
      g.dispose();
      return new Sheet(image, labels);
    }
  }

  /**
   * The sheet as a scanner gives it: turned by up to 1.5° either way, with grey noise (σ 12
   * of 255) and a few dark and light specks.
   */
  private static BufferedImage scan(BufferedImage clean, Random r, int dpi) {
    BufferedImage out = new BufferedImage(clean.getWidth(), clean.getHeight(),
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    double degrees = (r.nextDouble() * 2 - 1) * 1.5;
    g.drawImage(clean, AffineTransform.getRotateInstance(Math.toRadians(degrees),
        clean.getWidth() / 2.0, clean.getHeight() / 2.0), null);
    g.dispose();
    // Noise from a table of Gaussian samples: drawing one per pixel would take most of the
    // set's generation time.
    double[] gauss = new double[4096];
    for (int i = 0; i < gauss.length; i++) {
      gauss[i] = r.nextGaussian() * 12;
    }
    byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      int draw = r.nextInt();
      double v = (pixels[i] & 0xff) + gauss[draw & 4095];
      int speck = (draw >>> 12) % 4000;
      if (speck == 0) {
        v = 0;
      } else if (speck == 1) {
        v = 255;
      }
      pixels[i] = (byte) Math.max(0, Math.min(255, (int) v));
    }
    return out;
  }

  private static void save(BufferedImage image, Path file, String format, int dpi)
      throws IOException {
    if (!format.equals("pdf")) {
      String writer = format.equals("jpg") ? "jpeg" : format.equals("tif") ? "tiff" : format;
      if (!ImageIO.write(image, writer, file.toFile())) {
        throw new IOException("no image writer for " + writer);
      }
      return;
    }
    // An image-only PDF: one page of the paper's size, the scan drawn over all of it.
    try (PDDocument doc = new PDDocument()) {
      float width = image.getWidth() * 72f / dpi;
      float height = image.getHeight() * 72f / dpi;
      PDPage page = new PDPage(new PDRectangle(width, height));
      doc.addPage(page);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(x, 0, 0, width, height);
      }
      doc.save(file.toFile());
    }
  }
}
