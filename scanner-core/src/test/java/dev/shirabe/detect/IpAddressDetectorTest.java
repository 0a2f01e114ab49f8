package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpAddressDetectorTest {

  private static final IpAddressDetector DETECTOR = new IpAddressDetector();

  private static List<Finding> detect(String text) {
    return DETECTOR.detect(new DetectionText(text));
  }

  private static Finding only(String text) {
    List<Finding> findings = detect(text);
    assertEquals(1, findings.size(), () -> "findings in " + text + ": " + findings);
    return findings.get(0);
  }

  private static void none(String text) {
    List<Finding> findings = detect(text);
    assertTrue(findings.isEmpty(), () -> "findings in " + text + ": " + findings);
  }

  /** What a scan reports: findings after context, above the threshold. */
  private static List<Finding> reported(String text) {
    return new DetectorSet(List.of(DETECTOR)).detect(text);
  }

  @Test
  void findsAnIpv4AddressInJapaneseText() {
    Finding f = only("接続元IPアドレス203.0.113.45からのアクセス");
    assertEquals(FindingType.IP_ADDRESS, f.type());
    assertEquals("203.0.113.45", f.text());
    assertEquals(9, f.start());
    assertEquals(21, f.end());
    assertEquals("203.0.113.45", f.normalized());
    assertEquals(IpAddressDetector.NAME, f.detector());
    assertNull(f.subtype());
  }

  @Test
  void findsFullWidthAddressesAndNormalizesThem() {
    Finding f = only("ホスト：１９２．１６８．１．２０");
    assertEquals("１９２．１６８．１．２０", f.text());
    assertEquals("192.168.1.20", f.normalized());
  }

  @Test
  void octetsMustBeAtMost255AndWithoutLeadingZeros() {
    none("256.1.1.1");
    none("10.0.0.300");
    none("10.010.0.1");
    assertEquals("10.0.0.1", only("10.0.0.1").normalized());
  }

  @Test
  void notInsideLongerDottedNumbersOrAfterLetters() {
    none("OID 1.3.6.1.4.1.311");
    none("1.2.3.4.5");
    none("v2.0.1.3");
    none("ver.10.2.3.4");
    none("x10.0.0.1");
    none("10.0.0.1x");
    none("3.10.0.1.12");
    none("Mozilla/5.0 AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36");
    assertEquals("10.0.0.8", only("see http://10.0.0.8/login").text());
  }

  @Test
  void trailingPunctuationPortAndCidrStayOutOfTheSpan() {
    assertEquals("198.51.100.7", only("Blocked 198.51.100.7.").text());
    assertEquals("198.51.100.7", only("http://198.51.100.7:8080/").text());
    Finding cidr = only("eth0 10.20.0.5/16 up");
    assertEquals("10.20.0.5", cidr.text());
    assertEquals("2001:db8::5", only("inet6 2001:db8::5/64 scope global").text());
    assertEquals("10.20.0.0", only("10.20.0.0/32").text());
    assertEquals("(198.51.100.7)", "(" + only("(198.51.100.7)").text() + ")");
  }

  @Test
  void versionWordsOpposeAndAddressWordsSupport() {
    assertTrue(reported("version 10.2.30.4 is out").isEmpty());
    assertTrue(reported("バージョン 12.4.100.2").isEmpty());
    assertTrue(reported("Build 20.11.3.45").isEmpty());
    assertTrue(reported("アップデート後は 10.20.30.4 になります").isEmpty());
    assertEquals(1, reported("server 10.2.30.4 is down").size());
    double plain = only("seen 93.184.216.34 today").confidence();
    double labelled = reported("client IP 93.184.216.34").get(0).confidence();
    assertTrue(labelled > plain, labelled + " vs " + plain);
  }

  @Test
  void quadsOfSingleDigitsNeedAnAddressWord() {
    assertTrue(reported("see section 1.2.3.4 below").isEmpty());
    assertEquals("1.2.3.4", reported("host 1.2.3.4").get(0).text());
  }

  @Test
  void privateAddressesCarryTheirSubtype() {
    for (String ip : List.of("10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.0.1",
        "127.0.0.1", "169.254.10.20", "::1", "fe80::1", "fd12:3456:789a::1",
        "::ffff:192.168.1.1")) {
      assertEquals(IpAddressDetector.PRIVATE, only("IP " + ip + " ").subtype(), ip);
    }
    for (String ip : List.of("172.32.0.1", "8.8.8.8", "2001:db8::1", "::ffff:8.8.8.8")) {
      assertNull(only("IP " + ip + " ").subtype(), ip);
    }
  }

  @Test
  void findsFullAndCompressedIpv6InRfc5952Form() {
    Finding full = only("from 2001:0DB8:0000:0000:0000:ff00:0042:8329 at noon");
    assertEquals("2001:0DB8:0000:0000:0000:ff00:0042:8329", full.text());
    assertEquals("2001:db8::ff00:42:8329", full.normalized());
    assertEquals("2001:db8::1", only("addr 2001:db8:0:0:0:0:0:1").normalized());
    assertEquals("2001:db8:0:1:1:1:1:1", only("2001:db8:0:1:1:1:1:1").normalized());
    assertEquals("2001:0:0:1::1", only("2001:0:0:1:0:0:0:1").normalized());
    assertEquals("::1", only("loopback ::1.").normalized());
    assertEquals("fe80::", only("fe80:: ").normalized());
  }

  @Test
  void addressesOfNoSingleMachineAreLeftOut() {
    none("netmask 255.255.255.0 broadcast 255.255.255.255");
    none("listen 0.0.0.0 and ::");
    none("0:0:0:0:0:0:0:0");
    none("mDNS 224.0.0.251, ff02::fb, ff02:0:0:0:0:0:0:1");
    assertEquals("223.255.255.254", only("223.255.255.254").text());
  }

  @Test
  void networksWrittenWithTheirPrefixAreLeftOut() {
    none("route 10.20.0.0/16 via gw");
    none("allow 192.168.1.0/24, 172.16.0.0/12 and 2001:db8::/32");
    none("fe80::/10");
  }

  @Test
  void ipv4MappedAddressesAreOneFinding() {
    Finding f = only("client ::FFFF:192.0.2.128 connected");
    assertEquals("::FFFF:192.0.2.128", f.text());
    assertEquals("::ffff:192.0.2.128", f.normalized());
    assertEquals("::ffff:192.0.2.128", only("0:0:0:0:0:ffff:c000:0280").normalized());
  }

  @Test
  void zoneIndexBelongsToTheSpanNotTheValue() {
    Finding f = only("ping fe80::1ff:fe23:4567:890a%eth0.");
    assertEquals("fe80::1ff:fe23:4567:890a%eth0", f.text());
    assertEquals("fe80::1ff:fe23:4567:890a", f.normalized());
  }

  @Test
  void aLabelGluedByOneColonIsNotPartOfTheAddress() {
    assertEquals("fe80::1", only("IPv6:fe80::1").text());
    assertEquals("2001:db8::7", only("addr:2001:db8::7").text());
    assertEquals("192.0.2.1", only("IPv4:192.0.2.1").text());
  }

  @Test
  void macAddressesTimesAndColonWordsAreNotAddresses() {
    none("MAC 00:1A:2B:3C:4D:5E");
    none("00:1a:2b:3c:4d:5e:6f:70:81");
    none("EUI-64 02:1a:2b:ff:fe:3c:4d:5e");
    none("MAC:00:1a:2b:3c:4d:5e:6f:70");
    none("会議は12:30:45に開始");
    none("10:30");
    none("std::vector and Foo::Bar");
    none("a::b");
    none("注意: ::");
    none("12:34:56:78:9a:bc:de:f0:12");
    none("16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48");
    none("2001:db8::1::2");
    none("1111:2222:3333:4444:5555:6666:7777:8888:9999:aaaa:bbbb:cccc:dddd:eeee");
    none("SHA1 a1:b2:c3:d4:e5:f6:a7:b8:c9:d0:e1:f2:a3:b4:c5:d6:e7:f8:a9:b0");
    none("deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef:2001:db8::1");
    none("2001:db8:0:0:0:0:0:0:1");
    none("12345::1");
    none("x2001:db8::1");
  }

  @Test
  void spanOffsetsPointIntoTheOriginal() {
    String text = "ログ：２００１：ｄｂ８：：１からの接続";
    Finding f = only(text);
    assertEquals("２００１：ｄｂ８：：１", f.text());
    assertEquals(text.substring(f.start(), f.end()), f.text());
    assertEquals("2001:db8::1", f.normalized());
  }

  @Test
  void registeredInTheStandardSet() {
    assertTrue(DetectorSet.standard().detectors().stream()
        .anyMatch(d -> d.name().equals(IpAddressDetector.NAME)));
  }
}
