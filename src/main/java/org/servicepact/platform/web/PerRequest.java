package org.servicepact.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * What a view bean reads from the database to show, kept for one request only. A view-scoped bean lives across
 * many requests, and, once sessions are replicated, on whichever node serves the next one: it keeps what it needs
 * to read again (ids, the version the person saw, what they typed) and reads entities and reports afresh in each
 * request through this, never carrying a stale or detached copy from one request to the next.
 *
 * @param <T> what is read
 */
public final class PerRequest<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T value;
    private transient FacesContext readIn;

    /** The value read in this request, reading it with {@code read} the first time this request asks. */
    public T get(Supplier<T> read) {
        FacesContext current = FacesContext.getCurrentInstance();
        if (readIn == null || readIn != current) {
            value = read.get();
            readIn = current;
        }
        return value;
    }

    /** Forgets the value, so that the next {@link #get} reads it again (after an act changed it). */
    public void forget() {
        value = null;
        readIn = null;
    }
}
