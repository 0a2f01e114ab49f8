package dev.shirabe.cli.hostile;

import dev.shirabe.cli.hostile.Manifest.Expect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Names that attack a terminal or a table, names that are not UTF-8, special files, and text
 * whose encoding is hidden or lied about. Each regular file holds a line of personal data, so a
 * scan that reads it finds something and has to print its name.
 */
final class OddFiles {

  private OddFiles() {}

  static void names(CorpusWriter w) throws IOException {
    byte[] content = Zips.utf8(Bombs.PERSON + "\n");
    odd(w, "names/esc-clear-\u001b[2J.txt", content, "ESC [2J (clear screen) in the name");
    odd(w, "names/esc-title-\u001b]0;x\u0007.txt", content, "OSC 0 (set title) … BEL in the name");
    odd(w, "names/newline-\nsplit.txt", content, "a newline in the name");
    odd(w, "names/tab-\tsplit.txt", content, "a tab in the name");
    odd(w, "names/c1-\u0085\u009b2J.txt", content, "C1 controls NEL and CSI in the name");
    odd(w, "names/report-\u202Efdp.txt", content, "RTL override: shows as report-txt.pdf");
    odd(w, "names/-rf.txt", content, "a leading dash");
    odd(w, "names/--help.txt", content, "a leading double dash");
    odd(w, "names/\u001b[31mred-folder\u001b[0m/inside.txt", content, "ESC in a folder name");
    odd(w, "names/" + "a".repeat(251) + ".txt", content, "a 255-byte name");
    odd(w, "names/" + "名".repeat(83) + "ab.txt", content, "a 255-byte name of 3-byte characters");
    // Two names that differ only in bytes that are not UTF-8: both decode to the same string.
    oddBytes(w, bytes("names/bad-", 0xff, ".txt"), content, "invalid UTF-8 byte 0xff");
    oddBytes(w, bytes("names/bad-", 0xfe, ".txt"), content,
        "invalid UTF-8 byte 0xfe: the same name as the 0xff one once decoded");
    oddBytes(w, bytes("names/truncated-", 0xe5, 0x90, ".txt"), content,
        "a UTF-8 sequence cut short");
    oddBytes(w, bytes("names/latin1-caf", 0xe9, "/inside.txt"), content,
        "a folder named in Latin-1");
    w.file("names/esc-member.zip", Zips.zip(Map.of(
        "\u001b[2Jmember-\u001b]0;pwned\u0007.txt", content)), Expect.FOUND,
        "an archive member named with ESC sequences");
    w.file("names/esc-subject.eml", Zips.utf8("From: Taro <taro.yamada@example.com>\r\n"
        + "To: info@example.com\r\nSubject: hello \u001b[2J\u001b]0;pwned\u0007 world\r\n"
        + "Date: Wed, 1 Jan 2020 00:00:00 +0900\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + Bombs.PERSON + "\r\n"),
        Expect.FOUND, "a mail subject with raw ESC sequences");
  }

  static void specials(CorpusWriter w) throws IOException {
    w.fifo("special/fifo", "a FIFO: opening it blocks until a writer comes");
    w.socket("special/socket", "a Unix domain socket nobody listens on");
    w.symlink("special/loop-a", "loop-b", "a symbolic link loop (a → b)");
    w.symlink("special/loop-b", "loop-a", "a symbolic link loop (b → a)");
    w.symlink("special/dangling", "no-such-file", "a dangling symbolic link");
    w.symlink("special/up", "..", "a link to the folder above: a cycle if followed");
    w.symlink("special/escape", "../../outside/canary.txt",
        "a link out of the scanned folder to a file of personal data");
    w.file("special/unreadable.txt", Zips.utf8(Bombs.PERSON + "\n"), Expect.FOUND_OR_PROBLEM,
        "mode 000: unreadable, except to root (tests running as root can still read it)");
    Files.setPosixFilePermissions(w.root().resolve("special/unreadable.txt"),
        PosixFilePermissions.fromString("---------"));
    for (String name : new String[] {"empty.txt", "empty.docx", "empty.pdf", "empty.zip",
        "empty.eml", "empty.pst"}) {
      w.file("special/" + name, new byte[0], Expect.ANY, "an empty file");
    }
  }

  static void encodings(CorpusWriter w) throws IOException {
    String text = "氏名: 山田 太郎\nメール: taro.yamada@example.com\n電話: 03-1234-5678\n";
    w.file("encodings/utf16be-no-bom.txt", text.getBytes(StandardCharsets.UTF_16BE),
        Expect.FOUND_OR_PROBLEM, "UTF-16BE without a byte-order mark");
    w.file("encodings/utf16le-no-bom.txt", text.getBytes(StandardCharsets.UTF_16LE),
        Expect.FOUND_OR_PROBLEM, "UTF-16LE without a byte-order mark");
    Charset cp932 = Charset.forName("windows-31j");
    w.file("encodings/cp932-labelled-utf8.html", ("<!DOCTYPE html><html><head>"
        + "<meta charset=\"utf-8\"><title>お問い合わせ</title></head><body><p>"
        + text.replace("\n", "<br>") + "</p></body></html>\n").getBytes(cp932),
        Expect.FOUND_OR_PROBLEM, "CP932 bytes in an HTML page that says it is UTF-8");
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    bom.write(text.getBytes(Charset.forName("Shift_JIS")));
    w.file("encodings/utf8-bom-then-sjis.txt", bom.toByteArray(), Expect.FOUND_OR_PROBLEM,
        "a UTF-8 byte-order mark followed by Shift_JIS");
  }

  private static void odd(CorpusWriter w, String path, byte[] content, String origin)
      throws IOException {
    oddBytes(w, path.getBytes(StandardCharsets.UTF_8), content, origin);
  }

  private static void oddBytes(CorpusWriter w, byte[] path, byte[] content, String origin)
      throws IOException {
    w.oddFile(path, content, Expect.FOUND, origin);
  }

  /** Concatenates strings (as UTF-8) and single bytes (as ints). */
  static byte[] bytes(Object... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : pieces) {
      if (p instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes(((String) p).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }
}
