package org.servicepact.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Lets view beans name messages by their key in the resource bundle: {@code Messages.addGlobalInfo("saved")}
 * shows the bundle's text for "saved", formatted with the arguments.
 */
@WebListener
public class BundleMessageResolver implements ServletContextListener {

    static final String BUNDLE = "org.servicepact.i18n.messages";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((key, arguments) -> format(key, arguments));
    }

    /** The bundle's text for {@code key} with the arguments filled in; the key itself when the bundle lacks it. */
    public static String format(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
