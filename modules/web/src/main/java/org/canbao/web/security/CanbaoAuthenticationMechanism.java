package org.canbao.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * People sign in on the Chinese login page (the page's bean calls {@code
 * SecurityContext.authenticate}); other systems call {@code /api/*} (and Prometheus {@code
 * /metrics}) with HTTP Basic and the same accounts. Protected pages without a session go to the
 * login page and come back afterwards; the API answers 401 instead.
 *
 * <p>The signed-in caller (name and groups, as the identity store validated them) is kept in the
 * HTTP session by this mechanism and handed to the container with its groups on every request.
 * Payara 6's {@code @AutoApplySession} re-applies only the principal and looks the groups up
 * through a field that all request threads share, so under load a request now and then arrived
 * without its groups and the facades refused it (payara/Payara#6145; fixed in Payara 7 only).
 * Basic-auth API calls are validated on each request and never create a session.
 */
@ApplicationScoped
public class CanbaoAuthenticationMechanism implements HttpAuthenticationMechanism {
  private static final Logger LOG = Logger.getLogger(CanbaoAuthenticationMechanism.class.getName());
  static final String ORIGINAL_URL = "canbao.originalUrl";
  static final String SIGNED_IN = "canbao.signedIn";
  static final String LOGIN_PAGE = "/login.xhtml";

  /** Who signed in on this session, with the groups the identity store gave at sign-in. */
  record SignedIn(String name, HashSet<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // the REST API and the metrics endpoint (read by Prometheus as the system administrator) take
    // HTTP Basic and answer 401 instead of sending to the login page
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api =
        path.startsWith("/api/") || path.equals("/metrics") || path.startsWith("/metrics/");
    String header = request.getHeader("Authorization");
    if (api && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).strip(), response, context);
    }
    if (context.isAuthenticationRequest()) {
      Credential credential = context.getAuthParameters().getCredential();
      if (credential != null) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          SignedIn signedIn =
              new SignedIn(
                  result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups()));
          request.getSession(true).setAttribute(SIGNED_IN, signedIn);
          return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        return context.notifyContainerAboutLogin(result);
      }
    }
    SignedIn signedIn = signedIn(request);
    if (signedIn != null) {
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
    }
    if (context.isProtected()) {
      if (api) {
        return unauthorized(response, context);
      }
      if (isPageNavigation(request)) {
        String query = request.getQueryString();
        request
            .getSession(true)
            .setAttribute(
                ORIGINAL_URL, request.getRequestURI() + (query == null ? "" : "?" + query));
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private static SignedIn signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential credential = credential(encoded);
    if (credential == null) {
      return unauthorized(response, context);
    }
    CredentialValidationResult result;
    try {
      result = identityStores.validate(credential);
    } catch (RuntimeException e) {
      return unavailable(response, context, e);
    }
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? context.notifyContainerAboutLogin(
            result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()))
        : unauthorized(response, context);
  }

  /** Only a page the user navigated to is worth returning to (not a favicon or an ajax call). */
  static boolean isPageNavigation(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return "GET".equals(request.getMethod())
        && (uri.endsWith(".xhtml") || uri.endsWith("/"))
        && request.getHeader("Faces-Request") == null;
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"canbao\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  /**
   * The accounts could not be read (database down): say so in the API's error shape, never an empty
   * 500.
   */
  private static AuthenticationStatus unavailable(
      HttpServletResponse response, HttpMessageContext context, RuntimeException e) {
    String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    LOG.log(Level.SEVERE, "Incident " + incident + ": sign-in could not be checked", e);
    try {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType("application/json;charset=UTF-8");
      response
          .getOutputStream()
          .write(
              ("{\"status\":503,\"message\":\"暂时无法验证身份，请稍后重试（事件编号 "
                      + incident
                      + "）\",\"field\":null}")
                  .getBytes(StandardCharsets.UTF_8));
      response.flushBuffer();
    } catch (IOException io) {
      LOG.log(Level.FINE, "client gone", io);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential credential(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
