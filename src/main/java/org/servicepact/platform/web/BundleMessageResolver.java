package org.servicepact.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Messages;
import org.servicepact.platform.i18n.Texts;

import java.util.Locale;

/**
 * Lets view beans name messages by their key in the resource bundle: {@code Messages.addGlobalInfo("saved")}
 * shows the bundle's text for "saved", formatted with the arguments.
 */
@WebListener
public class BundleMessageResolver implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((key, arguments) -> format(key, arguments));
    }

    /** The bundle's text for {@code key} in the language of the view being rendered, with the arguments filled in. */
    public static String format(String key, Object... arguments) {
        return Texts.format(locale(), key, arguments);
    }

    /** The language of the view being rendered; the bundle's base language outside a page. */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Texts.DEFAULT;
    }
}
