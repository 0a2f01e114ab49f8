package dev.shirabe.classify;

import dev.shirabe.vocabulary.Handling;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A handling section of a policy: a joint use (共同利用), a contractor (委託先), a third-party
 * provision (第三者提供), a source (取得元) or a department (管理部署). It says how the data of
 * the parts it matches is handled, for the columns of the personal-information ledger; it
 * decides no category, except that data nothing else speaks for takes its {@code category}.
 * Immutable.
 *
 * @param kind one of {@link Handling#KINDS}
 * @param id the section's id, what findings carry
 * @param ja the Japanese label
 * @param en the English label
 * @param details what the reports show of it, by key in the policy's order (a joint use's
 *     {@code partners}, {@code items}, {@code purpose}, {@code responsible}; a contractor's
 *     {@code name}, {@code work}, {@code items}; …), each value as the policy writes it
 * @param category the category the data of a matched part takes when nothing else gives it
 *     one (a contractor's hand-off file of customers' addresses), or null
 * @param categories the categories whose findings it applies to; empty for any
 * @param jaWords Japanese words looked for in the part's path, title, subject and first lines
 * @param enWords English words, the same
 * @param paths patterns for a folder, file or attachment name
 * @param headers mail-header patterns
 * @param domains mail domains: a mail part with an address of one in its address headers
 *     ({@code dm-service.example.jp} matches {@code a@dm-service.example.jp} and
 *     {@code a@mail.dm-service.example.jp})
 * @param prefixes paths a file must be at or under: absolute ones from the root, relative
 *     ones ({@code 営業部/東京}) as consecutive folders anywhere in the file's path
 */
public record HandlingSection(
    String kind,
    String id,
    String ja,
    String en,
    Map<String, String> details,
    String category,
    Set<String> categories,
    List<String> jaWords,
    List<String> enWords,
    List<Glob> paths,
    List<HeaderPattern> headers,
    List<String> domains,
    List<String> prefixes) {

  /** The detail keys of each kind, with their headings (Japanese, English). */
  static final Map<String, List<Detail>> DETAILS = Map.of(
      Handling.JOINT_USE, List.of(
          new Detail("partners", "共同利用者", "Partners", true),
          new Detail("items", "共同利用する項目", "Items shared", false),
          new Detail("purpose", "共同利用の目的", "Purpose of the joint use", false),
          new Detail("responsible", "管理責任者", "Responsible company", false)),
      Handling.CONTRACTOR, List.of(
          new Detail("name", "委託先名", "Contractor", true),
          new Detail("work", "委託する業務", "Work entrusted", false),
          new Detail("items", "委託する項目", "Items entrusted", false)),
      Handling.PROVISION, List.of(
          new Detail("recipient", "提供先", "Recipient", true),
          new Detail("items", "提供する項目", "Items provided", false),
          new Detail("basis", "根拠", "Basis (consent, law)", false)),
      Handling.SOURCE, List.of(
          new Detail("method", "取得方法", "Method", false)),
      Handling.DEPARTMENT, List.of(
          new Detail("contact", "連絡先", "Contact", false)));

  /** A detail key of a kind and its headings; a required one must be stated. */
  record Detail(String key, String ja, String en, boolean required) {}

  public HandlingSection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    categories = Set.copyOf(categories);
    jaWords = List.copyOf(jaWords);
    enWords = List.copyOf(enWords);
    paths = List.copyOf(paths);
    headers = List.copyOf(headers);
    domains = domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    prefixes = List.copyOf(prefixes);
  }

  /** The headings of a detail key of this kind: {@code 共同利用者 / Partners}. */
  public String heading(String key) {
    return DETAILS.getOrDefault(kind, List.of()).stream().filter(d -> d.key().equals(key))
        .map(d -> d.ja() + " / " + d.en()).findFirst().orElse(key);
  }

  /** Whether it has signals to match a part; without, it matches every part. */
  boolean hasSignals() {
    return !jaWords.isEmpty() || !enWords.isEmpty() || !paths.isEmpty() || !headers.isEmpty()
        || !domains.isEmpty() || !prefixes.isEmpty();
  }

  /** Whether it applies to a finding of this category (null: none). */
  boolean appliesTo(String findingCategory) {
    // An immutable set refuses to be asked about null.
    return categories.isEmpty()
        || (findingCategory != null && categories.contains(findingCategory));
  }

  /** Whether the address (an email) is at one of its domains or a subdomain of one. */
  boolean atDomain(String address) {
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return false;
    }
    String host = address.substring(at + 1).toLowerCase(Locale.ROOT).replaceAll("[>\\s].*", "");
    for (String d : domains) {
      if (host.equals(d) || host.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How long a prefix of this section the file's path (folders and name, {@code /}-separated,
   * absolute) is at or under, in chars; -1 when none.
   */
  int prefixMatch(String path) {
    int best = -1;
    for (String prefix : prefixes) {
      String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
      if (p.isEmpty()) {
        best = Math.max(best, 0); // "/": the whole file system
        continue;
      }
      boolean hit = p.startsWith("/")
          ? path.equals(p) || path.startsWith(p + "/")
          : ("/" + path + "/").contains("/" + p + "/");
      if (hit) {
        best = Math.max(best, p.length());
      }
    }
    return best;
  }
}
