package org.servicepact.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.Map;

/**
 * A form posted from a page whose view beans have ended is answered as an expired page (400). Faces ends a page's
 * view-scoped beans when an action of the page leads to another page, yet keeps the page's state a while: a second
 * click on a button whose first click already led away (a double click on "Save"), or a form posted again from the
 * browser's history, reached new, empty beans, which know neither the page's record nor what it showed, and failed
 * with a 500 as the page's fields were read into them.
 */
public class EndedViews implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** Where Mojarra keeps, in a restored view, which map of the session held its view beans. */
    private static final String VIEW_MAP_ID = "com.sun.faces.application.view.viewMapId";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (context.isPostback() && view != null && beansEnded(view)) {
            forget(context, view);
            throw new ViewExpiredException("The page's view beans have ended", view.getViewId());
        }
    }

    /**
     * The view had a map of view beans when it was saved, and the session holds it no more, or holds it emptied: Faces
     * empties it as the page leads elsewhere. A page's map is never empty while the page lives, as PrimeFaces keeps the
     * page's script nonce in it.
     */
    private static boolean beansEnded(UIViewRoot view) {
        Map<String, Object> beans = view.getViewMap(false);
        return view.getTransientStateHelper().getTransient(VIEW_MAP_ID) != null && (beans == null || beans.isEmpty());
    }

    /**
     * Takes the emptied map out of the session, so that nothing put in it while the answer is made (the error page's
     * script nonce) makes the page look alive to a third post.
     */
    private static void forget(FacesContext context, UIViewRoot view) {
        Object sessionMaps = context.getExternalContext().getSessionMap().get(ViewScopeSessionMaps.ACTIVE_VIEW_MAPS);
        if (sessionMaps instanceof Map<?, ?> maps) {
            maps.remove(view.getTransientStateHelper().getTransient(VIEW_MAP_ID));
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view is restored only in the phase
    }
}
