package org.canbao.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.canbao.kernel.api.AccountFacade;

/** The login page: signs in through Jakarta Security, explains failures in Chinese, signs out. */
@Named
@RequestScoped
public class Login {
  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject AccountFacade accounts;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext ec = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpServletResponse response = (HttpServletResponse) ec.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(), password == null ? "" : password))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> {
        HttpSession session = request.getSession(false);
        String target =
            session == null
                ? null
                : (String) session.getAttribute(CanbaoAuthenticationMechanism.ORIGINAL_URL);
        request.changeSessionId();
        if (session != null) {
          session.removeAttribute(CanbaoAuthenticationMechanism.ORIGINAL_URL);
        }
        ec.redirect(
            target != null && target.startsWith(ec.getRequestContextPath() + "/")
                ? target
                : ec.getRequestContextPath() + "/index.xhtml");
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        response.setStatus(HttpServletResponse.SC_OK);
        String problem = accounts.loginProblem(username);
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, problem != null ? problem : "用户名或密码错误", null));
      }
    }
  }

  public void logout() throws IOException {
    ExternalContext ec = faces.getExternalContext();
    try {
      ((HttpServletRequest) ec.getRequest()).logout();
    } catch (ServletException ignored) {
      // already signed out
    }
    ec.invalidateSession();
    ec.redirect(
        ec.getRequestContextPath() + CanbaoAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
