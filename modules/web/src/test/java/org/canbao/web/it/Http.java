package org.canbao.web.it;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for the API and header checks, signing in with HTTP Basic. */
final class Http {
  static final String DEMO_PASSWORD = "Canbao@2026";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private Http() {}

  /**
   * The same URL on the loopback address: Payara Micro reports the machine's interface address to
   * Arquillian, but the tests' own traffic stays on 127.0.0.1.
   */
  static URL local(URL base) {
    awaitListening(base.getPort());
    try {
      return new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static final Set<Integer> LISTENING = ConcurrentHashMap.newKeySet();
  private static final Set<Integer> NEVER_LISTENED = ConcurrentHashMap.newKeySet();

  /**
   * The first time a deployment's port is used, waits until its server accepts connections
   * (Arquillian hands the URL over as soon as Payara Micro prints it); a server that never does
   * fails the test with a message that says so, instead of one connection error per test.
   */
  private static void awaitListening(int port) {
    if (LISTENING.contains(port)) {
      return;
    }
    if (NEVER_LISTENED.contains(port)) {
      // waited for once already: the class's other tests fail at once instead of 3 minutes each
      throw new IllegalStateException(
          "The Payara Micro server of this deployment never accepted a connection on port " + port);
    }
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    IOException last = null;
    while (System.nanoTime() < until) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        LISTENING.add(port);
        return;
      } catch (IOException e) {
        last = e;
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
      }
    }
    NEVER_LISTENED.add(port);
    throw new IllegalStateException(
        "The Payara Micro server of this deployment never accepted a connection on port "
            + port
            + " (its output is in target/failsafe-reports/<class>-output.txt)",
        last);
  }

  static HttpResponse<String> get(URL base, String path, String user, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(local(base).toString() + path)).GET(), user, password);
  }

  private static HttpResponse<String> send(HttpRequest.Builder b, String user, String password) {
    if (user != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> post(URL base, String path, String user, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(local(base).toString() + path))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        user,
        DEMO_PASSWORD);
  }

  static byte[] getBytes(URL base, String path, String user) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(local(base).toString() + path)).GET();
    b.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    try {
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError(path + " answered " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The OpenAPI document. Payara builds it on the first request by reading the whole WAR, which on
   * a loaded machine can outlast the connection: the request is repeated until the document comes
   * (the build goes on and is then cached), a few times at most.
   */
  static HttpResponse<String> openApi(URL base, String query) {
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        HttpResponse<String> r = get(root(base), "openapi" + query, null);
        if (r.statusCode() == 200) {
          return r;
        }
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    if (last != null) {
      throw last;
    }
    throw new AssertionError("no OpenAPI document");
  }

  /** The server root (health, OpenAPI) of a deployment URL. */
  static URL root(URL base) {
    try {
      return new URL(base, "/");
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static HttpResponse<String> send(URL base, String path, String user, String method, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(local(base).toString() + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        user,
        DEMO_PASSWORD);
  }

  static JsonStructure json(String text) {
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.read();
    }
  }

  static HttpResponse<String> postJson(URL base, String path, String user, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(local(base).toString() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        user,
        DEMO_PASSWORD);
  }

  /** A string field of a flat JSON object. */
  static String field(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|(-?\\d+)|null)").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + json);
    }
    return m.group(2) != null ? m.group(2) : m.group(3);
  }

  static HttpResponse<String> get(URL base, String path, String user) {
    return get(base, path, user, DEMO_PASSWORD);
  }

  /** The first {@code "id":n} in a JSON answer. */
  static long firstId(String json) {
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no id in " + json);
    }
    return Long.parseLong(m.group(1));
  }
}
