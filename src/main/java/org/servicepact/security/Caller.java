package org.servicepact.security;

import jakarta.servlet.ServletRequest;
import org.servicepact.organisation.domain.Employee;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as the authentication mechanism found them for this request: the active employee with their
 * department, and their groups. Kept on the request, so that the page's header and beans need not read the person
 * again ({@link CurrentUser}).
 */
public record Caller(Employee employee, Set<String> groups) {

    private static final String ATTRIBUTE = Caller.class.getName();

    /** The caller found for this request; empty for a visitor, or when the request was not authenticated this way. */
    public static Optional<Caller> of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    void keepOn(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }
}
