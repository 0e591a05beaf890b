package org.servicepact.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class PerRequestTest {

    private final PerRequest<Object> holder = new PerRequest<>();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void noRequest() {
        Request.end();
    }

    @Test
    void aValueIsReadOncePerRequest() {
        new Request();
        Object first = holder.get(this::read);

        assertSame(first, holder.get(this::read));
        assertEquals(1, reads.get());
    }

    @Test
    void theNextRequestReadsAgain() {
        new Request();
        Object first = holder.get(this::read);
        new Request();

        Object second = holder.get(this::read);

        assertEquals(2, reads.get());
        assertEquals(false, first == second);
    }

    @Test
    void aForgottenValueIsReadAgainInTheSameRequest() {
        new Request();
        holder.get(this::read);

        holder.forget();
        holder.get(this::read);

        assertEquals(2, reads.get());
    }

    @Test
    void nothingIsReadAgainForAValueThatIsNone() {
        new Request();
        assertNull(holder.get(() -> { reads.incrementAndGet(); return null; }));
        assertNull(holder.get(() -> { reads.incrementAndGet(); return null; }));

        assertEquals(1, reads.get());
    }

    @Test
    void twoHoldersOfOneRequestKeepTheirOwnValues() {
        new Request();
        PerRequest<Object> other = new PerRequest<>();

        Object mine = holder.get(this::read);

        assertEquals(false, mine == other.get(this::read));
    }

    /** A view bean stays in the session for many requests: what it read must not stay with it. */
    @Test
    void nothingReadIsKeptOnceTheRequestIsOver() throws InterruptedException {
        new Request();
        WeakReference<Object> read = new WeakReference<>(holder.get(this::read));
        Request.end();

        for (int attempt = 0; attempt < 20 && read.get() != null; attempt++) {
            System.gc();
            Thread.sleep(10);
        }

        assertNull(read.get(), "the value read in an ended request is still held");
    }

    @Test
    void aHolderTakenOverByAnotherNodeReadsOncePerRequestThere() throws Exception {
        new Request();
        holder.get(this::read);
        PerRequest<Object> moved = copyOf(holder);
        new Request();

        Object there = moved.get(this::read);

        assertSame(there, moved.get(this::read));
        assertEquals(2, reads.get());
    }

    /** A session serialised by a node of the version before, whose holders had no name among the attributes. */
    @Test
    void aHolderFromTheVersionBeforeReadsAsANewOne() throws Exception {
        Field key = PerRequest.class.getDeclaredField("key");
        key.setAccessible(true);
        key.set(holder, null);
        PerRequest<Object> moved = copyOf(holder);
        new Request();

        Object there = moved.get(this::read);

        assertSame(there, moved.get(this::read));
    }

    private Object read() {
        reads.incrementAndGet();
        return new Object();
    }

    @SuppressWarnings("unchecked")
    private static <T> T copyOf(T serializable) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(serializable);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    /** A Faces request of its own attributes, the current one on this thread until the next or {@link #end()}. */
    private static final class Request extends FacesContextWrapper {
        private final ExternalContext external;

        Request() {
            super(null);
            Map<String, Object> attributes = new HashMap<>();
            external = new ExternalContextWrapper(null) {
                @Override
                public Map<String, Object> getRequestMap() {
                    return attributes;
                }
            };
            setCurrentInstance(this);
        }

        @Override
        public ExternalContext getExternalContext() {
            return external;
        }

        static void end() {
            setCurrentInstance(null);
        }
    }
}
