package org.servicepact.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.omnifaces.util.Messages;
import org.servicepact.security.FormOrigin;
import org.servicepact.security.ReturnPath;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The login form: hands the credentials to Jakarta Security (logging out is {@link SignOutServlet}'s). The form is
 * stateless (a transient view) and the page to go to afterwards travels in its address ({@link ReturnPath}), so a
 * visitor gets no session until they have signed in.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    ExternalContext externalContext;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String next;

    public void login() throws IOException {
        if (FormOrigin.isForeign(request())) {
            Messages.addGlobalError("login.foreignForm");
            return;
        }
        if (request().getSession(false) != null) {
            request().changeSessionId(); // a session id known before login is never the logged-in one
        }
        AuthenticationStatus status = securityContext.authenticate(request(), response(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), password)));
        if (status == AuthenticationStatus.SUCCESS) {
            externalContext.redirect(externalContext.getRequestContextPath() + ReturnPath.of(next));
        } else {
            Messages.addGlobalError("login.failed");
        }
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) externalContext.getRequest();
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) externalContext.getResponse();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** The page that sent the person here ({@link ReturnPath#PARAMETER}), as asked for; checked only when used. */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
