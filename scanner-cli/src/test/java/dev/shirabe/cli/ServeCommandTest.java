package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shirabe serve}'s refusals at start: said at once, exit 2, no server left running. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void noInventoryOrNoKeyOrABadPortExits2SayingWhich() throws Exception {
    Path key = dir.resolve("inventory.key");
    Files.write(key, new byte[32]);
    StringWriter err = new StringWriter();
    assertEquals(2, Cli.run(err, "serve", "--index", dir.resolve("none").toString(),
        "--key-file", key.toString()));
    assertTrue(err.toString().contains("No inventory in"), err.toString());

    err = new StringWriter();
    assertEquals(2, Cli.run(err, "serve", "--index", dir.toString(),
        "--key-file", dir.resolve("missing.key").toString()));
    assertTrue(err.toString().contains("No key file at"), err.toString());
    assertTrue(Files.notExists(dir.resolve("missing.key")), "no key made up");

    err = new StringWriter();
    assertEquals(2, Cli.run(err, "serve", "--port", "70000", "--key-file", key.toString()));
    assertTrue(err.toString().contains("--port must be 0 to 65535"), err.toString());
  }

  @Test
  void helpSaysWhatItShowsAndHowItIsGuarded() {
    StringWriter out = new StringWriter();
    assertEquals(0, Cli.run(new StringWriter(), out, "serve", "--help"));
    String help = out.toString().replaceAll("\\s+", " ");
    for (String said : new String[] {"127.0.0.1", "access token", "--reveal", "--bind", "--port",
        "--index", "--key-file", "docs/serve.md"}) {
      assertTrue(help.contains(said), said + " in: " + help);
    }
  }
}
