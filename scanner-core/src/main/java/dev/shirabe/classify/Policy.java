package dev.shirabe.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A company's policy on personal data: its data-subject categories with their permitted
 * purposes and signals, and the kinds of data it does not name. Immutable. Written by hand in
 * the format of {@code dev/shirabe/dictionaries/policy/README.md}; the default is the policy
 * of {@code ../shared/seed/} ({@code policy/default.policy}).
 *
 * @param sections the categories and the unlisted kinds, in the file's order
 * @param threshold the evidence score a category must reach to be chosen
 * @param digest hex SHA-256 of the policy's text: what a scan records of the policy that
 *     classified a file, so that another policy makes the next scan classify it again
 * @param minorAge a person younger than this is a minor, whose data needs a guardian's consent
 *     (the seed policy: under 16); their findings are flagged {@code minor}
 * @param handling the joint uses, contractors, provisions, sources and departments, in the
 *     file's order ({@link HandlingSection})
 * @param company who answers disclosure requests (the {@code [company]} section), or null
 */
public record Policy(List<PolicyCategory> sections, double threshold, String digest,
    int minorAge, List<HandlingSection> handling, Company company) {

  /** The age below which the seed policy asks a guardian's consent. */
  public static final int DEFAULT_MINOR_AGE = 16;

  /** The category ids of the default policy (DESIGN.md's contract). */
  public static final List<String> DEFAULT_CATEGORIES =
      List.of("customer", "business_partner", "shareholder", "job_applicant", "retiree",
          "public_source", "entrusted", "call_recording", "facility_access",
          "web_analytics");

  private static final String DEFAULT = "/dev/shirabe/dictionaries/policy/default.policy";

  public Policy {
    sections = List.copyOf(sections);
    handling = List.copyOf(handling);
    if (minorAge < 1) {
      throw new IllegalArgumentException("minor age " + minorAge);
    }
  }

  /** A policy with no handling section that names no company. */
  public Policy(List<PolicyCategory> sections, double threshold, String digest, int minorAge) {
    this(sections, threshold, digest, minorAge, List.of(), null);
  }

  /** A policy with the seed's minor age. */
  public Policy(List<PolicyCategory> sections, double threshold, String digest) {
    this(sections, threshold, digest, DEFAULT_MINOR_AGE);
  }

  /** The default policy, read from the dictionaries on the class path. */
  public static Policy defaults() {
    try (InputStream in = Policy.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT + " is missing from the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PolicyReader.parse("default.policy", text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PolicyFormatException e) {
      throw new IllegalStateException("the default policy is malformed: " + e.getMessage(), e);
    }
  }

  /** Reads a policy file (UTF-8). */
  public static Policy read(Path file) throws IOException, PolicyFormatException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new PolicyFormatException(file.toString(), 0, "not UTF-8 text (save it as UTF-8)");
    }
    return PolicyReader.parse(file.toString(), text);
  }

  /** The categories the policy names, without the unlisted kinds. */
  public List<PolicyCategory> categories() {
    return sections.stream().filter(PolicyCategory::listed).toList();
  }

  /** The handling section of this kind and id. */
  public Optional<HandlingSection> handling(String kind, String id) {
    return handling.stream().filter(h -> h.kind().equals(kind) && h.id().equals(id))
        .findFirst();
  }

  /** The company the disclosure report names, when the policy has a {@code [company]} section. */
  public Optional<Company> companyInfo() {
    return Optional.ofNullable(company);
  }

  public Optional<PolicyCategory> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
