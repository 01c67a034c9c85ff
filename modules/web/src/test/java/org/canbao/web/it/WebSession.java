package org.canbao.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser session without a browser: signs in through the login page (the JSF form, as
 * a browser posts it) and then requests pages and API reads with the session cookie only.
 */
final class WebSession {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URL base;
  private final HttpClient client;

  WebSession(URL base) {
    this.base = Http.local(base);
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Signs in on the login page; true when the server sent the user on (302), false when it stayed
   * on the login page.
   */
  boolean login(String user, String password) {
    HttpResponse<String> page = get("login.xhtml");
    Matcher m = VIEW_STATE.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("no view state on the login page: " + page.body());
    }
    Map<String, String> form =
        Map.of(
            "loginForm",
            "loginForm",
            "loginForm:username",
            user,
            "loginForm:password",
            password,
            "loginForm:submit",
            "",
            "jakarta.faces.ViewState",
            m.group(1));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    return r.statusCode() == 302
        && !r.headers().firstValue("Location").orElse("").contains("login.xhtml");
  }

  /**
   * A PrimeFaces ajax action on {@code page} (just loaded from {@code path}), as the browser posts
   * it: the form's view state, the source component and what it processes and updates.
   */
  HttpResponse<String> ajax(
      String path, HttpResponse<String> page, String form, String source, String render) {
    Matcher m = VIEW_STATE.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("no view state on " + path);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", source);
    fields.put("jakarta.faces.partial.execute", source);
    fields.put("jakarta.faces.partial.render", render);
    fields.put(source, source);
    fields.put(form, form);
    fields.put("jakarta.faces.ViewState", m.group(1));
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create(base.toString() + path);
  }
}
