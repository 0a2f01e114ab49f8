package dev.shirabe.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local web page, running: the JDK's HTTP server on one address and port, a few threads
 * (a lookup takes a moment; one slow page should not hold the others), and the token that
 * lets requests in. The JDK's server: no dependency to keep up to date, and all this page
 * needs (no TLS, no HTTP/2, a handful of requests from one person).
 */
public final class WebServer implements AutoCloseable {

  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private final AccessToken token;
  private final CountDownLatch closed = new CountDownLatch(1);

  private WebServer(HttpServer server, ExecutorService executor, AccessToken token) {
    this.server = server;
    this.executor = executor;
    this.token = token;
  }

  /**
   * Starts serving the inventory on {@code address}:{@code port} (0: a free port).
   *
   * @throws IOException when the address cannot be bound (in use, not this machine's)
   */
  public static WebServer start(InetAddress address, int port, ServeSettings settings)
      throws IOException {
    SecureRandom random = new SecureRandom();
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 16);
    AccessToken token = new AccessToken(random, server.getAddress().getPort());
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "shirabe-serve-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.createContext("/", new Site(settings, token, new Responses(random)));
    server.setExecutor(executor);
    server.start();
    return new WebServer(server, executor, token);
  }

  /** The address to open: the page's root with the token. */
  public URI url() {
    return base().resolve("/?" + AccessToken.PARAMETER + "=" + token.value());
  }

  /** The page's root, without the token (what a request without it is refused at). */
  public URI base() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host.replaceFirst("%.*$", "") + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Waits until {@link #close} is called (from a shutdown hook, or a test). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    closed.countDown();
  }
}
