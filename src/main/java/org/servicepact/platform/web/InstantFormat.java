package org.servicepact.platform.web;

import java.time.Instant;

/**
 * How a page writes an instant for people to read ({@code #{times}}), for the components that write their own markup
 * and are handed it as an attribute.
 */
public interface InstantFormat {

    /** The instant as the page shows it; empty for none. */
    String of(Instant instant);
}
