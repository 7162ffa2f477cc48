package dev.unifiedbadges.site.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a rendered site from {@code http://127.0.0.1:<ephemeral port>/}, for the few checks a
 * {@code file://} page cannot make: the clipboard (which wants a real origin) and importing the ES
 * module. A static host, nothing more: GET and HEAD of files under the root.
 */
final class SiteServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json",
          "ts", "text/plain; charset=utf-8",
          "txt", "text/plain; charset=utf-8",
          "woff2", "font/woff2");

  private final HttpServer server;
  private final Path root;

  private SiteServer(HttpServer server, Path root) {
    this.server = server;
    this.root = root;
  }

  static SiteServer start(Path root) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      SiteServer s = new SiteServer(server, root.toAbsolutePath().normalize());
      server.createContext("/", s::handle);
      server.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String url(String path) {
    return origin() + "/" + path;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      Path file = root.resolve(path.substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      exchange
          .getResponseHeaders()
          .set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      byte[] body = Files.readAllBytes(file);
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
