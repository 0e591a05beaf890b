package org.servicepact.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.servicepact.security.OpenIdSignIn;

import java.util.Arrays;

/** The login page's "Sign in with …" button, when a provider is configured, and the page that says why a sign-in through it was refused. */
@Named
@RequestScoped
public class SingleSignOn {

    @Inject
    OpenIdSignIn openId;

    public boolean isOffered() {
        return openId.isEnabled();
    }

    public String getProviderName() {
        return openId.providerName();
    }

    /** The message key for the refusal named in the request ({@code reason}); a general one for anything else. */
    public String getRefusalKey() {
        String reason = Faces.getRequestParameter("reason");
        boolean known = Arrays.stream(OpenIdSignIn.Refusal.values()).anyMatch(refusal -> refusal.name().equals(reason));
        return "signIn.refused." + (known ? reason : OpenIdSignIn.Refusal.NOT_TRUSTED.name());
    }
}
