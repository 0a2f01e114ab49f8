package dev.shirabe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The version and git commit this build was made from: {@code build.properties}, which the
 * build writes beside the classes (scanner-cli/pom.xml, execution {@code build-info}).
 */
final class BuildInfo {

  static final String RESOURCE = "build.properties";

  private final Properties properties;

  private BuildInfo(Properties properties) {
    this.properties = properties;
  }

  /** This build's; empty when the classes were compiled without Maven (an IDE). */
  static BuildInfo current() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(p);
  }

  static BuildInfo of(Properties properties) {
    return new BuildInfo(properties);
  }

  /** The project's version, or "development build" without build information. */
  String version() {
    return properties.getProperty("version", "(development build)");
  }

  /**
   * One line for {@code --version}: the version and the commit, "unknown commit" when the build
   * had no git to ask (or no repository), and "with local changes" when tracked files differed
   * from the commit.
   */
  String line() {
    String commit = properties.getProperty("commit", "unknown").strip();
    if (!properties.containsKey("version")) {
      return "shirabe (development build)";
    }
    if (commit.isEmpty() || commit.equals("unknown")) {
      return "shirabe " + version() + " (unknown commit)";
    }
    boolean modified = Boolean.parseBoolean(properties.getProperty("modified"));
    return "shirabe " + version() + " (commit " + commit
        + (modified ? ", with local changes" : "") + ")";
  }
}
