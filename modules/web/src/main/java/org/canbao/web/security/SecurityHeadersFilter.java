package org.canbao.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. PrimeFaces needs inline scripts and styles, hence
 * 'unsafe-inline' in the CSP; framing, object embedding and foreign origins are refused.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader("Content-Security-Policy", CSP);
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!req.getRequestURI().contains("/jakarta.faces.resource/")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }
}
