package org.servicepact.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Works around Payara issue 4734: on the first request after a form login, roles are missing from
 * {@code SecurityContext} and {@code @RolesAllowed}, though the servlet request has them. The first
 * authenticated GET of every session is therefore redirected to itself, and from then on roles are right.
 */
@WebFilter(filterName = "RoleWarmUpFilter", urlPatterns = "*.xhtml")
public class RoleWarmUpFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String WARMED_UP = RoleWarmUpFilter.class.getName() + ".warmedUp";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && "GET".equals(request.getMethod())) {
            HttpSession session = request.getSession();
            if (session.getAttribute(WARMED_UP) == null) {
                session.setAttribute(WARMED_UP, Boolean.TRUE);
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
