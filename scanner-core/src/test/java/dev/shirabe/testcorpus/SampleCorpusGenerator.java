package dev.shirabe.testcorpus;

import dev.shirabe.testcorpus.MailMessage.Address;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes the project's sample corpus, {@code test-corpus/}: the kinds of files a Japanese
 * privacy officer finds on a file share, every person, company, address, number and mail
 * address in them invented. Each document's text is written here with its expected findings
 * marked inline (see {@link Labels}); the marks are taken out of the files and written to
 * {@code test-corpus-labels/expected.jsonl} (EMAIL and PHONE findings) and {@code gold.jsonl}
 * (every span, with its offsets in the extracted text: see {@link GoldFile}).
 *
 * <p>Run from the repository root (see test-corpus-labels/CORPUS.md):
 *
 * <pre>
 * mvn -o -q -B test-compile -pl scanner-core -am
 * mvn -o -q dependency:build-classpath -pl scanner-core -Dmdep.outputFile=/tmp/cpc.txt -Dmdep.includeScope=test
 * java -cp scanner-core/target/test-classes:$(cat /tmp/cpc.txt) \
 *     dev.shirabe.testcorpus.SampleCorpusGenerator test-corpus [path/to/ipag.ttf]
 * </pre>
 *
 * The Japanese PDF needs IPA Gothic (Debian package fonts-ipafont-gothic); its licence lets a
 * PDF that embeds a subset of it be redistributed with no further obligation (IPA Font
 * License v1.0, Article 2.5).
 */
public final class SampleCorpusGenerator {

  private static final Charset CP932 = Charset.forName("windows-31j");
  private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
  private static final Charset EUC_JP = Charset.forName("EUC-JP");
  private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");
  private static final String DEFAULT_FONT = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";

  private final Path root;
  private final Path font;
  private final Labels labels;

