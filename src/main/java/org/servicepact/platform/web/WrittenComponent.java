package org.servicepact.platform.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;

/**
 * A component without children that writes all its markup itself in {@code encodeBegin} (a report table, the tie matrix):
 * for what a page writes hundreds of cells of, where a Facelets template would cost a dozen expression look-ups a cell.
 */
public abstract class WrittenComponent extends UIComponentBase {

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children: encodeBegin writes everything
    }
}
