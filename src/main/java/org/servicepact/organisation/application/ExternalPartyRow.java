package org.servicepact.organisation.application;

import org.servicepact.organisation.domain.ExternalParty;

import java.io.Serializable;
import java.time.Instant;

/** One line of the external party list. */
public record ExternalPartyRow(Long id, String name, ExternalParty.Kind kind, String contactPerson, String email,
                               String phone, boolean active) implements Serializable {

    /** For the JPQL constructor expression, which reads when (if ever) the party was deactivated. */
    public ExternalPartyRow(Long id, String name, ExternalParty.Kind kind, String contactPerson, String email,
                            String phone, Instant deactivatedAt) {
        this(id, name, kind, contactPerson, email, phone, deactivatedAt == null);
    }
}