  private SampleCorpusGenerator(Path root, Path font, Labels labels) {
    this.root = root;
    this.font = font;
    this.labels = labels;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "test-corpus");
    Path font = Path.of(args.length > 1 ? args[1] : DEFAULT_FONT);
    if (!Files.isRegularFile(font)) {
      throw new IllegalStateException(font + " is missing: apt-get install fonts-ipafont-gothic");
    }
    // First the corpus with sentinels around the gold spans, in a scratch folder; then as it is.
    Path scratch = Files.createTempDirectory("shirabe-sample-corpus");
    try {
      Path marked = scratch.resolve("test-corpus");
      Labels sentinels = new Labels(true);
      new SampleCorpusGenerator(marked, font, sentinels).writeAll();
      Labels labels = new Labels(false);
      new SampleCorpusGenerator(root, font, labels).writeAll();
      GoldFile gold = GoldFile.locate(root, marked, sentinels);
      // The labels live beside the corpus, not in it: a scan of test-corpus shows the samples only.
      Path folder = root.toAbsolutePath().resolveSibling("test-corpus-labels");
      labels.write(folder.resolve("expected.jsonl"));
      gold.write(folder.resolve("gold.jsonl"));
      System.out.println("wrote " + root + ": expected findings " + labels.countsByType()
          + "; gold spans " + gold.countsByType());
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private void writeAll() throws IOException {
    customerListUtf8();
    customerListCp932();
    partnerContactsXlsx();
    businessCardsEucJp();
    resumeDocx();
    shareholderNoticePdf();
    contactPageHtml();
    retireeArchiveZip();
    contractRtf();
    englishMail();
    japaneseMail();
    salesMbox();
    truncatedDocx();
    resumeTxt();
    memberListCp932();
    shareholderRegisterXlsx();
    businessCardListUtf8();
    payrollCp932();
    travelListXlsx();
    cardFormDocx();
    quoteReplyMail();
    // The purpose check's documents: the categories the others leave out, and data kept for
    // no stated purpose (test-corpus-labels/categories.jsonl).
    facilityAccessCsv();
    callMemoTxt();
    entrustedMembersCsv();
    publicSourceCsv();
    applicantMailEnglish();
    webinarAttendeesCsv();
    oldContactsTxt();
    healthChecksCsv();
    anonymousExportCsv();
    oldContactsEnglish();
  }

  // ---------------------------------------------------------------------------------------
  // 営業/ — sales

  /** A CRM export: UTF-8 with a byte-order mark, CRLF, as Excel and kintone write it. */
  private void customerListUtf8() {
    String file = "営業/顧客リスト_2024.csv";
    String csv =
        labels.mark(file, "", """
顧客ID,会社名,部署,担当者名,フリガナ,郵便番号,住所,電話番号,FAX番号,携帯電話,メールアドレス,最終受注日,受注番号,受注金額,備考
C-0001,株式会社ひかり工業,総務部 情報システム課,«N:高橋 誠»,«N:タカハシ マコト»,101-0054,«A:東京都千代田区神田錦町9-9-9 ひかりビル3F»,«P:03-5555-0201»,«F:03-5555-0202»,«P:090-5555-0203»,«E:m.takahashi@hikari-kogyo.example.co.jp»,2024-01-15,0312345678,"1,234,567",保守契約番号 202401150001（v2.3.1 へ更新予定）
C-0002,有限会社みどり商会,,«N:渡辺 花子»,«N:ワタナベ ハナコ»,231-0023,«A:神奈川県横浜市中区山下町999-9»,«P:０４５－５５５－０２１１»,«F:045(555)0212»,,«E:HANAKO.WATANABE@MIDORI-SHOKAI.EXAMPLE.JP»,2023/12/20,0451234567,"86,400",見積書No.Q-2023-1220-01 送付済
C-0003,医療法人さくら会 さくら台クリニック,事務局,«N:伊藤 修»,«N:イトウ オサム»,530-0001,«A:大阪府大阪市北区梅田9-9-9 梅田メディカルビル7F»,«P:06（5555）0221»,«F:06-5555-0222»,,«E:ito@sakuradai-clinic.example.jp»,2024/01/09,0120123456,"2,480,000",院内LAN更改 第2期（2024年4月着工予定）
C-0004,山口デザイン事務所,,«N:山口 翔太»,«N:ヤマグチ ショウタ»,150-0002,«A:東京都渋谷区渋谷9-9-9-405»,,,«P:070-5555-0231»,«E:shota.y＠example.jp»,2023-11-30,0901234567,"132,000",個人事業主。適格請求書（登録番号 T1234567890123）で発行
C-0005,札幌電機株式会社,技術部,«N:加藤 大輔»,«N:カトウ ダイスケ»,060-0001,«A:北海道札幌市中央区北一条西9-9-9»,«P:011−555−0241»,«F:011−555−0242»,«P:080−5555−0243»,«E:kato.d@sapporo-denki.example.co.jp»,2024/01/22,0112345678,"990,000",
C-0006,株式会社博多ロジスティクス,物流管理部,«N:吉田 恵»,«N:ヨシダ メグミ»,812-0011,«A:福岡県福岡市博多区博多駅前9-9-9»,«P:092ー555ー0251»,«F:092ー555ー0252»,,«E:m.yoshida@hakata-logi.example.co.jp»,2023/10/05,0921234567,"540,000",
C-0007,株式会社スズラン食品,品質保証部,«N:森 健太郎»,«N:モリ ケンタロウ»,330-0854,«A:埼玉県さいたま市大宮区桜木町9-9-9»,«P:0485550261»,«F:0485550262»,«P:09055550263»,«E:k.mori@suzuran-foods.example.co.jp»,20240112,0481234567,"3,960,000",商品コード SZ-0485-5550 の在庫連携
C-0008,京都テキスタイル株式会社,情報システム室,«N:林 美穂»,«N:ハヤシ ミホ»,604-8001,«A:京都府京都市中京区三条通9-9-9»,«P:075‐555‐0271»,«F:075‐555‐0272»,«P:080 5555 0273»,«G:it+support@kyoto-textile.example.co.jp»,2024.01.05,0751234567,"705,000",担当変更予定（2024年4月〜）
C-0009,"Harborview Analytics, Inc.",Legal,«N:Emily Carter»,«N:エミリー カーター»,CA 94105,"«A:500 Market Street, Suite 1200, San Francisco»",«P:+1 415-555-0132»,«F:+1 415-555-0133»,«P:+1 628-555-0177»,«E:ecarter@harborview.example.com»,2024-02-01,HA-2024-0042,"18,750,000",英文契約（MSA）締結済
""");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = crlf(csv).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    Corpus.write(root, file, bytes);
  }

  /**
   * A legacy sales system's export, saved by Excel as "CSV (コンマ区切り)": CP932 (with ㈱, ①,
   * 髙 and half-width katakana that plain Shift_JIS lacks), CRLF, no BOM.
   */
  private void customerListCp932() {
    String file = "営業/得意先一覧.csv";
    String csv = labels.mark(file, "", cp932CustomerRows());
    Corpus.write(root, file, Corpus.encode(crlf(csv), CP932));
  }

  private static String cp932CustomerRows() {
    return """
得意先ｺｰﾄﾞ,得意先名,得意先名ｶﾅ,郵便番号,住所1,住所2,TEL,FAX,担当者,担当者ﾒｰﾙ,締日,与信限度額,登録日,備考
000123,㈱ひかり工業,ｶ)ﾋｶﾘｺｳｷﾞｮｳ,101-0054,«A:東京都千代田区神田錦町9-9-9,ひかりビル3F»,«P:03-5555-0201»,«F:03-5555-0202»,«N:髙橋 誠»,«E:m.takahashi@hikari-kogyo.example.co.jp»,20日,"5,000,000",2019/04/01,
000124,㈲みどり商会,ﾕ)ﾐﾄﾞﾘｼｮｳｶｲ,231-0023,«A:神奈川県横浜市中区山下町999-9»,,«P:045ｰ555ｰ0211»,«F:045ｰ555ｰ0212»,«N:渡辺 花子»,«E:hanako.watanabe@midori-shokai.example.jp»,末日,"1,000,000",2020/07/15,
000131,丸山精機㈱,ﾏﾙﾔﾏｾｲｷ(ｶ,399-0001,«A:長野県松本市宮田9-9-9»,,«P:0263－55－5031»,«F:0263－55－5032»,«N:丸山 一郎»,«G:ｓｈｉｐｐｉｎｇ＠ｍａｒｕｙａｍａ－ｓｅｉｋｉ．ｅｘａｍｐｌｅ．ｃｏ．ｊｐ»,15日,"3,000,000",2021/02/01,①本社TEL«P:0263-55-5030» ②工場TEL«P:0263-55-5035»
000140,さくら台クリニック,ｻｸﾗﾀﾞｲｸﾘﾆｯｸ,530-0001,«A:大阪府大阪市北区梅田9-9-9,梅田ﾒﾃﾞｨｶﾙﾋﾞﾙ7F»,«P:06-5555-0221»,«F:06-5555-0222»,«N:伊藤 修»,«E:ito@sakuradai-clinic.example.jp»,末日,"2,000,000",2022/10/03,請求書送付先：経理 ℡«P:06-5555-0225»
000152,博多ロジスティクス㈱,ﾊｶﾀﾛｼﾞｽﾃｨｸｽ(ｶ,812-0011,«A:福岡県福岡市博多区博多駅前9-9-9»,,«P:092-555-0251»,«F:092-555-0252»,«N:吉田 恵»,«E:m.yoshida@hakata-logi.example.co.jp»,20日,"1,500,000",2023/05/10,返品受付 伝票番号 4912-3456-7890
000160,㈱スズラン食品,ｽｽﾞﾗﾝｼｮｸﾋﾝ(ｶ,330-0854,«A:埼玉県さいたま市大宮区桜木町9-9-9»,,«P:048-555-0260»,«F:048-555-0262»,«N:森 健太郎»,«E:K.MORI@SUZURAN-FOODS.EXAMPLE.CO.JP»,末日,"4,000,000",2023/08/21,JANｺｰﾄﾞ 4901234567894
""";
  }

  /** The sales team's contact sheet of suppliers, subcontractors and resident staff. */
  private void partnerContactsXlsx() throws IOException {
    String file = "営業/取引先連絡先.xlsx";
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(new Sheet("取引先担当者", rows(labels.mark(file, "", """
No\t取引先名\t区分\t部署・役職\t担当者\t電話\tFAX\t携帯\tメール\t最終更新
1\t株式会社ネクストリンク\t仕入先（ネットワーク機器）\t営業部 部長\t«N:石田 隆»\t«P:03-5555-0401»\t«F:03-5555-0402»\t«P:090-5555-0403»\t«E:t.ishida@nextlink.example.co.jp»\t2024/01/10
2\t株式会社ネクストリンク\t仕入先（ネットワーク機器）\t技術部\t«N:岡田 拓也»\t«P:03-5555-0405» 内線215\t«F:03-5555-0406»\t\t«E:okada.takuya@nextlink.example.co.jp»\t2024/01/10
3\t東邦ケーブル工事株式会社\t外注先（配線工事）\t工事課 主任\t«N:村上 浩二»\t«P:(03)5555-0411»\t«F:(03)5555-0412»\t«P:080-5555-0413»\t«E:murakami@toho-cable.example.jp»\t2023/12/01
4\tThames Bridge Data Ltd.\t海外パートナー\tSales Director\t«N:Oliver Bennett»\t«P:+44 (0)20 7946 0321»\t\t«P:+44 20 7946 0456»\t«E:oliver.bennett@thamesbridge.example.org»\t2023/11/20
5\t株式会社東海システムサービス\t保守委託先\tサポート窓口\t―\t«P:0120-555-041»\t«F:052-555-0415»\t\t«G:SUPPORT@TOKAI-SS.EXAMPLE.JP»\t2023/09/30
6\t合同会社ミナミ企画\t外注先（デザイン）\t代表社員\t«N:南 葵»\tTel:«P:050-5555-0421»\t\t«P:070-5555-0422»\t«E:aoi.minami@minami-kikaku.example.jp»\t2024/01/18
""")), new int[] {5, 26, 24, 18, 14, 22, 16, 18, 38, 12}));
    sheets.add(new Sheet("常駐スタッフ", rows(labels.mark(file, "", """
氏名\t生年月日\t住所\t携帯\t私用メール\t緊急連絡先\t入館カード番号\t契約期間
«N:大野 翼»\t«B:1990/05/23»\t«A:千葉県船橋市本町9-9-9-301»\t«P:090-5555-0431»\t«E:tsubasa.ono@mail.example.jp»\t«N:大野 美香»（妻）«P:090-5555-0432»\t0312-0045\t2024/04/01〜2025/03/31
«N:佐々木 玲奈»\t«B:1995/11/02»\t«A:東京都江東区豊洲9-9-9»\tＴＥＬ．«P:０８０－５５５５－０４３３»\t«E:Rena.Sasaki@example.jp»\t«N:佐々木 和夫»（父）«P:0285-55-5034»\t0120-0046\t2024/04/01〜2024/09/30
""")), new int[] {14, 12, 30, 24, 30, 30, 14, 26}));
    sheets.add(new Sheet("更新履歴", rows(labels.mark(file, "", """
版\t日付\t更新者\t内容
v1.2\t2023-12-01\t«N:鈴木»\t東邦ケーブル工事の担当者変更
v1.3\t2024-01-18\t«N:鈴木»\tミナミ企画を追加（発注番号 PO-2024-0118-003）
""")), new int[] {8, 12, 10, 50}));
    Corpus.write(root, file, xlsx(sheets, "鈴木 美咲", "取引先連絡先"));
  }

  // ---------------------------------------------------------------------------------------
  // 総務/ — general affairs

  /** Business cards and signatures typed in by hand on an old Unix box: EUC-JP, LF. */
  private void businessCardsEucJp() {
    String file = "総務/名刺データ_署名.txt";
    String text = labels.mark(file, "", """
名刺・署名データ（2024年1月 受付分）
作成：総務部 «N:中村»　最終更新：2024/01/31
※名刺管理システムへの移行前の控えです。移行が済んだら削除してください。

■No.1　受付日 2024/01/09（当社分・署名テンプレート）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社あおば通信システム
営業本部 第一営業部　課長
«N:佐藤 健一»（«N:さとう けんいち»）
«A:〒105-0011 東京都港区芝公園9-9-9 あおば芝公園ビル5F»
ＴＥＬ．«P:０３−５５５５−０１２１»　ＦＡＸ．«F:０３−５５５５−０１０１»
携帯　«P:090-5555-0123»
Ｅ-mail：«E:k.sato＠aoba-tsushin.example.co.jp»
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■No.2　受付日 2024/01/12（NETWORK EXPO 2024 ブース No.3-205 にて）
有限会社こうよう精機
代表取締役　«N:向陽 誠司»
«A:〒399-0001 長野県松本市宮田9-9-9»
電話：«P:0263(55)5061»　ファックス：«F:0263(55)5062»
携帯：«P:０８０‐５５５５‐０５１１»
«G:ｉｎｆｏ＠ｋｏｕｙｏｕｓｅｉｋｉ．ｅｘａｍｐｌｅ．ｊｐ»

■No.3　受付日 2024/01/15
弁護士法人 松本総合法律事務所
弁護士　«N:松本 綾»（登録番号 12345）
«A:〒100-0005 東京都千代田区丸の内9-9-9 丸の内ビルディング12階»
TEL«P:03-5555-0501»　ファクス«F:03-5555-0502»
Mail «E:aya.matsumoto@matsumoto-law.example.jp»

■No.4　受付日 2024/01/18（海外からの来客）
«N:Michael Brown»
Regional Director, Asia Pacific
Harborview Analytics, Inc.
Tel «P:+1 (212) 555-0147»   Mobile «P:+1 917 555 0198»
«E:m.brown@harborview.example.com»

■No.5　受付日 2024/01/22（個人のお客様・店頭受付）
«N:山田 太郎» 様（«B:1985年7月7日»生）
«A:〒220-0012 神奈川県横浜市西区みなとみらい9-9-9»
自宅 «P:045(555)0521»　携帯 «P:090ｰ5555ｰ0522»
メール «E:TARO.YAMADA@EXAMPLE.JP»
会員番号 0900-1234-5678　ご来店受付番号 0455-0001

以上
""");
    Corpus.write(root, file, Corpus.encode(text, EUC_JP));
  }

  /** A mail-merged convocation notice with its personalised voting form; Japanese, IPA Gothic. */
  private void shareholderNoticePdf() throws IOException {
    String file = "総務/第25期定時株主総会招集ご通知.pdf";
    String page1 = labels.mark(file, "", """
>証券コード 9999
>2024年6月5日
株主各位
>«A:東京都港区芝公園九丁目9番9号»
>株式会社あおば通信システム
>代表取締役社長　«N:青葉 一郎»

^第25期定時株主総会招集ご通知

拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。
さて、当社第25期定時株主総会を下記のとおり開催いたしますので、ご通知申し上げます。
なお、当日ご出席されない場合は、書面またはインターネットにより議決権を行使することが
できますので、2024年6月26日（水曜日）午後5時30分までに行使してくださいますよう
お願い申し上げます。
>敬具

^記

1. 日　時　　2024年6月27日（木曜日）午前10時（受付開始 午前9時）
2. 場　所　　«A:東京都港区芝公園九丁目9番9号 あおば芝公園ビル 8階» 大会議室
3. 目的事項
　報告事項　第25期（2023年4月1日から2024年3月31日まで）事業報告および計算書類報告の件
　決議事項
　　第1号議案　剰余金の処分の件（期末配当 1株につき金35円）
　　第2号議案　取締役5名選任の件
　　第3号議案　監査役1名選任の件
>以上

【株式に関するお問い合わせ先】
株主名簿管理人　みらい信託銀行株式会社 証券代行部
«A:〒168-0063 東京都杉並区和泉九丁目9番9号»
電話　«P:０１２０－５５５－０２３»（フリーダイヤル）受付時間 9:00～17:00（土日祝日を除く）

【当社 連絡先】総務部 株式担当（担当：«N:中村»）
TEL «P:03-5555-0135»　FAX «F:03-5555-0136»　E-mail «G:kabu@aoba-tsushin.example.co.jp»
""");
    String page2 = labels.mark(file, "", """
^議決権行使書

株式会社あおば通信システム 御中
私は、2024年6月27日開催の貴社第25期定時株主総会の各議案につき、右記（賛否を○で表示）
のとおり議決権を行使します。

株主番号　00012345　　　議決権の数　12個（所有株式数 1,200株）
ログインID　2024-0627-1234　　パスワード　xK7p2Q

«A:〒220-0012
神奈川県横浜市西区みなとみらい九丁目9番9-1203号»
«N:石井 良子» 様
ご連絡先（日中）　«P:080-5555-0901»

第1号議案　賛・否　　第2号議案　賛・否（除く候補者　　　　）　　第3号議案　賛・否

インターネットによる議決権行使サイト　https://www.evote.example.jp/
ご不明な点は、みらい信託銀行 証券代行部 ウェブサポート専用ダイヤル
«P:０１２０－５５５－０２４»（受付時間 9:00～21:00）までお問い合わせください。
""");
    try (PDDocument pdf = new PDDocument()) {
      PDType0Font gothic = PDType0Font.load(pdf, font.toFile());
      pdfPage(pdf, gothic, page1);
      pdfPage(pdf, gothic, page2);
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle("第25期定時株主総会招集ご通知");
      info.setAuthor("株式会社あおば通信システム 総務部");
      info.setCreator("Shirabe sample corpus generator");
      Calendar date = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
      date.setTime(Corpus.FIXED_DATE);
      info.setCreationDate(date);
      info.setModificationDate(date);
      COSArray id = new COSArray();
      id.add(new COSString("shirabe-sample-25".getBytes(StandardCharsets.US_ASCII)));
      id.add(new COSString("shirabe-sample-25".getBytes(StandardCharsets.US_ASCII)));
      pdf.getDocument().getTrailer().setItem(COSName.ID, id);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      Corpus.write(root, file, out.toByteArray());
    }
  }

  /**
   * Lays out one A4 page: a line starting with '>' is right-aligned, '^' centred and larger,
   * anything else left-aligned.
   */
  private static void pdfPage(PDDocument pdf, PDType0Font font, String text) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    pdf.addPage(page);
    float left = 56;
    float right = PDRectangle.A4.getWidth() - 56;
    float y = PDRectangle.A4.getHeight() - 64;
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      for (String line : text.split("\n", -1)) {
        float size = 10;
        float x = left;
        if (line.startsWith("^")) {
          line = line.substring(1);
          size = 15;
          x = (PDRectangle.A4.getWidth() - width(font, line, size)) / 2;
        } else if (line.startsWith(">")) {
          line = line.substring(1);
          x = right - width(font, line, size);
        }
        if (!line.isEmpty()) {
          content.beginText();
          content.setFont(font, size);
          content.newLineAtOffset(x, y);
          content.showText(line);
          content.endText();
        }
        y -= size * 1.6f;
      }
    }
  }

  private static float width(PDType0Font font, String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /**
   * The company web site's contact page, saved from an old CMS: Shift_JIS declared in a meta
   * tag, a form, branch numbers in a table, an address obfuscated against spam.
   */
  private void contactPageHtml() {
    String file = "総務/お問い合わせ.html";
    String html = labels.mark(file, "", """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS" />
<title>お問い合わせ｜株式会社あおば通信システム</title>
<link rel="stylesheet" href="/common/css/style.css?ver=3.2.1" type="text/css" />
</head>
<body>
<div id="header">
  <p class="logo"><a href="/">株式会社あおば通信システム</a></p>
  <p class="tel">お電話でのお問い合わせ <strong>«P:0120-555-010»</strong><br />受付時間 平日9:00〜17:30（土日祝・年末年始を除く）</p>
</div>
<div id="main">
<h1>お問い合わせ</h1>
<p>製品・サービスに関するお問い合わせは、下記フォームまたはお電話・メールにて承ります。<br />
2営業日以内に担当者よりご連絡いたします。</p>

<form action="/contact/confirm.cgi" method="post">
<table class="form">
  <tr><th>会社名</th><td><input type="text" name="company" size="40" /></td></tr>
  <tr><th>お名前<span class="req">必須</span></th><td><input type="text" name="name" size="30" placeholder="例）山田 太郎" /></td></tr>
  <tr><th>メールアドレス<span class="req">必須</span></th><td><input type="text" name="email" size="40" /></td></tr>
  <tr><th>電話番号</th><td><input type="text" name="tel" size="20" />（半角数字、ハイフンなし）</td></tr>
  <tr><th>お問い合わせ種別</th><td><select name="kind"><option>製品について</option><option>保守・サポート</option><option>採用について</option><option>その他</option></select></td></tr>
  <tr><th>お問い合わせ内容<span class="req">必須</span></th><td><textarea name="body" rows="8" cols="50"></textarea></td></tr>
</table>
<p><input type="checkbox" name="agree" value="1" />「個人情報の取扱いについて」に同意する</p>
<p class="submit"><input type="submit" value="確認画面へ進む" /></p>
</form>

<h2>各拠点のお問い合わせ先</h2>
<table class="office">
  <tr><th>拠点</th><th>所在地</th><th>電話・FAX</th></tr>
  <tr><td>本社</td><td>«A:〒105-0011 東京都港区芝公園9-9-9 あおば芝公園ビル5F»</td><td>TEL：«P:03-5555-0100»<br />FAX：«F:03-5555-0101»</td></tr>
  <tr><td>大阪支店</td><td>«A:〒530-0001 大阪府大阪市北区梅田9-9-9 梅田第一ビル10F»</td><td>TEL «P:06(5555)0140»<br />FAX «F:06(5555)0141»</td></tr>
  <tr><td>名古屋営業所</td><td>«A:〒450-0002 愛知県名古屋市中村区名駅9-9-9»</td><td>Tel.«P:052-555-0150» / Fax.«F:052-555-0151»</td></tr>
</table>

<h2>メールでのお問い合わせ</h2>
<ul>
  <li>営業部：<a href="mailto:sales@aoba-tsushin.example.co.jp">«G:sales@aoba-tsushin.example.co.jp»</a></li>
  <li>採用について：人事部 採用担当（«N:小林»）<br />
  «G:recruit★aoba-tsushin.example.co.jp|recruit@aoba-tsushin.example.co.jp»（迷惑メール対策のため「★」を「@」に置き換えてお送りください）</li>
  <li>個人情報の取扱いに関するお問い合わせ窓口：個人情報保護管理者 総務部長 «N:中村 由美»<br />
  E-mail：«G:privacy＠aoba-tsushin.example.co.jp»　電話：«P:03-5555-0135»（直通）</li>
</ul>
<p>From overseas: Tel «P:+81-3-5555-0100» (9:00-17:30 JST) / «G:global@aoba-tsushin.example.co.jp»</p>
</div>
<div id="footer">
  <p>公式X（旧Twitter）@aoba_tsushin　｜　適格請求書発行事業者登録番号 T1234567890123</p>
  <p>Copyright (C) 2012-2024 Aoba Tsushin System Co., Ltd. All Rights Reserved.</p>
</div>
</body>
</html>
""");
    Corpus.write(root, file, Corpus.encode(crlf(html), SHIFT_JIS));
  }

  /**
   * A ZIP made with Windows' "send to compressed folder" on a Japanese PC: member names in
   * Shift_JIS (CP932) without the UTF-8 flag, members in CP932.
   */
  private void retireeArchiveZip() throws IOException {
    String file = "総務/2023年度_退職者資料.zip";
    String listName = "2023年度_退職者/退職者一覧.csv";
    String list = labels.mark(file, listName, """
社員番号,氏名,フリガナ,所属,退職日,生年月日,退職後住所,連絡先電話,連絡先メール,備考
A-0312,«N:森田 修一»,«N:ﾓﾘﾀ ｼｭｳｲﾁ»,技術部,2023/06/30,«B:1961/04/18»,«A:静岡県静岡市葵区追手町9-9-9»,«P:090-5555-0701»,«E:morita.shuichi@mail.example.jp»,定年退職。退職金 3,200,000円 支給済
A-0587,«N:長谷川 舞»,«N:ﾊｾｶﾞﾜ ﾏｲ»,営業部,2023/09/15,«B:1993/12/01»,«A:神奈川県川崎市中原区小杉町9-9-9»,«P:(045)555-0702»,«E:mai.hasegawa＠example.jp»,転居予定あり（2024年春）
A-0644,«N:近藤 涼»,«N:ｺﾝﾄﾞｳ ﾘｮｳ»,総務部,2024/03/31,«B:1988/08/08»,«A:東京都練馬区練馬9-9-9»,«P:０８０－５５５５－０７０３»,«E:RYO.KONDO@EXAMPLE.ORG»,源泉徴収票 2024/01/31 発送
""");
    String partyName = "2023年度_退職者/送別会のご案内.txt";
    String party = labels.mark(file, partyName, """
送別会のご案内

総務部の«N:近藤 涼»さんが2024年3月31日付で退職されることになりました。
つきましては、下記のとおり送別会を開催いたします。

　日時：2024年3月22日（金）19:00～21:00
　会場：居酒屋 あおば 芝公園店（TEL «P:03-5555-0710»）
　会費：5,000円（当日集金）

出欠は3月15日までに幹事の«N:鈴木»（内線 2214／携帯 «P:080-5555-0211»）までご連絡ください。
メールの場合は «E:m.suzuki@aoba-tsushin.example.co.jp» へ。
""");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      zip.setEncoding("windows-31j");
      zip.setUseLanguageEncodingFlag(false);
      zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
      zipMember(zip, "2023年度_退職者/", null);
      zipMember(zip, listName, Corpus.encode(crlf(list), CP932));
      zipMember(zip, partyName, Corpus.encode(crlf(party), CP932));
    }
    Corpus.write(root, file, bytes.toByteArray());
  }

  private static void zipMember(ZipArchiveOutputStream zip, String name, byte[] data)
      throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setTime(Corpus.FIXED_DATE.getTime());
    zip.putArchiveEntry(entry);
    if (data != null) {
      zip.write(data);
    }
    zip.closeArchiveEntry();
  }

  // ---------------------------------------------------------------------------------------
  // 人事/ — human resources

  /** A job applicant's résumé in the JIS-style layout (履歴書), typed into Word. */
  private void resumeDocx() throws IOException {
    String file = "人事/応募書類/履歴書_山本さくら.docx";
    try (XWPFDocument doc = new XWPFDocument()) {
      paragraph(doc, "履　歴　書", true, 18, ParagraphAlignment.CENTER);
      paragraph(doc, "2024年1月10日現在", false, 10, ParagraphAlignment.RIGHT);
      table(doc, rows(labels.mark(file, "", """
ふりがな\t«N:やまもと　さくら»
氏名\t«N:山本　さくら»
生年月日\t«B:1998年（平成10年）4月12日»生（満25歳）　性別　女
ふりがな\tとうきょうと せたがやく さくらしんまち
現住所\t«A:〒154-0015 東京都世田谷区桜新町9丁目9番9号 サクラハイツ202号室»
電話\t«P:０３－５５５５－０６０１»
携帯電話\t«P:080（5555）0602»
E-mail\t«E:sakura.yamamoto98@example.jp»
連絡先（現住所以外に連絡を希望する場合のみ記入）\t«A:〒950-0088 新潟県新潟市中央区万代9-9-9»（実家）　電話 «P:025-555-0603»
""")));
      paragraph(doc, "", false, 10, ParagraphAlignment.LEFT);
      table(doc, rows("""
年\t月\t学歴・職歴
\t\t学歴
2014\t3\t新潟市立万代中学校 卒業
2017\t3\t新潟県立万代高等学校 普通科 卒業
2017\t4\t東都情報大学 工学部 情報工学科 入学
2021\t3\t東都情報大学 工学部 情報工学科 卒業
\t\t職歴
2021\t4\t株式会社ひかり工業 入社　総務部 情報システム課 配属
\t\t社内ネットワークおよびPC約300台の運用管理を担当
\t\t現在に至る
\t\t以上
"""));
      paragraph(doc, "", false, 10, ParagraphAlignment.LEFT);
      table(doc, rows("""
年\t月\t免許・資格
2017\t8\t普通自動車第一種運転免許 取得
2022\t11\t基本情報技術者試験 合格（合格証書番号 FE-2022-10-012345）
2023\t6\tCisco CCNA 取得（Cisco ID CSCO12345678）
"""));
      paragraph(doc, "志望の動機・特技・アピールポイントなど", true, 10, ParagraphAlignment.LEFT);
      paragraph(doc, "現職では社内ネットワークの運用を3年間担当し、拠点間VPNの更改（約20拠点）を"
          + "主担当として完遂しました。今後は構築の立場から、より多くのお客様のネットワークに"
          + "携わりたいと考え、貴社を志望いたしました。", false, 10, ParagraphAlignment.LEFT);
      paragraph(doc, "本人希望記入欄", true, 10, ParagraphAlignment.LEFT);
      paragraph(doc, labels.mark(file, "", "職種：ネットワークエンジニア職を希望いたします。"
          + "現在在職中のため、ご連絡は平日18時以降、携帯電話（«P:080-5555-0602»）または"
          + "メール（«E:sakura.yamamoto98@example.jp»）にてお願いいたします。"),
          false, 10, ParagraphAlignment.LEFT);
      paragraph(doc, "通勤時間 約45分　扶養家族数（配偶者を除く）0人　配偶者 無　配偶者の扶養義務 無",
          false, 10, ParagraphAlignment.LEFT);
      XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
      policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT)
          .createParagraph().createRun().setText("応募番号 R-2024-0037　受付：人事部 採用担当（内線 2301）");
      properties(doc.getProperties(), "山本 さくら", "履歴書");
      Corpus.write(root, file, docxBytes(doc));
    }
  }

  // ---------------------------------------------------------------------------------------
  // en/ — English documents

  /** A services agreement from the legal team, as RTF (Japanese names as \\u escapes). */
  private void contractRtf() {
    String file = "en/Master_Services_Agreement_HA-2024-0042.rtf";
    String text = labels.mark(file, "", """
#MASTER SERVICES AGREEMENT
Agreement No. HA-2024-0042 (version 1.4.2)

This Master Services Agreement (the "Agreement") is entered into as of February 1, 2024 (the "Effective Date") by and between:

Aoba Tsushin System Co., Ltd. (株式会社あおば通信システム), a company organized under the laws of Japan, with its principal office at «A:9-9-9 Shibakoen, Minato-ku, Tokyo 105-0011, Japan» ("Aoba"); and

Harborview Analytics, Inc., a Delaware corporation with offices at «A:500 Market Street, Suite 1200, San Francisco, CA 94105, USA» ("Harborview").

#1. Services
1.1 Aoba shall design, install and maintain the network described in Statement of Work No. 3 (SOW-2024-003, rev. 2.0) at Harborview's Tokyo office.
1.2 Service levels are set out in Schedule B. Response time for Severity 1 incidents is 4 hours, 24x7.

#5. Fees and Payment
5.1 Harborview shall pay Aoba an annual fee of USD 125,000.00, invoiced quarterly (USD 31,250.00 per invoice).
5.2 Invoices are payable within thirty (30) days. Late payments bear interest at 1.5% per month.
5.3 Payments shall be made to Aoba's account no. «K:1234567» at Mirai Trust Bank, SWIFT MIRAJPJT.

#14. Notices
14.1 All notices under this Agreement shall be in writing and delivered by courier or email.
14.2 Notices shall be sent to:

If to Aoba:
Attention: «N:Kenichi Sato», Sales Manager
Tel: «P:+81-3-5555-0121»
Fax: «F:+81-3-5555-0101»
Email: «E:k.sato@aoba-tsushin.example.co.jp»
with a copy (which shall not constitute notice) to «G:legal@aoba-tsushin.example.co.jp»

If to Harborview:
Attention: «N:Emily Carter», Associate General Counsel
Tel: «P/US:(415) 555-0132»
Fax: «F/US:(415) 555-0133»
Email: «G:legal@harborview.example.com»

#17. Governing Law
This Agreement is governed by the laws of Japan. The Tokyo District Court shall have exclusive jurisdiction in the first instance.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.

Aoba Tsushin System Co., Ltd.
By: «N:青葉 一郎» («N:Ichiro Aoba»)
Title: Representative Director and President
Date: 2024-02-01

Harborview Analytics, Inc.
By: «N:David Miller»
Title: Chief Executive Officer
Date: 2024-02-01
""");
    StringBuilder rtf = new StringBuilder();
    rtf.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1")
        .append("{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}")
        .append("{\\f1\\fnil\\fcharset128 MS Mincho;}}\n")
        .append("{\\info{\\title Master Services Agreement HA-2024-0042}{\\author Legal}}\n")
        .append("\\paperw11906\\paperh16838\\margl1440\\margr1440\\f0\\fs22\n");
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("#")) {
        rtf.append("{\\b ").append(rtfEscape(line.substring(1))).append("}\\par\n");
      } else {
        rtf.append(rtfEscape(line)).append("\\par\n");
      }
    }
    rtf.append("}\n");
    Corpus.write(root, file, crlf(rtf.toString()).getBytes(StandardCharsets.US_ASCII));
  }

  private static String rtfEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '{' || c == '}') {
        out.append('\\').append(c);
      } else if (c < 0x80) {
        out.append(c);
      } else {
        out.append("{\\f1\\u").append((int) (short) c).append("?}");
      }
    }
    return out.toString();
  }

  /** An English reply, saved from Outlook as .eml: UTF-8, quoted-printable, CRLF. */
  private void englishMail() {
    String file = "en/RE Notice contacts under the MSA.eml";
    MailMessage mail =
        new MailMessage(StandardCharsets.UTF_8, "quoted-printable", "01DA4B2E")
            .addresses("From", addr(file, "", "«N:Emily Carter»", "ecarter@harborview.example.com"))
            .addresses("To", addr(file, "", "«N:Kenichi Sato»", "k.sato@aoba-tsushin.example.co.jp"))
            .addresses("Cc",
                new Address("Harborview Legal", roleEm(file, "", "legal@harborview.example.com")),
                addr(file, "", "«N:Bennett, Oliver»", "OLIVER.BENNETT@THAMESBRIDGE.EXAMPLE.ORG"))
            .addresses("Reply-To", new Address("", roleEm(file, "", "contracts@harborview.example.com")))
            .subject("RE: Notice contacts under the MSA")
            .header("Date", "Tue, 16 Jan 2024 01:47:09 +0000")
            .header("Message-ID", "<BY5PR11MB4021A3C2@harborview.example.com>")
            .header("X-Mailer", "Microsoft Outlook 16.0")
            .text(labels.mark(file, "", """
Hi «N:Kenichi»-san,

Thanks for the draft. For Section 14.2 (Notices), please use the following contacts:

  Harborview Analytics, Inc.
  Attn: «N:Emily Carter», Associate General Counsel
  «A:500 Market Street, Suite 1200, San Francisco, CA 94105»
  Phone: «P/US:(415) 555-0132» ext. 204
  Fax: «F/US:415.555.0133»
  Email: «G:legal@harborview.example.com»

For anything urgent, my cell is «P:+1 628-555-0177».

Our UK subsidiary, Thames Bridge Data Ltd., can be reached at «P:+44 (0)20 7946 0958»; «N:Oliver»'s direct line is «P/GB:020 7946 0456».

The PO number is 4500012345 and the agreement reference is HA-2024-0042. Invoice #INV-88123 for $12,500.00 was paid on 2024-01-12 (our EIN is 12-3456789, if your accounting team needs it).

Best regards,
«N:Emily»

«N:Emily Carter» | Associate General Counsel
[cid:image001.png@01DA4B2E.7C9D3F10]
Harborview Analytics, Inc.
D: «P/US:415-555-0132» | M: «P:+1 (628) 555-0177»
«E:ecarter@harborview.example.com»

-----Original Message-----
From: «N:Kenichi Sato» <«E:k.sato@aoba-tsushin.example.co.jp»>
Sent: Monday, January 15, 2024 6:02 PM
To: «N:Emily Carter» <«E:ecarter@harborview.example.com»>
Subject: Notice contacts under the MSA

Dear «N:Emily»,

Please find attached our draft v2.3 of the Master Services Agreement. Our notice details are:

Aoba Tsushin System Co., Ltd., «A:9-9-9 Shibakoen, Minato-ku, Tokyo 105-0011, Japan»
Tel: «P:+81 (0)3-5555-0121» / Fax: «F:+81-3-5555-0101»

Best regards,
«N:Kenichi Sato»
Sales Manager, Aoba Tsushin System Co., Ltd.
"""));
    Corpus.write(root, file, mail.bytes("\r\n"));
  }

  // ---------------------------------------------------------------------------------------
  // mail/ — saved mails and an archive

  /**
   * A Japanese mail saved as .eml: ISO-2022-JP text and headers, an attached participant list
   * (CP932 CSV, sent as Outlook sends it) whose name is a Japanese encoded word.
   */
  private void japaneseMail() {
    String file = "mail/【ご連絡】セミナー参加者名簿の送付.eml";
    String attachment = "セミナー参加者名簿.csv";
    String csv = labels.mark(file, attachment, """
No,会社名,部署,役職,氏名,フリガナ,電話番号,メールアドレス,参加形態,参加者ID
1,株式会社ひかり工業,総務部 情報システム課,課長,«N:髙橋 誠»,«N:ﾀｶﾊｼ ﾏｺﾄ»,«P:03-5555-0201»,«E:m.takahashi@hikari-kogyo.example.co.jp»,会場,SEM-20240208-001
2,株式会社ひかり工業,総務部 情報システム課,,«N:林 直人»,«N:ﾊﾔｼ ﾅｵﾄ»,«P:03-5555-0205» 内線312,«E:n.hayashi@hikari-kogyo.example.co.jp»,会場,SEM-20240208-002
3,株式会社ひかり工業,経営企画部,主任,«N:石川 由紀»,«N:ｲｼｶﾜ ﾕｷ»,«P:０９０－５５５５－０２０６»,«E:Y.Ishikawa@hikari-kogyo.example.co.jp»,オンライン,SEM-20240208-003
""");
    MailMessage mail =
        new MailMessage(ISO_2022_JP, "7bit", "01DA4860")
            .addresses("From", addr(file, "", "«N:鈴木 美咲»", "m.suzuki@aoba-tsushin.example.co.jp"))
            .addresses("To", addr(file, "", "株式会社ひかり工業 «N:高橋 誠»様", "m.takahashi@hikari-kogyo.example.co.jp"))
            .addresses("Cc",
                addr(file, "", "«N:佐藤 健一»", "k.sato@aoba-tsushin.example.co.jp"),
                new Address("", roleEm(file, "", "seminar@aoba-tsushin.example.co.jp")))
            .addresses("Reply-To", new Address("セミナー事務局", roleEm(file, "", "event-desk@aoba-tsushin.example.co.jp")))
            .subject("【ご連絡】セミナー参加者名簿の送付")
            .header("Date", "Tue, 16 Jan 2024 14:05:33 +0900")
            .header("Message-ID", "<000001da4860$5a7c1e20$0f745a60$@aoba-tsushin.example.co.jp>")
            .header("X-Mailer", "Microsoft Outlook 16.0")
            .text(labels.mark(file, "", """
株式会社ひかり工業
総務部 情報システム課
«N:高橋 誠» 様

いつもお世話になっております。
あおば通信システムの«N:鈴木»です。

先日ご案内いたしました「ネットワークセキュリティ セミナー」（2024年2月8日開催）の
貴社ご参加者名簿を添付いたします。
内容をご確認のうえ、変更がございましたら 1月26日（金）までにご連絡ください。

当日の緊急連絡先：会場受付 «P:03-5555-0125»（当日のみ）
※会場：あおば芝公園ビル 8階（«A:〒105-0011 東京都港区芝公園9-9-9»）

よろしくお願いいたします。

────────────────────
株式会社あおば通信システム
営業本部 第一営業部　«N:鈴木 美咲»
«A:〒105-0011 東京都港区芝公園9-9-9 あおば芝公園ビル5F»
TEL:«P:03-5555-0124» / FAX:«F:03-5555-0101»
携帯:«P:080-5555-0211»
Mail: «E:m.suzuki@aoba-tsushin.example.co.jp»
────────────────────
"""))
            .attach(attachment, "application/vnd.ms-excel", Corpus.encode(crlf(csv), CP932));
    Corpus.write(root, file, mail.bytes("\r\n"));
  }

  /** The sales team's January mail, exported from Thunderbird as one MBOX file. */
  private void salesMbox() throws IOException {
    String file = "mail/2024-01_営業部.mbox";
    ByteArrayOutputStream mbox = new ByteArrayOutputStream();

    String subject1 = "打ち合わせ日程のご相談";
    String part1 = "#1 " + subject1;
    mboxAppend(mbox, "m.takahashi@hikari-kogyo.example.co.jp", "Mon Jan  8 09:12:45 2024",
        new MailMessage(ISO_2022_JP, "7bit", "mbox1")
            .addresses("From", addr(file, part1, "«N:高橋 誠»", "m.takahashi@hikari-kogyo.example.co.jp"))
            .addresses("To", addr(file, part1, "«N:佐藤 健一»", "k.sato@aoba-tsushin.example.co.jp"))
            .addresses("Cc",
                addr(file, part1, "«N:鈴木 美咲»", "m.suzuki@aoba-tsushin.example.co.jp"),
                addr(file, part1, "«N:林 直人»", "n.hayashi@hikari-kogyo.example.co.jp"))
            .subject(subject1)
            .header("Date", "Mon, 08 Jan 2024 09:12:45 +0900")
            .header("Message-ID", "<20240108091245.8F2A@hikari-kogyo.example.co.jp>")
            .text(labels.mark(file, part1, """
あおば通信システム
«N:佐藤»様

いつもお世話になっております。ひかり工業の«N:高橋»です。

本社ネットワーク更改の件で、打ち合わせのお時間をいただけますでしょうか。
候補日は以下のとおりです。
　・1月17日（水）10:00〜11:00
　・1月18日（木）15:00〜16:00

当日は情報システム課の«N:林»も同席いたします。
«N:林»の連絡先：内線 4102／携帯 «P:090-5555-0204»

ご都合をお知らせください。

--\s
株式会社ひかり工業 総務部 情報システム課
«N:高橋 誠»
TEL «P:03-5555-0201»（直通）　FAX «F:03-5555-0202»
«E:m.takahashi@hikari-kogyo.example.co.jp»
""")));

    String subject2 = "Re: Q1 shipment schedule";
    String part2 = "#2 " + subject2;
    mboxAppend(mbox, "oliver.bennett@thamesbridge.example.org", "Wed Jan 10 08:30:12 2024",
        new MailMessage(StandardCharsets.UTF_8, "quoted-printable", "mbox2")
            .addresses("From", addr(file, part2, "«N:Bennett, Oliver»", "oliver.bennett@thamesbridge.example.org"))
            .addresses("To", addr(file, part2, "«N:Kenichi Sato»", "k.sato@aoba-tsushin.example.co.jp"))
            .addresses("Cc", new Address("Thames Bridge Orders", roleEm(file, part2, "orders@thamesbridge.example.org")))
            .addresses("Reply-To", new Address("", roleEm(file, part2, "logistics@thamesbridge.example.org")))
            .subject(subject2)
            .header("Date", "Wed, 10 Jan 2024 08:30:12 +0000")
            .header("Message-ID", "<LO2P265MB5120E1@thamesbridge.example.org>")
            .text(labels.mark(file, part2, """
Hello «N:Kenichi»,

Thanks for your note. The 24 switches for PO 4500012345 will leave Felixstowe on 2024-01-19 and should reach Yokohama around 2024-02-23 (B/L no. TBDU1234567890).

If anything changes, call me on «P:+44 (0)20 7946 0321» or on my direct line, «P/GB:020 7946 0456». Out of hours, our logistics desk is on «P:+44 20 7946 0999».

Kind regards,
«N:Oliver»

«N:Oliver Bennett»
Sales Director, Thames Bridge Data Ltd.
«A:1 Example Wharf, London SE1 9ZZ»

On 9 Jan 2024, at 18:02, «N:Kenichi Sato» <«E:k.sato@aoba-tsushin.example.co.jp»> wrote:
> Dear «N:Oliver»,
> Could you confirm the shipping date for our order (ref. AT-2024-0109-02)?
> You can reach me at «P:+81-3-5555-0121» (office) or «P:+81 90 5555 0123» (mobile).
> «N:Kenichi Sato»
""")));

    String subject3 = "Fw: 展示会来場者リスト";
    String part3 = "#3 " + subject3;
    String xlsxName = "展示会来場者リスト_2024.xlsx";
    String attachmentPart = part3 + " ▸ " + xlsxName;
    byte[] visitors = xlsx(List.of(
        new Sheet("来場者", rows(labels.mark(file, attachmentPart, """
受付No\t来場日\t会社名\t部署・役職\t氏名\tメールアドレス\t電話番号\t関心のある製品\t名刺交換
EXPO-0001\t2024/01/10\t株式会社アルファ建設\t総務部 課長\t«N:井上 裕子»\t«E:y.inoue@alpha-kensetsu.example.co.jp»\t«P:03-5555-0801»\t無線LAN\t済
EXPO-0002\t2024/01/11\t東洋メディカル株式会社\t情報システム部\t«N:木村 拓海»\t«E:t.kimura@toyo-medical.example.jp»\t«P:０６－５５５５－０８１１»\tUTM\t済
EXPO-0003\t2024/01/11\t（個人・フリーランス）\t\t«N:清水 遥»\t«E:haruka.shimizu@example.com»\t«P:090-5555-0821»\tクラウドPBX\t未
EXPO-0004\t2024/01/12\t株式会社東北テクノサービス\t技術部\t«N:斎藤 剛»\t«E:saito.g@tohoku-techno.example.co.jp»\t«P:022(555)0831»\tSD-WAN\t済
""")), new int[] {12, 12, 26, 18, 12, 36, 18, 16, 10})),
        "NETWORK EXPO 2024 運営事務局", "来場者リスト");
    mboxAppend(mbox, "m.suzuki@aoba-tsushin.example.co.jp", "Fri Jan 12 17:45:00 2024",
        new MailMessage(StandardCharsets.UTF_8, "base64", "mbox3")
            .addresses("From", addr(file, part3, "«N:鈴木 美咲»", "m.suzuki@aoba-tsushin.example.co.jp"))
            .addresses("To", new Address("営業部", roleEm(file, part3, "sales-all@aoba-tsushin.example.co.jp")))
            .subject(subject3)
            .header("Date", "Fri, 12 Jan 2024 17:45:00 +0900")
            .header("Message-ID", "<6a1f0c2e-3b7d-4e55-9d2a-1c0e5f7b8a90@aoba-tsushin.example.co.jp>")
            .text(labels.mark(file, part3, """
営業部各位

NETWORK EXPO 2024（1月10日〜12日、ブース No.3-205）の来場者リストを共有します。
名刺交換済みの方には、来週中にお礼のメールを送ってください。
※個人情報を含みます。社外への転送は禁止です。

«N:鈴木»
内線 2214／携帯 «P:０８０－５５５５－０２１１»

-----Original Message-----
From: «G:expo-desk@event.example.com»
Sent: Friday, January 12, 2024 5:10 PM
To: «N:鈴木 美咲» <«E:m.suzuki@aoba-tsushin.example.co.jp»>
Subject: 展示会来場者リスト

NETWORK EXPO 2024 運営事務局です。
出展者様用の来場者データをお送りします（出展者ID: EX-2024-0312）。
お問い合わせ：運営事務局 «P:03-5555-0900»（平日10:00〜17:00）
"""))
            .attach(xlsxName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", visitors));

    String subject4 = "Re: 請求書再発行のお願い";
    String part4 = "#4 " + subject4;
    String body4 = labels.mark(file, part4, """
あおば通信システム
サポートご担当者様

お世話になっております。«N:山田»です。
先日お送りいただいた請求書（請求書番号 INV-2024-000123、ご請求金額 38,500円）ですが、
宛名を会社名ではなく個人名で再発行いただけますでしょうか。
送付先：«A:〒220-0012 神奈川県横浜市西区みなとみらい9-9-9»
連絡先：«P:090-5555-0522»（日中はこちらにお願いします）

[cid:image001.png@01DA4F3C.8E2B1A50]

> 2024/01/15 10:21、サポート窓口 <«G:support@aoba-tsushin.example.co.jp»> のメール:
> «N:山田»様
> お問い合わせありがとうございます（受付番号 #2024011500123）。
> 請求書の再発行を承ります。ご希望の宛名をお知らせください。
> あおば通信システム サポート窓口 «P:0120-555-010»（平日9:00〜17:30）
""");
    mboxAppend(mbox, "TARO.YAMADA@EXAMPLE.JP", "Tue Jan 16 12:03:27 2024",
        new MailMessage(ISO_2022_JP, "7bit", "mbox4")
            .addresses("From", addr(file, part4, "«N:山田 太郎»", "TARO.YAMADA@EXAMPLE.JP"))
            .addresses("To", new Address("", roleEm(file, part4, "support@aoba-tsushin.example.co.jp")))
            .addresses("Reply-To", addr(file, part4, "«N:山田 太郎»", "t-yamada@mail.example.jp"))
            .subject(subject4)
            .header("Date", "Tue, 16 Jan 2024 12:03:27 +0900")
            .header("Message-ID", "<CAF3x9q0Y1@mail.example.jp>")
            .text(body4)
            .html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-2022-JP\">"
                + "</head><body><div>" + body4.replace("&", "&amp;").replace("<", "&lt;")
                    .replace(">", "&gt;").replace("[cid:image001.png@01DA4F3C.8E2B1A50]",
                        "<img src=\"cid:image001.png@01DA4F3C.8E2B1A50\" alt=\"\">")
                    .replace("\n", "<br>\n")
                + "</div></body></html>\n"));

    String subject5 = "【ご注文確認】ご注文ありがとうございます";
    String part5 = "#5 " + subject5;
    mboxAppend(mbox, "no-reply@store.example.com", "Sat Jan 20 14:32:15 2024",
        new MailMessage(StandardCharsets.UTF_8, "quoted-printable", "mbox5")
            .addresses("From", new Address("ABCネットワークストア", roleEm(file, part5, "no-reply@store.example.com")))
            .addresses("To", new Address("", em(file, part5, "k.sato@aoba-tsushin.example.co.jp")))
            .subject(subject5)
            .header("Date", "Sat, 20 Jan 2024 14:32:15 +0900")
            .header("Message-ID", "<order.0312345678.20240120143215@store.example.com>")
            .text(labels.mark(file, part5, """
«N:佐藤 健一» 様

このたびは「ABCネットワークストア」をご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

■ご注文番号：0312345678
■ご注文日時：2024/01/20 14:32:10
■お支払方法：請求書払い（請求書番号 INV-2024-000987）
■ご注文内容
  商品コード：SW-0120-5550　24ポート L2スイッチ　単価@48,000円 × 2 = 96,000円
  商品コード：CB-0800-1234　LANケーブル Cat6A 10m　単価@1,280円 × 20 = 25,600円
  小計 121,600円／消費税 12,160円／合計 133,760円
  ※スイッチのファームウェアは v2.3.1（2024-01-15 リリース）で出荷します。
■お届け先
  «A:〒105-0011 東京都港区芝公園9-9-9 あおば芝公園ビル5F»
  株式会社あおば通信システム «N:佐藤 健一» 様
  電話番号：«P:090-5555-0123»
■配送：宅配便　お問い合わせ伝票番号：4912-3456-7890

――――――――――――――――――――
ABCネットワークストア カスタマーセンター
«P:0800-555-0188»（通話料無料・平日10:00〜18:00）
«G:support@store.example.com»
※本メールは送信専用アドレス（«G:no-reply@store.example.com»）からお送りしています。
""")));

    Corpus.write(root, file, mbox.toByteArray());
  }

  /** Appends one mail to an mbox: the "From " envelope line, the mail with LF, a blank line. */
  private static void mboxAppend(ByteArrayOutputStream mbox, String sender, String date, MailMessage mail)
      throws IOException {
    mbox.write(("From " + sender + " " + date + "\n").getBytes(StandardCharsets.US_ASCII));
    mbox.write(mail.bytes("\n"));
    mbox.write('\n');
  }

  // ---------------------------------------------------------------------------------------
  // Documents written for the gold file: every type of personal data, names and addresses in
  // their hard forms, and decoys beside them.

  /**
   * A résumé typed into Notepad: UTF-8 without a BOM, CRLF. Era and Western dates, an address
   * with no prefecture over two lines, kanji numerals, a family member "方" (care of), and
   * company and school names that hold surnames and places.
   */
  private void resumeTxt() {
    String file = "人事/応募書類/履歴書_中川翔太.txt";
    String text = labels.mark(file, "", """
履　歴　書
　　　　　　　　　　　　　　　　　　　　　　　　令和6年2月1日現在

ふりがな　　«N:なかがわ　しょうた»
氏　　名　　«N:中川　翔太»　　　　　　　　　　（男）
生年月日　　«B:平成8年（1996年）5月20日»生　満27歳
ふりがな　　かながわけん　よこはまし　なかく　やましたちょう
現 住 所　　«A:〒231-0023
　　　　　　横浜市中区山下町９９９番地９　ハーバービュー山下１２０３号室»
電　　話　　«P:045-555-0611»（自宅）　携帯 «P:090-5555-0612»
E-mail　　　«E:shota.nakagawa@example.jp»
連 絡 先　　«A:〒950-0088 新潟県新潟市中央区万代九丁目九番九号»　«N:中川 正樹»方
　　　　　　電話 «P:025-555-0613»（実家・父）

年　　　　月　　学歴・職歴
　　　　　　　　学　歴
平成21年　3月　横浜市立山下中学校　卒業
平成24年　3月　神奈川県立みなと総合高等学校　卒業
平成24年　4月　湘南情報工科大学　情報学部　情報ネットワーク学科　入学
平成28年　3月　湘南情報工科大学　情報学部　情報ネットワーク学科　卒業
　　　　　　　　職　歴
平成28年　4月　株式会社山田製作所　入社（本社工場　総務部 情報システム課）
　　　　　　　　生産管理システムと工場LANの運用を担当
令和2年　10月　山田電機株式会社　入社（情報システム部）
　　　　　　　　全国32店舗のネットワーク更改を担当
　　　　　　　　（契約日 2023年4月1日の保守契約について、ベンダー移行を主導）
　　　　　　　　現在に至る
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　以上

年　　　　月　　免許・資格
平成27年　8月　普通自動車第一種運転免許　取得
令和元年　11月　基本情報技術者試験　合格
令和4年　6月　CCNA（Cisco Certified Network Associate）取得

志望の動機
東京都の会社で、より大規模なネットワークの構築に携わりたいと考え、貴社を志望いたしました。
現職では山田電機の店舗網の更改を、前職の株式会社山田製作所では工場LANの運用を経験しました。
山田社長をはじめ、前職で得た製造業のお客様との信頼関係も活かせると考えております。

本人希望記入欄
入社可能日：2024年4月1日以降（現職の引継ぎのため）
希望勤務地：東京都内、または神奈川県
通勤時間　約50分　　扶養家族数（配偶者を除く）0人　　配偶者　無
""");
    Corpus.write(root, file, crlf(text).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A mail-order customer list from a legacy system, saved by Excel: CP932, CRLF. The address
   * in three columns (都道府県, 市区町村, 番地・建物), one row without its prefecture; names
   * written together, with a full-width space, with hiragana given names; birth dates as a
   * legacy system writes them (S60/07/07, H2.4.1).
   */
  private void memberListCp932() {
    String file = "営業/通販会員リスト_2023.csv";
    String csv = labels.mark(file, "", """
会員番号,氏名,フリガナ,郵便番号,都道府県,市区町村,番地・建物名,電話番号,携帯電話,生年月日,性別,入会日,最終購入日,累計購入額,備考
201904010231,«N:山田太郎»,«N:ヤマダタロウ»,220-0012,«A:神奈川県,横浜市西区,みなとみらい9-9-9»,«P:045(555)0521»,«P:090-5555-0522»,«B:S60/07/07»,男,2019/04/01,2023/12/18,"128,400",
202006120045,«N:佐藤　花子»,«N:サトウ　ハナコ»,231-0023,«A:神奈川県,横浜市中区,山下町９９９－９　グランハイツ山下５０２»,«P:045-555-0621»,,«B:1972/02/29»,女,2020/06/12,2023/11/30,"56,800",
202101150112,«N:鈴木 ひろみ»,«N:スズキ ヒロミ»,330-0854,«A:埼玉県,さいたま市大宮区,桜木町九丁目九番九号»,,«P:080-5555-0622»,«B:H2.4.1»,女,2021/01/15,2023/12/02,"9,800",ポイント会員
202103300008,«N:髙木 進»,«N:ﾀｶｷﾞ ｽｽﾑ»,231-0062,,«A:横浜市中区,桜木町9-9-9-1105»,«P:045-555-0623»,,«B:昭和47年3月3日»,男,2021/03/30,2022/08/19,"3,300",住所に都道府県なし（旧システムから移行）
«n:20220401001#»,«N:渡邉 恵美子»,«N:ワタナベ エミコ»,060-0001,«A:北海道,札幌市中央区,北一条西9-9-9 サッポロレジデンス1203号室»,«P:011-555-0624»,«P:070-5555-0625»,«B:1955年11月23日»,女,2022/04/01,2023/12/20,"342,100",①電話連絡は平日午前のみ
202305170077,«N:小林 さおり»,«N:コバヤシ サオリ»,812-0011,«A:福岡県,福岡市博多区,博多駅前9-9-9»,,«P:090-5555-0626»,«B:1990/11/23»,女,2023/05/17,2023/12/24,"15,400",勤務先は東京都の会社（山田電機）
202309010003,山田電機株式会社（法人会員）,ﾔﾏﾀﾞﾃﾞﾝｷ(ｶ,100-0005,«A:東京都,千代田区,丸の内9-9-9 丸の内ビルディング12階»,«P:03-5555-0627»,,,法人,2023/09/01,2023/12/15,"1,080,000",担当：総務部 «N:田中»様　請求書払い
""");
    Corpus.write(root, file, Corpus.encode(crlf(csv), CP932));
  }

  /**
   * A shareholder register kept in Excel for the dividend tax: My Numbers (computed with their
   * check digit; one in full-width digits), a corporate shareholder with its 法人番号, a My
   * Number with a wrong check digit, dividend accounts, and a change log.
   */
  private void shareholderRegisterXlsx() throws IOException {
    String file = "総務/株主名簿_2024年3月31日現在.xlsx";
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(new Sheet("株主名簿", rows(labels.mark(file, "", """
株主番号\t株主名\tフリガナ\t郵便番号\t住所\t電話番号\t所有株式数\t議決権数\t個人番号・法人番号\t配当金振込先\t口座番号\t備考
00012345\t«N:石井 良子»\t«N:イシイ ヨシコ»\t220-0012\t«A:神奈川県横浜市西区みなとみらい九丁目9番9-1203号»\t«P:080-5555-0901»\t1,200\t12\t«M:3814 2297 560#»\tひかり銀行 横浜支店 普通\t«K:2345678»\t2023年6月 相続により名義書換
00012346\t«N:青葉 一郎»\t«N:アオバ イチロウ»\t152-0035\t«A:東京都目黒区自由が丘9-9-9»\t«P:03-5555-0671»\t250,000\t2,500\t«M:7129-4405-318#»\tみなと第一銀行 本店営業部 普通\t«K:0012345»\t代表取締役社長
00012347\t株式会社山田製作所\tｶ)ﾔﾏﾀﾞｾｲｻｸｼｮ\t330-0854\t«A:埼玉県さいたま市大宮区桜木町9-9-9　山田ビル4F»\t«P:048-555-0641»\t30,000\t300\t«h:#234567890123»\tひかり銀行 大宮支店 当座\t«K:3456789»\t法人株主（担当：総務部 «N:小川»様）
00012348\t«N:山田 一郎»\t«N:ヤマダ イチロウ»\t330-0845\t«A:埼玉県さいたま市大宮区仲町９－９－９»\t«P:048-555-0672»\t5,000\t50\t«M:２０４６７７３１９５２＃»\tゆうちょ銀行 〇一八店 普通\t«K:1234561»\t株式会社山田製作所 代表取締役
00012349\t«N:佐藤 ゆかり»\t«N:サトウ ユカリ»\t154-0015\t«A:東京都世田谷区桜新町九丁目九番九号»\t«P:090-5555-0673»\t800\t8\t«m:6683 1029 475#»\t（未登録）\t\t番号確認書類の再提出を依頼中（検査用数字が合わない）
00012350\t«N:スミス ジョン»\t«N:スミス ジョン»\t106-0032\t«A:東京都港区六本木9-9-9 六本木レジデンス3003»\t«P:03-5555-0674»\t100\t1\t«M:5501 8862 391#»\t（配当金領収証方式）\t\t外国籍（英国）。氏名は «N:John Smith»
""")), new int[] {10, 14, 16, 10, 46, 16, 12, 10, 20, 30, 12, 40}));
    sheets.add(new Sheet("異動履歴", rows(labels.mark(file, "", """
受付日\t株主番号\t異動事由\t内容\t担当
2023/06/20\t00012345\t相続\t故 «N:石井 正»（被相続人）から «N:石井 良子» へ名義書換　1,200株\t«N:中村»
2023/09/01\t00012349\t新規\t単元株 800株 取得（特定口座）\t«N:中村»
2024/03/31\t—\t基準日\t第25期 期末配当の基準日（1株につき35円）\t—
""")), new int[] {12, 10, 10, 60, 10}));
    Corpus.write(root, file, xlsx(sheets, "中村 由美", "株主名簿"));
  }

  /**
   * Business cards exported from a card-scanning app: UTF-8 without a BOM, LF. Surname and
   * given name in separate columns (and their readings), foreign names in katakana, one that
   * the app could not split (ジョン・スミス).
   */
  private void businessCardListUtf8() {
    String file = "営業/名刺一覧_2024年上期.csv";
    String csv = labels.mark(file, "", """
会社名,部署名,役職,姓,名,姓（カナ）,名（カナ）,郵便番号,住所,TEL,FAX,携帯電話,E-mail,URL,名刺交換日,メモ
株式会社ネクストリンク,営業部,部長,«N:石田,隆»,«N:イシダ,タカシ»,100-0005,«A:東京都千代田区丸の内9-9-9 丸の内ビルディング8階»,«P:03-5555-0401»,«F:03-5555-0402»,«P:090-5555-0403»,«E:t.ishida@nextlink.example.co.jp»,https://www.nextlink.example.co.jp/,2024/01/10,NETWORK EXPO 2024 にて
"Harborview Analytics, Inc.",Sales,Account Executive,«N:ジョン・スミス»,,,,CA 94105,"«A:500 Market Street, Suite 1200, San Francisco»",«P:+1 415-555-0150»,,,«E:john.smith@harborview.example.com»,https://www.harborview.example.com/,2024/02/05,英語表記 «N:John Smith»。来日時に面談（2024年2月5日）
"Harborview Analytics, Inc.",Legal,Paralegal,«N:ガルシア,マリア»,«N:ガルシア,マリア»,CA 94105,"«A:500 Market Street, Suite 1200, San Francisco»",«P:+1 415-555-0151»,,,«E:m.garcia@harborview.example.com»,,2024/02/05,«N:Emily Carter»さんの後任
株式会社山田製作所,総務部 情報システム課,主任,«N:小川,ひなた»,«N:オガワ,ヒナタ»,330-0854,«A:埼玉県さいたま市大宮区桜木町9-9-9　山田ビル4F»,«P:048-555-0643»,«F:048-555-0642»,«P:090-5555-0644»,«E:h.ogawa@yamada-ss.example.co.jp»,,2024/02/13,山田電機の«N:田中»様のご紹介
東洋メディカル株式会社,情報システム部,課長,«N:李,偉»,«N:リー,ウェイ»,530-0001,«A:大阪府大阪市北区梅田9-9-9»,«P:06-5555-0681»,,,«E:li.wei@toyo-medical.example.jp»,,2024/03/01,
（個人）,フリーランス,ネットワークエンジニア,«N:グエン・ヴァン・アン»,,,,812-0011,«A:福岡県福岡市博多区博多駅前9-9-9-702»,,,«P:080-5555-0682»,«E:nguyen.van.an@example.com»,,2024/03/08,ベトナム出身。日本語可
""");
    Corpus.write(root, file, csv.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The payroll team's transfer list for January: CP932, CRLF. Bank, branch, account type,
   * account number and the holder's name in half-width katakana, as banks want it; a name
   * written together; seven-digit employee numbers beside seven-digit account numbers.
   */
  private void payrollCp932() {
    String file = "人事/給与/給与振込一覧_2024年1月.csv";
    String csv = labels.mark(file, "", """
社員番号,氏名,所属,銀行コード,銀行名,支店コード,支店名,預金種目,口座番号,口座名義（ｶﾅ）,振込金額,振込指定日,明細送付先,備考
2016041,«N:中村 悠真»,総務部,9991,ひかり銀行,123,芝公園支店,普通,«K:1234567»,«N:ﾅｶﾑﾗ ﾕｳﾏ»,"312,450",2024/01/25,«E:yuma.nakamura@mail.example.jp»,
2019012,«N:鈴木美咲»,営業本部,9991,ひかり銀行,125,横浜支店,普通,«K:7654321»,«N:ｽｽﾞｷ ﾐｻｷ»,"287,300",2024/01/25,«E:m.suzuki@aoba-tsushin.example.co.jp»,
2008004,«N:佐藤 健一»,営業本部,9992,みなと第一銀行,201,本店営業部,普通,«K:0012346»,«N:ｻﾄｳ ｹﾝｲﾁ»,"402,800",2024/01/25,«E:k.sato@aoba-tsushin.example.co.jp»,
2012019,«N:小林 直樹»,人事部,9900,ゆうちょ銀行,018,〇一八,普通,«K:1234562»,«N:ｺﾊﾞﾔｼ ﾅｵｷ»,"356,120",2024/01/25,«E:n.kobayashi@aoba-tsushin.example.co.jp»,通帳記号番号 «K:10180-12345621»
2021033,«N:南　葵»,総務部,9993,さくら台信用金庫,045,本店,当座,«K:0456789»,«N:ミナミ　アオイ»,"198,000",2024/01/25,«E:aoi.minami@example.com»,振込先変更届 2024/01/10 受付
""");
    Corpus.write(root, file, Corpus.encode(crlf(csv), CP932));
  }

  /**
   * The staff travel list of HR: passport numbers, driving licence numbers (with their check
   * digit), dates of birth in three forms, a name broken over two lines of a cell, and
   * decoys: a staff card number in the passport's shape, twelve-digit application numbers.
   */
  private void travelListXlsx() throws IOException {
    String file = "人事/海外出張者名簿_2024.xlsx";
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(new Sheet("出張者", rows(labels.mark(file, "", """
No\t社員番号\t社員証番号\t氏名\t氏名（旅券記載）\t生年月日\t性別\t旅券番号\t旅券有効期限\t運転免許証番号\t出張申請番号\t出張先\t出張期間\t緊急連絡先
1\t2016041\tSE2016041\t«N:中村␤悠真»\t«N:NAKAMURA YUMA»\t«B:1988年8月18日»\t男\t«R:TK1234567»\t2029/03/14\t«L:3008 1234 56#0»\t202402150003\tシンガポール\t2024/03/04〜2024/03/08\t«N:中村 香織»（妻）«P:090-5555-0651»
2\t2008004\tSE2008004\t«N:佐藤健一»\t«N:SATO KENICHI»\t«B:昭和54年3月3日»\t男\t«R:TR7654321»\t2027/11/30\t第 «L:4503 2198 76#1» 号\t202402150004\tロンドン\t2024/03/11〜2024/03/15\t«N:佐藤 真理子»（妻）«P:080-5555-0652»
3\t2019012\tSE2019012\t«N:鈴木 美咲»\t«N:SUZUKI MISAKI»\t«B:1992/10/05»\t女\t«R:MZ0246813»\t2031/06/30\t（免許なし）\t«n:20240220001#»\tサンフランシスコ\t2024/04/08〜2024/04/12\t«N:鈴木 和子»（母）«P:025-555-0653»
""")), new int[] {5, 10, 12, 12, 20, 16, 6, 12, 14, 22, 16, 16, 26, 36}));
    sheets.add(new Sheet("記入上の注意", rows("""
項目\t注意
旅券番号\t英字2文字と数字7桁（例：AB0000000）。社員証番号（SE＋社員番号）と取り違えないこと
運転免許証番号\t12桁。国際運転免許証の申請に使う
出張申請番号\t申請日（8桁）＋連番（4桁）
"""), new int[] {16, 80}));
    Corpus.write(root, file, xlsx(sheets, "小林 直樹", "海外出張者名簿"));
  }

  /**
   * A customer's card payment form for a maintenance contract, typed into Word: test card
   * numbers of VISA, Mastercard and JCB, one that fails the Luhn check (sent back), a card
   * holder's name in capitals, and a thirteen-digit merchant number.
   */
  private void cardFormDocx() throws IOException {
    String file = "経理/クレジットカード決済申込書_森本由美子.docx";
    try (XWPFDocument doc = new XWPFDocument()) {
      paragraph(doc, "クレジットカード決済 お申込書（保守サービス月額料金）", true, 14, ParagraphAlignment.CENTER);
      paragraph(doc, "申込日 2024年2月1日　　受付番号 202402010007", false, 10, ParagraphAlignment.RIGHT);
      table(doc, rows(labels.mark(file, "", """
お名前（ふりがな）\t«N:もりもと　ゆみこ»
お名前\t«N:森本　由美子»　様
生年月日\t«B:昭和58年9月30日»（カード名義人ご本人の確認のため）
ご住所\t«A:〒150-0002 東京都渋谷区渋谷９－９－９ 渋谷ヒルズ７０１»
電話番号\t«P:03-5555-0661»（携帯 «P:080-5555-0662»）
メールアドレス\t«E:yumiko.morimoto@mail.example.jp»
ご契約番号\tHS-2024-0107（ホームネットワーク保守 月額 3,300円）
カード会社\tVISA
カード番号\t«C:4111 1111 1111 1111»
有効期限\t12/28（月/年）
カード名義（ローマ字）\t«N:YUMIKO MORIMOTO»
家族カード\tMastercard «C:5555-5555-5555-4444»　名義 «N:KENJI MORIMOTO»（夫 «N:森本 健司»）
""")));
      paragraph(doc, "", false, 10, ParagraphAlignment.LEFT);
      paragraph(doc, labels.mark(file, "", "※これまでのお支払いカード（JCB «C:3530111333300000»）は2024年1月末で"
          + "解約済みのため、3月分からは上記カードで決済いたします。"), false, 10, ParagraphAlignment.LEFT);
      paragraph(doc, "事務局記入欄", true, 10, ParagraphAlignment.LEFT);
      table(doc, rows(labels.mark(file, "", """
受付担当\t«N:小林»（総務部）
前回のお申込み\tカード番号 «c:4111 1111 1111 1112» は番号誤りのため差戻し（2024/01/22）
加盟店番号\t1234567890123
承認番号\t123456
課金開始日\t2024年3月1日
""")));
      properties(doc.getProperties(), "小林 直樹", "クレジットカード決済申込書");
      Corpus.write(root, file, docxBytes(doc));
    }
  }

  /**
   * A customer's reply saved from Outlook as .eml: ISO-2022-JP, CRLF. A surname with 様, a
   * company name that holds a surname (株式会社山田製作所, 山田電機様), a president named by
   * surname only, a signature with an address over two lines and a 法人番号, the quoted mail.
   */
  private void quoteReplyMail() {
    String file = "mail/Re_【お見積り】工場ネットワーク更改の件.eml";
    MailMessage mail =
        new MailMessage(ISO_2022_JP, "7bit", "01DA5F21")
            .addresses("From", addr(file, "", "«N:小川 ひなた»", "h.ogawa@yamada-ss.example.co.jp"))
            .addresses("To", addr(file, "", "«N:佐藤 健一»", "k.sato@aoba-tsushin.example.co.jp"))
            .addresses("Cc", addr(file, "", "«N:山田 一郎»", "ichiro.yamada@yamada-ss.example.co.jp"))
            .subject("Re: 【お見積り】工場ネットワーク更改の件")
            .header("Date", "Tue, 13 Feb 2024 16:20:45 +0900")
            .header("Message-ID", "<000a01da5f21$3c2d1e00$b4875a00$@yamada-ss.example.co.jp>")
            .header("X-Mailer", "Microsoft Outlook 16.0")
            .text(labels.mark(file, "", """
株式会社あおば通信システム
営業本部 第一営業部
«N:佐藤 健一»様

いつも大変お世話になっております。
株式会社山田製作所の«N:小川»でございます。

先日はお見積書（見積番号 Q-2024-0205-01）をお送りいただき、ありがとうございました。
社内で検討いたしました結果、下記の条件でお願いしたく存じます。

　・契約日：2024年3月1日
　・納期：2024年5月31日（本社工場分）、2024年7月31日（神奈川県内の2拠点分）
　・お支払い：月末締め翌月末払い（発注番号 PO-2024-0301-117）

なお、弊社社長の«N:山田»も一度ご挨拶したいと申しておりますので、
3月上旬にお打ち合わせのお時間をいただけますと幸いです。
当日は、前回ご同席いただいた«N:鈴木»様にもお越しいただけますでしょうか。
山田電機様の店舗での導入事例も、ぜひ伺いたく存じます。

以上、よろしくお願いいたします。

────────────────────────
株式会社山田製作所　総務部　情報システム課
«N:小川 ひなた»（«N:Hinata Ogawa»）
«A:〒330-0854
埼玉県さいたま市大宮区桜木町9-9-9　山田ビル4F»
TEL：«P:048-555-0641»（代表）／«P:048-555-0643»（直通）
FAX：«F:048-555-0642»
携帯：«P:090-5555-0644»
Mail：«E:h.ogawa@yamada-ss.example.co.jp»
法人番号：«h:#234567890123»
────────────────────────

-----Original Message-----
From: «N:佐藤 健一» <«E:k.sato@aoba-tsushin.example.co.jp»>
Sent: Monday, February 5, 2024 11:02 AM
To: «N:小川 ひなた» <«E:h.ogawa@yamada-ss.example.co.jp»>
Subject: 【お見積り】工場ネットワーク更改の件

> «N:小川»様
>
> お世話になっております。あおば通信システムの«N:佐藤»です。
> ご依頼のお見積書を添付いたします。見積有効期限は2024年3月29日です。
> --
> 株式会社あおば通信システム 営業本部 第一営業部 «N:佐藤 健一»
> «A:〒105-0011 東京都港区芝公園9-9-9 あおば芝公園ビル5F»
> TEL «P:03-5555-0121» / 携帯 «P:090-5555-0123»
"""));
    Corpus.write(root, file, mail.bytes("\r\n"));
  }

  // ---------------------------------------------------------------------------------------
  // Purpose check: one document for each category the documents above leave out, and data
  // held for no stated purpose. Each is labelled with its category in categories.jsonl.

  /** UTF-8 with a BOM and CRLF, as Excel writes "CSV UTF-8". */
  private void utf8Csv(String file, String markedCsv) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = crlf(labels.mark(file, "", markedCsv)).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    Corpus.write(root, file, bytes);
  }

  /** The security gate's export: staff and visitors in and out (facility_access). */
  private void facilityAccessCsv() {
    utf8Csv("総務/入退室記録_2024年2月.csv", """
日時,区分,カード番号,氏名,所属,来訪者連絡先,訪問先・目的
2024/02/05 08:52,入室,C-0101,«N:佐藤 健一»,営業本部,,
2024/02/05 09:58,入館,V-0007,«N:高橋 誠»,株式会社ひかり工業,«P:090-5555-0701»,営業本部 打合せ
2024/02/05 10:03,入館,V-0008,«N:林 直人»,株式会社ひかり工業,«P:090-5555-0702»,営業本部 打合せ
2024/02/05 12:10,退館,V-0007,«N:高橋 誠»,株式会社ひかり工業,,
2024/02/05 12:11,退館,V-0008,«N:林 直人»,株式会社ひかり工業,,
2024/02/05 18:34,退室,C-0101,«N:佐藤 健一»,営業本部,,
""");
  }

  /** Notes on recorded calls of the customer desk (call_recording), the callers customers. */
  private void callMemoTxt() {
    String file = "営業/お客様相談室/通話録音メモ_2024年2月.txt";
    String text = labels.mark(file, "", """
通話録音メモ（2024年2月）　お客様相談室
録音データの保存期間は1年。聞き取り内容はこのメモに要約する。

録音ID: REC-20240206-0012
日時: 2024/02/06 10:15〜10:27
お客様: «N:中村 優子» 様
折返し先: «P:090-5555-0711»
内容: ルーターの設定方法についてのお問い合わせ。手順書をメールで送付（«E:y.nakamura@example.jp»）。

録音ID: REC-20240207-0003
日時: 2024/02/07 15:40〜15:52
お客様: «N:石井 大輔» 様
折返し先: «P:03-5555-0712»
内容: 請求書の宛名変更のご依頼。経理に回付済み。
""");
    Corpus.write(root, file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A client's member master handed over for a system migration (entrusted). */
  private void entrustedMembersCsv() {
    utf8Csv("受託業務/ひかり百貨店様_会員システム移行/お預かりデータ_会員マスタ抜粋.csv", """
会員番号,氏名,フリガナ,電話番号,メールアドレス,入会日
H-000101,«N:森 美咲»,«N:モリ ミサキ»,«P:03-5555-0721»,«E:misaki.mori@example.jp»,2019/04/01
H-000102,«N:長谷川 剛»,«N:ハセガワ ツヨシ»,«P:090-5555-0722»,«E:t.hasegawa@example.com»,2020/11/15
H-000103,«N:村上 千尋»,«N:ムラカミ チヒロ»,«P:045-555-0723»,«E:chihiro.murakami@example.jp»,2022/06/30
""");
  }

  /** Managers' names compiled from public sources for marketing (public_source). */
  private void publicSourceCsv() {
    utf8Csv("営業/マーケティング/公開情報_情報システム部門長リスト_2023.csv", """
会社名,部署,役職,氏名,代表電話,出典,取得日
株式会社みなと物流,情報システム部,部長,«N:岡田 浩二»,«P:045-555-0731»,企業ウェブサイト（組織紹介）,2023/06/12
東洋精工株式会社,IT推進室,室長,«N:松井 真理子»,«P:06-5555-0732»,会社四季報 2023年夏号,2023/07/03
さくら台信用金庫,事務システム部,部長,«N:吉田 修»,«P:048-555-0733»,官報（役員変更公告）,2023/08/21
""");
  }

  /** An applicant's reply to the recruiting desk, in English (job_applicant). */
  private void applicantMailEnglish() {
    String file = "人事/採用/Re Interview schedule - network engineer.eml";
    MailMessage mail =
        new MailMessage(StandardCharsets.UTF_8, "quoted-printable", "01DA5C10")
            .addresses("From", addr(file, "", "«N:Daniel Kim»", "daniel.kim@example.com"))
            .addresses("To", new Address("Recruiting", roleEm(file, "", "recruit@aoba-tsushin.example.co.jp")))
            .subject("Re: Interview schedule - network engineer")
            .header("Date", "Fri, 09 Feb 2024 08:12:40 +0000")
            .header("Message-ID", "<CAF7x2-interview-0209@example.com>")
            .text(labels.mark(file, "", """
Dear Recruiting Team,

Thank you for inviting me to the second interview for the network engineer position.
Thursday, 15 February at 14:00 JST suits me well, by video call.

My mobile number has changed; please use «P:+1 415-555-0172» from now on.

Best regards,
«N:Daniel Kim»
"""));
    Corpus.write(root, file, mail.bytes("\r\n"));
  }

  /** A webinar platform's registrant export, in English (customer). */
  private void webinarAttendeesCsv() {
    utf8Csv("en/Webinar registrants - Zero Trust networking.csv", """
Email,Company,Country,Registered,Attended,Poll: would you like a demo?
«G:it-ops@minato-logi.example.co.jp»,Minato Logistics,Japan,2024-01-10,Yes,Yes
«E:r.clark@thamesbridge.example.org»,Thames Bridge Data,United Kingdom,2024-01-11,No,
«G:netadmin@sakuradai-clinic.example.jp»,Sakuradai Clinic,Japan,2024-01-15,Yes,No
""");
  }

  /** Someone's private contacts, copied off an old PC into a misc folder (no stated purpose). */
  private void oldContactsTxt() {
    String file = "雑/旧PC整理/連絡先メモ.txt";
    String text = labels.mark(file, "", """
連絡先メモ（古いPCから移したもの）

«N:前田 大輔»　«P:090-5555-0741»　«E:daisuke.maeda@example.jp»
«N:小野 由美»　«P:080-5555-0742»
«N:竹内 健太»　«E:kenta.takeuchi@example.com»
""");
    Corpus.write(root, file, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Employees' health-check results: special care-required data (要配慮個人情報) of current
   * employees, whom the policy does not name (no stated purpose, flagged).
   */
  private void healthChecksCsv() {
    utf8Csv("人事/健康管理/健康診断結果_2023年度.csv", """
社員番号,氏名,所属,メール,年齢,受診日,判定,所見
A-0312,«N:木村 拓也»,営業本部,«E:t.kimura@aoba-tsushin.example.co.jp»,38,2023/10/12,B,経過観察
A-0457,«N:斎藤 由美»,技術本部,«E:y.saito@aoba-tsushin.example.co.jp»,31,2023/10/12,C,要再検査（血圧）
A-0528,«N:清水 浩»,管理本部,«E:h.shimizu@aoba-tsushin.example.co.jp»,52,2023/10/13,D,要精密検査（胃）
""");
  }

  /** A database export with nothing to say what it is (no stated purpose). */
  private void anonymousExportCsv() {
    utf8Csv("共有/tmp/export_20231104.csv", """
id,col_a,col_b,col_c,updated
1,«N:西村 さくら»,«E:sakura.nishimura@example.jp»,«P:03-5555-0751»,2023-11-04
2,«N:松田 大輝»,«E:daiki.matsuda@example.com»,«P:090-5555-0752»,2023-11-04
""");
  }

  /** Private contacts in English, kept from an old laptop (no stated purpose). */
  private void oldContactsEnglish() {
    String file = "misc/contacts from the old laptop.txt";
    String text = labels.mark(file, "", """
contacts (2015 laptop)

tennis club: «E:rally.club@example.org», «P/US:(415) 555-0191»
«E:piano.teacher@example.com» «P/US:415-555-0192»
""");
    Corpus.write(root, file, text.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------------------------------
  // broken/

  /** A real .docx cut in half, as a failed copy leaves it: the scanner must report it, and go on. */
  private void truncatedDocx() throws IOException {
    String file = "broken/truncated.docx";
    try (XWPFDocument doc = new XWPFDocument()) {
      paragraph(doc, "面接評価シート（一次面接）", true, 14, ParagraphAlignment.CENTER);
      table(doc, rows(Labels.unmarked("""
応募者\t前田 健二（1996年2月14日生）
応募職種\tネットワークエンジニア
連絡先\t090-5555-0999 / kenji.maeda@example.jp
面接日\t2024年1月19日 14:00〜15:00
面接官\t小林 直樹（人事部）、佐藤 健一（営業本部）
評価\t技術力 B／コミュニケーション A／総合 B+
所見\t拠点間VPNの構築経験あり。二次面接へ進めることを推薦する。
""")));
      properties(doc.getProperties(), "小林 直樹", "面接評価シート");
      byte[] whole = docxBytes(doc);
      byte[] half = new byte[whole.length / 2];
      System.arraycopy(whole, 0, half, 0, half.length);
      Corpus.write(root, file, half);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Office helpers

  private record Sheet(String name, String[][] rows, int[] widths) {}

  /** Tab-separated lines as rows of cells. */
  private static String[][] rows(String tsv) {
    return tsv.lines().map(line -> line.split("\t", -1)).toArray(String[][]::new);
  }

  /** A mail address of a header line: an expected finding and a gold span of the mail's part. */
  private String em(String file, String part, String email) {
    return labels.header(file, part, "«E:" + email + "»");
  }

  /** A role mailbox (a function's, not a person's) of a header line, as {@link #em}. */
  private String roleEm(String file, String part, String email) {
    return labels.header(file, part, "«G:" + email + "»");
  }

  /** A header address whose display name may hold marks («N:…»). */
  private Address addr(String file, String part, String display, String email) {
    return new Address(labels.header(file, part, display), em(file, part, email));
  }

  private static byte[] xlsx(List<Sheet> sheets, String author, String title) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      for (Sheet s : sheets) {
        XSSFSheet sheet = book.createSheet(s.name());
        for (int r = 0; r < s.rows().length; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < s.rows()[r].length; c++) {
            String value = s.rows()[r][c];
            if (value.isEmpty()) {
              continue;
            }
            Cell cell = row.createCell(c);
            // ␤ is a line break inside a cell (Alt+Enter)
            cell.setCellValue(value.replace('␤', '\n'));
            if (r == 0) {
              cell.setCellStyle(header);
            }
          }
        }
        for (int c = 0; c < s.widths().length; c++) {
          sheet.setColumnWidth(c, s.widths()[c] * 256);
        }
        sheet.createFreezePane(0, 1);
      }
      properties(book.getProperties(), author, title);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return Corpus.fixedDates(out.toByteArray());
    }
  }

  private static byte[] docxBytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return Corpus.fixedDates(out.toByteArray());
  }

  private static void properties(POIXMLProperties properties, String author, String title) {
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setCreator(author);
    core.setLastModifiedByUser(author);
    core.setTitle(title);
    core.setCreated(Optional.of(Corpus.FIXED_DATE));
    core.setModified(Optional.of(Corpus.FIXED_DATE));
  }

  private static void paragraph(
      XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    XWPFRun run = p.createRun();
    run.setFontFamily("ＭＳ 明朝");
    run.setFontSize(size);
    run.setBold(bold);
    run.setText(text);
  }

  private static void table(XWPFDocument doc, String[][] rows) {
    int columns = 0;
    for (String[] row : rows) {
      columns = Math.max(columns, row.length);
    }
    XWPFTable table = doc.createTable(rows.length, columns);
    table.setWidth("100%");
    for (int r = 0; r < rows.length; r++) {
      XWPFTableRow row = table.getRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.getCell(c).setText(rows[r][c]);
      }
    }
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }
}
