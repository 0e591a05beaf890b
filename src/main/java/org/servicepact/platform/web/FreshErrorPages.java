package org.servicepact.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * An error page is shown as a page of its own, not as the form whose post failed: the container shows it with the
 * failed request, whose fields would make Faces restore the failed page's state (the view state), read its fields and
 * answer as ajax once more. A post that failed because its page could no longer be read, or because it carried no
 * script nonce or a forged one (PrimeFaces' CSP check), then failed again while its error page was made, and ended in
 * the container's bare 500. The error page sees no fields and no ajax marker; the failure itself stays in the
 * request's attributes. Its script policy replaces the one the failed page had already set (see {@link OwnScriptPolicy}).
 */
@WebFilter(filterName = "FreshErrorPages", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class FreshErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutFields(request), new OwnScriptPolicy(response));
    }

    /**
     * A response whose script policy (PrimeFaces' Content-Security-Policy with the page's nonce) is set, not added:
     * a page that failed after its policy was set, and then the error page, would otherwise each send one, and a
     * browser enforces every policy it is sent, so a script would need both nonces and none of the error page's ran.
     */
    static final class OwnScriptPolicy extends HttpServletResponseWrapper {

        OwnScriptPolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (name.toLowerCase(Locale.ROOT).startsWith("content-security-policy")) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    static final class WithoutFields extends HttpServletRequestWrapper {

        WithoutFields(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
