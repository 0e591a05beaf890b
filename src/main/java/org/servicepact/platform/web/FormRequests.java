package org.servicepact.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Faces is given of a request for a page, where a replayed or hand-made request differs from what a browser sends:
 * <ul>
 *   <li>a page posted without the multipart encoding carries no files: asked for its parts, such a request answers
 *       none, so a file input reads "no file chosen" instead of failing with the container's "not multipart"
 *       exception (a browser always posts a form with a file input as multipart);</li>
 *   <li>a multipart post whose parts cannot be read (no boundary, a body cut short, beyond the 50 MB that
 *       {@code web.xml}'s {@code multipart-config} allows) is refused with 400 before Faces reads its fields: the
 *       container fails on the first field asked for, which ended in an error page with 500; one announced larger
 *       than that is refused with 413 before a byte of it is read;</li>
 *   <li>an ajax request by GET is refused with 400: Faces' ajax requests are always posted, and PrimeFaces, finding
 *       one without the script nonce a posted page carries, could not even render the error page (an empty 500).</li>
 * </ul>
 */
@WebFilter(filterName = "FormRequests", urlPatterns = "*.xhtml")
public class FormRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String AJAX = "jakarta.faces.partial.ajax";
    /** The most a posted form with its files may hold, as {@code web.xml}'s {@code multipart-config} says to the container. */
    private static final long MAX_FORM_BYTES = 50L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean posted = "POST".equals(request.getMethod());
        boolean multipart = posted && isMultipart(request);
        if (!posted && isAjax(request)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "A page's ajax requests are posted; this one came by "
                    + request.getMethod() + ".");
        } else if (multipart && request.getContentLengthLong() > MAX_FORM_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The form is larger than the portal takes: 50 MB at most, its files included. Nothing was saved.");
        } else if (multipart && !partsReadable(request)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST,
                    "The form could not be read: its multipart body is malformed, or larger than 50 MB. Nothing was saved.");
        } else {
            chain.doFilter(posted && !multipart ? new WithoutParts(request) : request, response);
        }
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request")) || namesInQuery(request.getQueryString()).contains(AJAX);
    }

    /**
     * The parameter names a query string holds, decoded as the container decodes them (a name with a malformed escape is
     * none). Read here rather than asked of the request: asking for one parameter makes the container parse them all,
     * after which Faces can no longer set the request's character encoding, and the container logged a warning for it
     * on every page a signed-in person opened.
     */
    static Set<String> namesInQuery(String query) {
        Set<String> names = new HashSet<>();
        if (query == null) {
            return names;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                names.add(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformedEscape) {
                // the container passes such a parameter over too
            }
        }
        return names;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Reads the parts once, as Faces would: the container keeps them for Faces after. */
    private static boolean partsReadable(HttpServletRequest request) throws IOException {
        try {
            request.getParts();
            return true;
        } catch (ServletException | RuntimeException e) {
            // the container wraps what its multipart parser refused in a bare RuntimeException
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().println(message);
    }

    private static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
