package dev.shirabe.subject;

import java.util.ArrayList;
import java.util.List;

/** A subject-access request: the criteria to look a person up by, in the order given. */
public record SubjectQuery(List<Criterion> criteria) {

  public SubjectQuery {
    criteria = List.copyOf(criteria);
  }

  /** A query from the values of each kind (any list may be empty). */
  public static SubjectQuery of(
      List<String> names, List<String> emails, List<String> phones, List<String> addresses) {
    List<Criterion> all = new ArrayList<>();
    names.forEach(v -> all.add(new Criterion(Criterion.Kind.NAME, v)));
    emails.forEach(v -> all.add(new Criterion(Criterion.Kind.EMAIL, v)));
    phones.forEach(v -> all.add(new Criterion(Criterion.Kind.PHONE, v)));
    addresses.forEach(v -> all.add(new Criterion(Criterion.Kind.ADDRESS, v)));
    return new SubjectQuery(all);
  }

  public boolean isEmpty() {
    return criteria.isEmpty();
  }
}
