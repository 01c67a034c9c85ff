package org.canbao.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.canbao.kernel.api.SecurityTrail;

/**
 * Cross-site request forgery on the API. A write ({@code POST}, {@code PUT}, {@code PATCH}, {@code
 * DELETE}) is refused when the browser says it comes from another site ({@code Origin}, {@code
 * Sec-Fetch-Site}); and a write authenticated by the session cookie alone must carry the header
 * {@code X-Requested-With}, which a page of another origin cannot add without a CORS permission
 * Canbao never gives. Other systems authenticate with HTTP Basic on every call and are not
 * affected.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiCsrfFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String HEADER = "X-Requested-With";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject SecurityTrail trail;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE.contains(req.getMethod())) {
      String refusal = refusal(req);
      if (refusal != null) {
        trail.accessDenied(req.getMethod() + " " + req.getRequestURI(), refusal);
        res.setStatus(HttpServletResponse.SC_FORBIDDEN);
        res.setContentType("application/json;charset=UTF-8");
        res.getOutputStream()
            .write(
                ("{\"status\":403,\"message\":\"" + refusal + "\",\"field\":null}")
                    .getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    chain.doFilter(req, res);
  }

  /** Why a write is refused, or null. */
  static String refusal(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    if (origin != null && !"null".equals(origin) && !sameOrigin(origin, req)) {
      return "拒绝跨站请求：来源 " + origin + " 不是本系统";
    }
    if ("null".equals(origin)) {
      return "拒绝跨站请求：来源不明";
    }
    String site = req.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return "拒绝跨站请求（" + site + "）";
    }
    // only HTTP Basic sends credentials with the call itself; any other Authorization header
    // (Bearer,
    // Negotiate...) authenticates nothing here, so the request still rides on the session cookie
    String authorization = req.getHeader("Authorization");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    if (!basic && req.getHeader(HEADER) == null) {
      return "以登录会话调用接口写入数据时须带请求头 " + HEADER;
    }
    return null;
  }

  /**
   * The origin is this server as the browser addressed it (Host, and the scheme nginx forwarded).
   */
  static boolean sameOrigin(String origin, HttpServletRequest req) {
    try {
      URI o = URI.create(origin);
      String host = req.getHeader("Host");
      if (host == null || o.getHost() == null) {
        return false;
      }
      String forwarded = req.getHeader("X-Forwarded-Proto");
      String scheme = forwarded != null ? forwarded.strip() : req.getScheme();
      int port =
          o.getPort() != -1 ? o.getPort() : ("https".equalsIgnoreCase(o.getScheme()) ? 443 : 80);
      URI h = URI.create(scheme + "://" + host);
      int hostPort =
          h.getPort() != -1 ? h.getPort() : ("https".equalsIgnoreCase(scheme) ? 443 : 80);
      return o.getScheme().equalsIgnoreCase(scheme)
          && o.getHost().equalsIgnoreCase(h.getHost())
          && port == hostPort;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
