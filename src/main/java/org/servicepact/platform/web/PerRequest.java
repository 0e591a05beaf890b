package org.servicepact.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a view bean reads from the database to show, kept for one request only. A view-scoped bean lives across
 * many requests, and, once sessions are replicated, on whichever node serves the next one: it keeps what it needs
 * to read again (ids, the version the person saw, what they typed) and reads entities and reports afresh in each
 * request through this, never carrying a stale or detached copy from one request to the next.
 *
 * <p>The value is kept among the servlet request's attributes, so it goes with the request: a session keeps the
 * view-scoped beans of up to a hundred views, and when each kept what it last read, every request's page a person had
 * opened held its request, history and clocks in the session (about 48 KB a page). The servlet request, not the
 * {@code FacesContext}: on a GET with a view action the faces context the action ran in is not the one
 * {@code getCurrentInstance()} answers while the page renders, and everything was read twice.
 *
 * @param <T> what is read
 */
public final class PerRequest<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What was read, even null. */
    private record Read<T>(T value) {
    }

    /** This holder's name among the request's attributes: unique across nodes, as the bean may move between them. */
    private final String key = PerRequest.class.getName() + '.' + UUID.randomUUID();

    /** The value read in this request, reading it with {@code read} the first time this request asks. */
    public T get(Supplier<T> read) {
        Map<String, Object> attributes = requestAttributes();
        @SuppressWarnings("unchecked")
        Read<T> held = (Read<T>) attributes.get(key);
        if (held == null) {
            held = new Read<>(read.get());
            attributes.put(key, held);
        }
        return held.value();
    }

    /** Forgets the value, so that the next {@link #get} reads it again (after an act changed it). */
    public void forget() {
        requestAttributes().remove(key);
    }

    /** One serialised before values went with the request (a session from a node not yet upgraded) had no key. */
    private Object readResolve() {
        return key == null ? new PerRequest<T>() : this;
    }

    private static Map<String, Object> requestAttributes() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }
}
