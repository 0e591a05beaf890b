package org.servicepact.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.platform.web.PagedListModel;
import org.servicepact.security.SignInLocks;

import java.io.Serializable;

/** The administrator's list of sign-in locks, and unlocking one. */
@Named
@ViewScoped
public class SignInLockList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInLocks locks;

    private PagedListModel<SignInLocks.Lock> model;

    public PagedListModel<SignInLocks.Lock> getLocks() {
        if (model == null) {
            model = new PagedListModel<>(locks, SignInLocks.Lock::subject);
        }
        return model;
    }

    public void unlock(SignInLocks.Lock lock) {
        locks.unlock(lock.subject());
        Messages.addGlobalInfo(lock.account() ? "signInLock.unlocked.account" : "signInLock.unlocked.address", lock.name());
    }
}
