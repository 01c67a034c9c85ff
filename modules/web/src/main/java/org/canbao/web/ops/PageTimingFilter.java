package org.canbao.web.ops;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every page request (see {@link RequestTimings}), tagged with the page when it is one of the
 * application's, else "other".
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageTimingFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject RequestTimings timings;

  /** Whether an address names one of the application's pages, decided once per page. */
  private final Map<String, Boolean> pages = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      chain.doFilter(req, res);
    } finally {
      String path = req.getServletPath();
      String page = isPage(path) ? path : "other";
      timings.page(page, res.getStatus(), Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private boolean isPage(String path) {
    if (path == null || path.length() > 100) {
      return false;
    }
    Boolean known = pages.get(path);
    if (known == null) {
      try {
        known = getServletContext().getResource(path) != null;
      } catch (java.net.MalformedURLException e) {
        known = false;
      }
      if (known || pages.size() < 200) {
        pages.put(path, known);
      }
    }
    return known;
  }
}
