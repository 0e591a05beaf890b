package org.servicepact.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.servicepact.platform.i18n.Message;

/** A stored, language-neutral {@link Message} as the reader of the page reads it: {@code #{messageText.of(x.reason)}}. */
@Named
@ApplicationScoped
public class MessageText {

    public String of(Message message) {
        return message == null ? "" : message.render(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
