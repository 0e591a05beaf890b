package org.servicepact.agreement.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.web.PickedConverter;

/** A picked party (a department or an external party) on the other side: its id, and the id back into the active party. */
@Dependent
@FacesConverter(value = "partyOption", managed = true)
public class PartyOptionConverter extends PickedConverter<Option> {

    @Inject
    AgreementDirectory directory;

    public PartyOptionConverter() {
        super(Option::id, "agreement.party.pick");
    }

    @Override
    protected Option picked(long id) {
        return directory.party(id);
    }
}
