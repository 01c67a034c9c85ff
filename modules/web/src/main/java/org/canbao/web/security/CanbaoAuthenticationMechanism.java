package org.canbao.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * People sign in on the Chinese login page (the page's bean calls {@code SecurityContext.authenticate});
 * other systems call {@code /api/*} with HTTP Basic and the same accounts. Protected pages without a
 * session go to the login page and come back afterwards; the API answers 401 instead.
 */
@ApplicationScoped
@AutoApplySession
public class CanbaoAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String ORIGINAL_URL = "canbao.originalUrl";
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    String header = request.getHeader("Authorization");
    if (api && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = basic(header.substring(6).strip());
      if (credential == null) {
        return unauthorized(response, context);
      }
      var result = identityStores.validate(credential);
      return result.getStatus() == jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : unauthorized(response, context);
    }
    if (context.isAuthenticationRequest()) {
      Credential credential = context.getAuthParameters().getCredential();
      if (credential != null) {
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
      }
    }
    if (context.isProtected() && context.getCallerPrincipal() == null) {
      if (api) {
        return unauthorized(response, context);
      }
      if (isPageNavigation(request)) {
        String query = request.getQueryString();
        request.getSession(true).setAttribute(ORIGINAL_URL, request.getRequestURI() + (query == null ? "" : "?" + query));
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /** Only a page the user navigated to is worth returning to (not a favicon or an ajax call). */
  static boolean isPageNavigation(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return "GET".equals(request.getMethod())
        && (uri.endsWith(".xhtml") || uri.endsWith("/"))
        && request.getHeader("Faces-Request") == null;
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"canbao\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  private static UsernamePasswordCredential basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
