package org.canbao.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.SecurityTrail;
import org.canbao.web.nav.Navigation;

/**
 * Refuses a page the caller's roles do not open (by its address, a bookmark or a forged link) with
 * 403 and the Chinese refusal page, and records the refusal. The permission per page is the menu's
 * ({@link Navigation}); the facades behind the page check again.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageAccessFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject CurrentCaller caller;
  @Inject SecurityTrail trail;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String page = req.getRequestURI().substring(req.getContextPath().length());
    Optional<Permission> needed = Navigation.permissionFor(page);
    if (needed.isPresent() && req.getUserPrincipal() != null && !caller.get().may(needed.get())) {
      trail.accessDenied(page, "角色不能" + needed.get().label());
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, res);
  }
}
