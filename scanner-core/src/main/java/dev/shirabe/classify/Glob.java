package dev.shirabe.classify;

import java.util.regex.Pattern;

/**
 * A shell-style pattern of the policy: {@code *} any run of characters, {@code ?} one; matched
 * case-insensitively against the whole of a path segment or a header value. Immutable.
 */
public final class Glob {

  private final String pattern;
  private final Pattern regex;

  public Glob(String pattern) {
    this.pattern = pattern;
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    this.regex = Pattern.compile(re.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  public boolean matches(String text) {
    return regex.matcher(text).matches();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
