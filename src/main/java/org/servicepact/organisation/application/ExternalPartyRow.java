package org.servicepact.organisation.application;

import org.servicepact.organisation.domain.ExternalParty;

/** One line of the external party list. */
public record ExternalPartyRow(Long id, String name, ExternalParty.Kind kind, String contactPerson, String email,
                               String phone, boolean active) {
}
