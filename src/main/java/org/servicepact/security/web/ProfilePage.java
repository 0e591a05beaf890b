package org.servicepact.security.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.servicepact.organisation.application.Employees;
import org.servicepact.platform.i18n.Languages;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.PerRequest;
import org.servicepact.platform.web.RedirectMessages;
import org.servicepact.security.ApiToken;
import org.servicepact.security.ApiTokens;
import org.servicepact.security.CurrentUser;
import org.servicepact.security.ReaderLanguage;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** My profile: the language I read the portal in, my personal access tokens for the API — create one (its secret shown once), list and revoke them. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> DAY_CHOICES = List.of(7, 30, 90, 180, 365);

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Employees employees;

    @Inject
    ReaderLanguage readerLanguage;

    private String tokenName;
    private Integer tokenDays = 90;
    private ApiToken.Scope tokenScope = ApiToken.Scope.READ_ONLY;
    /** The secret of the token just created, shown until the next act on the page, never again. */
    private String newSecret;
    private final PerRequest<List<ApiTokens.TokenRow>> mine = new PerRequest<>();
    /** The language chosen in the form ("en", "de"; empty: as the browser asks), read from the person first. */
    private String language;

    public String getLanguage() {
        if (language == null) {
            language = currentUser.getLanguage() == null ? "" : currentUser.getLanguage();
        }
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
    }

    public List<Locale> getLanguages() {
        return Languages.SUPPORTED;
    }

    /** Saves the language and shows the page again in it. */
    public String saveLanguage() {
        if (!FormMessages.attempt(() -> employees.chooseLanguage(currentUser.getUsername(), getLanguage()), null)) {
            return null;
        }
        // said in the language just chosen, which the next page speaks
        Locale chosen = readerLanguage.of(getLanguage(), Faces.getRequest());
        RedirectMessages.keep(new FacesMessage(Texts.format(chosen, "profile.language.saved")));
        return "/profile?faces-redirect=true";
    }

    public List<ApiTokens.TokenRow> getTokens() {
        return mine.get(() -> tokens.mine(currentUser.getUsername()));
    }

    public void create() {
        newSecret = null;
        ApiTokens.Created[] created = new ApiTokens.Created[1];
        if (FormMessages.attempt(() -> created[0] = tokens.create(currentUser.getUsername(), tokenName, tokenDays, tokenScope),
                null)) {
            newSecret = created[0].secret();
            tokenName = null;
            mine.forget();
        }
    }

    public void revoke(ApiTokens.TokenRow token) {
        newSecret = null;
        if (FormMessages.attempt(() -> tokens.revoke(token.id(), currentUser.getUsername(), false), null)) {
            Messages.addGlobalInfo("token.revoked", token.name());
            mine.forget();
        }
    }

    public List<Integer> getDayChoices() {
        return DAY_CHOICES;
    }

    public ApiToken.Scope[] getScopes() {
        return ApiToken.Scope.values();
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public Integer getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(Integer tokenDays) {
        this.tokenDays = tokenDays;
    }

    public ApiToken.Scope getTokenScope() {
        return tokenScope;
    }

    public void setTokenScope(ApiToken.Scope tokenScope) {
        this.tokenScope = tokenScope;
    }
}
