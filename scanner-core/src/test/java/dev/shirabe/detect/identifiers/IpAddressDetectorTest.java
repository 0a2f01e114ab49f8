package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpAddressDetectorTest {

  private static final IpAddressDetector DETECTOR = new IpAddressDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.IP_ADDRESS);

  /** What a scan reports: findings after context, above the threshold. */
  private static List<Finding> reported(String text) {
    return new DetectorSet(List.of(DETECTOR)).detect(text);
  }

  @Test
  void findsAnIpv4AddressInJapaneseText() {
    Finding f = PROBE.only("接続元IPアドレス203.0.113.45からのアクセス");
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
    Finding f = PROBE.only("ホスト：１９２．１６８．１．２０");
    assertEquals("１９２．１６８．１．２０", f.text());
    assertEquals("192.168.1.20", f.normalized());
  }

  @Test
  void octetsMustBeAtMost255AndWithoutLeadingZeros() {
    PROBE.none("256.1.1.1");
    PROBE.none("10.0.0.300");
    PROBE.none("10.010.0.1");
    assertEquals("10.0.0.1", PROBE.only("10.0.0.1").normalized());
  }

  @Test
  void notInsideLongerDottedNumbersOrAfterLetters() {
    PROBE.none("OID 1.3.6.1.4.1.311");
    PROBE.none("1.2.3.4.5");
    PROBE.none("v2.0.1.3");
    PROBE.none("ver.10.2.3.4");
    PROBE.none("x10.0.0.1");
    PROBE.none("10.0.0.1x");
    PROBE.none("3.10.0.1.12");
    PROBE.none("Mozilla/5.0 AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36");
    assertEquals("10.0.0.8", PROBE.only("see http://10.0.0.8/login").text());
  }

  @Test
  void trailingPunctuationPortAndCidrStayOutOfTheSpan() {
    assertEquals("198.51.100.7", PROBE.only("Blocked 198.51.100.7.").text());
    assertEquals("198.51.100.7", PROBE.only("http://198.51.100.7:8080/").text());
    Finding cidr = PROBE.only("eth0 10.20.0.5/16 up");
    assertEquals("10.20.0.5", cidr.text());
    assertEquals("2001:db8::5", PROBE.only("inet6 2001:db8::5/64 scope global").text());
    assertEquals("10.20.0.0", PROBE.only("10.20.0.0/32").text());
    assertEquals("(198.51.100.7)", "(" + PROBE.only("(198.51.100.7)").text() + ")");
  }

  @Test
  void versionWordsOpposeAndAddressWordsSupport() {
    assertTrue(reported("version 10.2.30.4 is out").isEmpty());
    assertTrue(reported("バージョン 12.4.100.2").isEmpty());
    assertTrue(reported("Build 20.11.3.45").isEmpty());
    assertTrue(reported("アップデート後は 10.20.30.4 になります").isEmpty());
    assertEquals(1, reported("server 10.2.30.4 is down").size());
    double plain = PROBE.only("seen 93.184.216.34 today").confidence();
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
      assertEquals(IpAddressDetector.PRIVATE, PROBE.only("IP " + ip + " ").subtype(), ip);
    }
    for (String ip : List.of("172.32.0.1", "8.8.8.8", "2001:db8::1", "::ffff:8.8.8.8")) {
      assertNull(PROBE.only("IP " + ip + " ").subtype(), ip);
    }
  }

  @Test
  void findsFullAndCompressedIpv6InRfc5952Form() {
    Finding full = PROBE.only("from 2001:0DB8:0000:0000:0000:ff00:0042:8329 at noon");
    assertEquals("2001:0DB8:0000:0000:0000:ff00:0042:8329", full.text());
    assertEquals("2001:db8::ff00:42:8329", full.normalized());
    assertEquals("2001:db8::1", PROBE.only("addr 2001:db8:0:0:0:0:0:1").normalized());
    assertEquals("2001:db8:0:1:1:1:1:1", PROBE.only("2001:db8:0:1:1:1:1:1").normalized());
    assertEquals("2001:0:0:1::1", PROBE.only("2001:0:0:1:0:0:0:1").normalized());
    assertEquals("::1", PROBE.only("loopback ::1.").normalized());
    assertEquals("fe80::", PROBE.only("fe80:: ").normalized());
  }

  @Test
  void addressesOfNoSingleMachineAreLeftOut() {
    PROBE.none("netmask 255.255.255.0 broadcast 255.255.255.255");
    PROBE.none("listen 0.0.0.0 and ::");
    PROBE.none("0:0:0:0:0:0:0:0");
    PROBE.none("mDNS 224.0.0.251, ff02::fb, ff02:0:0:0:0:0:0:1");
    assertEquals("223.255.255.254", PROBE.only("223.255.255.254").text());
  }

  @Test
  void networksWrittenWithTheirPrefixAreLeftOut() {
    PROBE.none("route 10.20.0.0/16 via gw");
    PROBE.none("allow 192.168.1.0/24, 172.16.0.0/12 and 2001:db8::/32");
    PROBE.none("fe80::/10");
  }

  @Test
  void ipv4MappedAddressesAreOneFinding() {
    Finding f = PROBE.only("client ::FFFF:192.0.2.128 connected");
    assertEquals("::FFFF:192.0.2.128", f.text());
    assertEquals("::ffff:192.0.2.128", f.normalized());
    assertEquals("::ffff:192.0.2.128", PROBE.only("0:0:0:0:0:ffff:c000:0280").normalized());
  }

  @Test
  void zoneIndexBelongsToTheSpanNotTheValue() {
    Finding f = PROBE.only("ping fe80::1ff:fe23:4567:890a%eth0.");
    assertEquals("fe80::1ff:fe23:4567:890a%eth0", f.text());
    assertEquals("fe80::1ff:fe23:4567:890a", f.normalized());
  }

  @Test
  void aLabelGluedByOneColonIsNotPartOfTheAddress() {
    assertEquals("fe80::1", PROBE.only("IPv6:fe80::1").text());
    assertEquals("2001:db8::7", PROBE.only("addr:2001:db8::7").text());
    assertEquals("192.0.2.1", PROBE.only("IPv4:192.0.2.1").text());
  }

  @Test
  void macAddressesTimesAndColonWordsAreNotAddresses() {
    PROBE.none("MAC 00:1A:2B:3C:4D:5E");
    PROBE.none("00:1a:2b:3c:4d:5e:6f:70:81");
    PROBE.none("EUI-64 02:1a:2b:ff:fe:3c:4d:5e");
    PROBE.none("MAC:00:1a:2b:3c:4d:5e:6f:70");
    PROBE.none("会議は12:30:45に開始");
    PROBE.none("10:30");
    PROBE.none("std::vector and Foo::Bar");
    PROBE.none("a::b");
    PROBE.none("注意: ::");
    PROBE.none("12:34:56:78:9a:bc:de:f0:12");
    PROBE.none("16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48");
    PROBE.none("2001:db8::1::2");
    PROBE.none("1111:2222:3333:4444:5555:6666:7777:8888:9999:aaaa:bbbb:cccc:dddd:eeee");
    PROBE.none("SHA1 a1:b2:c3:d4:e5:f6:a7:b8:c9:d0:e1:f2:a3:b4:c5:d6:e7:f8:a9:b0");
    PROBE.none("deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef:2001:db8::1");
    PROBE.none("2001:db8:0:0:0:0:0:0:1");
    PROBE.none("12345::1");
    PROBE.none("x2001:db8::1");
  }

  @Test
  void spanOffsetsPointIntoTheOriginal() {
    String text = "ログ：２００１：ｄｂ８：：１からの接続";
    Finding f = PROBE.only(text);
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
