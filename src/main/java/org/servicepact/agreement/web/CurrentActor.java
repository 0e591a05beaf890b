package org.servicepact.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.servicepact.agreement.application.Agreements;
import org.servicepact.agreement.domain.Actor;
import org.servicepact.security.CurrentUser;

/** The logged-in user as an actor on agreements, looked up once per request. */
@RequestScoped
public class CurrentActor {

    @Inject
    CurrentUser currentUser;

    @Inject
    Agreements agreements;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            actor = agreements.actor(currentUser.getUsername(), currentUser.isAdmin());
        }
        return actor;
    }
}
