package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.report.SafeText;
import dev.shirabe.web.ServeSettings;
import dev.shirabe.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code shirabe serve}: the local web page over the inventory. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a web page over the inventory a scan keeps, for this machine's browser: look a"
          + " person up (as subject does), browse findings by type, category, flag and folder,"
          + " open a file's findings, the ledger, the no-purpose and retention reports and what"
          + " could not be read. Runs until Ctrl-C; a scan may run meanwhile (each page reads"
          + " the inventory as last committed).",
      "Listens on 127.0.0.1 only, and prints an address with a random access token: a"
          + " request without it is refused (401), one with another token too (403). Values"
          + " are masked unless --reveal. The pages load nothing from elsewhere and run no"
          + " script. See docs/serve.md.",
      "",
      "Exit codes: 0 stopped; 2 usage or fatal error (no inventory or key, the address cannot"
          + " be bound).",
    },
    footer = {
      "",
      "Examples:",
      "  shirabe serve --index inv --key-file inv.key",
      "  shirabe serve --port 8765      (then open the address it prints)",
    },
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin KeptInventory inventory;

  @Mixin KeyFileOption key;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only)."
          + " Another address lets the network reach the page over plain HTTP: use an SSH"
          + " tunnel instead.")
  String bind;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "The port (default: ${DEFAULT-VALUE}, a free one; the address printed"
          + " names it).")
  int port;

  @Mixin LabelPolicy policy;

  @Option(
      names = "--reveal",
      description = "Show the criteria of a lookup as typed and the excerpts the inventory"
          + " keeps (scan --store-excerpts). Without it, the pages hold masked values only.")
  boolean reveal;

  /** Told the running server (tests stop it by closing it); null: nothing told. */
  Consumer<WebServer> started;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "--bind: no such address: " + bind);
    }
    Policy labels = policy.load(spec);
    KeyedHasher hasher = key.load(spec, inventory.env());
    // Opened once now, so that a missing inventory or a wrong key is said at start (exit 2).
    inventory.open(hasher).close();
    ServeSettings settings = new ServeSettings(() -> open(hasher), hasher, labels, reveal,
        ZoneId.systemDefault());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (WebServer server = WebServer.start(address, port, settings)) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shirabe-serve-stop"));
      if (!address.isLoopbackAddress()) {
        err.println(SafeText.escape("shirabe: warning: listening on " + bind + ": other machines"
            + " can reach the page, over plain HTTP (the token can be read on the way)."));
      }
      out.println("Shirabe serves the inventory at " + server.url());
      out.println("Open that address in a browser on this machine; Ctrl-C stops."
          + (reveal ? " Values are revealed (--reveal)." : ""));
      out.flush();
      if (started != null) {
        started.accept(server);
      }
      server.awaitClose();
    }
    return Main.NOTHING_FOUND;
  }

  private InventorySearcher open(KeyedHasher hasher) throws IOException {
    return inventory.open(hasher);
  }
}
