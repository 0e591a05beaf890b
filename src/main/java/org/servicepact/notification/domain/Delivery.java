package org.servicepact.notification.domain;

/** How a person wants one kind of notice by e-mail (the bell has every notice whatever they choose). */
public enum Delivery {
    /** A mail for each notice, as soon as what it tells about is stored. */
    AT_ONCE,
    /** One mail a day listing the notices since the last one, at the person's chosen time. */
    DIGEST,
    NOT_BY_MAIL
}
