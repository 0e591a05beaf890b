package org.servicepact.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.security.Passwords;

import java.io.Serializable;

/** Sets or resets the password of the employee an administrator has open. */
@Named
@ViewScoped
public class PasswordEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Passwords passwords;

    private Long employeeId;
    private String newPassword;
    private boolean hasPassword;

    /** For the employee open on the page; nothing for a new one, which has no id yet. */
    public void load(Long employeeId) {
        this.employeeId = employeeId;
        hasPassword = employeeId != null && passwords.hasPassword(employeeId);
    }

    public void set(String fullName) {
        if (FormMessages.attempt(() -> passwords.setPassword(employeeId, newPassword), null)) {
            hasPassword = true;
            newPassword = null;
            Messages.addGlobalInfo("employee.password.done", fullName);
        }
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public int getMinimumLength() {
        return passwords.minimumLength();
    }

    public boolean isHasPassword() {
        return hasPassword;
    }
}
