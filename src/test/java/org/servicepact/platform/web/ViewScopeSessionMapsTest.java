package org.servicepact.platform.web;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

class ViewScopeSessionMapsTest {

    private final Map<String, Object> attributes = new HashMap<>();

    @Test
    void aNewSessionCarriesBothMapsBeforeAnyPageAsksForThem() {
        createSession();

        assertInstanceOf(Map.class, attributes.get(ViewScopeSessionMaps.ACTIVE_VIEW_MAPS));
        assertInstanceOf(ConcurrentHashMap.class, attributes.get(ViewScopeSessionMaps.ACTIVE_VIEW_CONTEXTS));
    }

    @Test
    void aSessionTakenOverFromAnotherNodeKeepsTheMapsItCarries() {
        Map<String, Object> views = Map.of("view", Map.of("requestPage", "its bean"));
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("view", Map.of()));
        attributes.put(ViewScopeSessionMaps.ACTIVE_VIEW_MAPS, views);
        attributes.put(ViewScopeSessionMaps.ACTIVE_VIEW_CONTEXTS, contexts);

        createSession();

        assertSame(views, attributes.get(ViewScopeSessionMaps.ACTIVE_VIEW_MAPS));
        assertSame(contexts, attributes.get(ViewScopeSessionMaps.ACTIVE_VIEW_CONTEXTS));
    }

    @Test
    void theViewsMapKeepsEveryViewPutByManyPagesAtOnce() throws Exception {
        Map<String, Object> views = viewsOfANewSession();
        ExecutorService pages = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (int page = 0; page < 8; page++) {
                int first = page * 1_000;
                puts.add(pages.submit(() -> {
                    for (int view = first; view < first + 1_000; view++) {
                        views.put("view-" + view, Map.of());
                    }
                }));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            pages.shutdownNow();
        }
        assertEquals(8_000, views.size());
    }

    @Test
    void theViewsMapNamesTheLeastRecentlyUsedViewFirst() {
        Map<String, Object> views = viewsOfANewSession();
        views.put("first", Map.of());
        views.put("second", Map.of());
        views.put("third", Map.of());

        views.get("first");

        assertEquals(List.of("second", "third", "first"), List.copyOf(views.keySet()));
    }

    @Test
    void bothMapsTravelWithTheSessionToAnotherNode() throws Exception {
        createSession();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes.get(ViewScopeSessionMaps.ACTIVE_VIEW_MAPS));
            out.writeObject(attributes.get(ViewScopeSessionMaps.ACTIVE_VIEW_CONTEXTS));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertInstanceOf(Map.class, in.readObject());
            assertInstanceOf(ConcurrentHashMap.class, in.readObject());
        }
    }

    private void createSession() {
        new ViewScopeSessionMaps().sessionCreated(new HttpSessionEvent(session()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> viewsOfANewSession() {
        createSession();
        return (Map<String, Object>) attributes.get(ViewScopeSessionMaps.ACTIVE_VIEW_MAPS);
    }

    private HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
