package dev.shirabe.classify;

import java.util.Objects;

/**
 * Who answers a disclosure request: the policy's {@code [company]} section, which heads the
 * disclosure report (the business operator's name and the desk that takes requests, APPI
 * Art. 32).
 *
 * @param name the business operator's name
 * @param desk the contact desk for requests (窓口)
 * @param address its postal address, or null
 * @param mail its email address, or null
 */
public record Company(String name, String desk, String address, String mail) {

  public Company {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(desk, "desk");
    if (address == null && mail == null) {
      throw new IllegalArgumentException("a company needs an address or a mail address");
    }
  }
}
