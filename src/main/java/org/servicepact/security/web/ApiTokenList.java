package org.servicepact.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.PagedListModel;
import org.servicepact.security.ApiTokens;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;

/** The administrator's list of everyone's personal access tokens, and revoking one. */
@Named
@ViewScoped
public class ApiTokenList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    private PagedListModel<ApiTokens.TokenRow> model;

    public PagedListModel<ApiTokens.TokenRow> getTokens() {
        if (model == null) {
            model = new PagedListModel<>(tokens, ApiTokens.TokenRow::id);
        }
        return model;
    }

    public void revoke(ApiTokens.TokenRow token) {
        if (FormMessages.attempt(() -> tokens.revoke(token.id(), currentUser.getUsername(), true), null)) {
            Messages.addGlobalInfo("token.revokedOf", token.name(), token.ownerName());
        }
    }
}
