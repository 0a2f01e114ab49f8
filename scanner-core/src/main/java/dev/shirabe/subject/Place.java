package dev.shirabe.subject;

import dev.shirabe.inventory.StoredFinding;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A file, or a part inside one, that holds data about the subject: how it was linked, and the
 * findings there that are the subject's ({@link Attribution}), in text order.
 */
public record Place(String file, String part, List<Link> links, List<StoredFinding> findings) {

  public Place {
    part = part == null ? "" : part;
    links = List.copyOf(links);
    findings = List.copyOf(findings);
  }

  /** The types of the subject's findings here, sorted. */
  public SortedSet<String> types() {
    SortedSet<String> types = new TreeSet<>();
    findings.forEach(f -> types.add(f.type()));
    return types;
  }

  /** The categories of the subject's findings here (none when not classified), sorted. */
  public SortedSet<String> categories() {
    SortedSet<String> categories = new TreeSet<>();
    findings.stream().map(StoredFinding::category).filter(c -> c != null).forEach(categories::add);
    return categories;
  }

  public SortedSet<String> purposes() {
    SortedSet<String> purposes = new TreeSet<>();
    findings.forEach(f -> purposes.addAll(f.purposes()));
    return purposes;
  }

  /** "file ▸ part", or the file alone. */
  public String label() {
    return label(file, part);
  }

  static String label(String file, String part) {
    return part == null || part.isEmpty() ? file : file + " ▸ " + part;
  }
}
