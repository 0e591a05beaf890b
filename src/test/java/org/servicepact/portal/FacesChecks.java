package org.servicepact.portal;

import org.junit.jupiter.api.Test;
import org.servicepact.platform.web.ViewScopeSessionMaps;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In the container: what the portal assumes of the Faces implementation Payara runs it on. Run by
 * {@link InContainerIT}, in its one deployment.
 */
interface FacesChecks {

    /**
     * {@link ViewScopeSessionMaps} makes a session's view-scope maps under Mojarra's own names; were they renamed in
     * another Mojarra, Mojarra would again make its own, racing (a request's page answering 404 now and then).
     */
    @Test
    default void newSessionsGetTheViewScopeMapsUnderTheNamesMojarraReads() throws Exception {
        assertEquals(ViewScopeSessionMaps.ACTIVE_VIEW_MAPS, constant("com.sun.faces.application.view.ViewScopeManager", "ACTIVE_VIEW_MAPS"));
        assertEquals(ViewScopeSessionMaps.ACTIVE_VIEW_CONTEXTS,
                constant("com.sun.faces.application.view.ViewScopeContextManager", "ACTIVE_VIEW_CONTEXTS"));
    }

    private static Object constant(String className, String name) throws ReflectiveOperationException {
        Field field = Class.forName(className).getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }
}
