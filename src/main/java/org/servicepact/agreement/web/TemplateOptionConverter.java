package org.servicepact.agreement.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.web.PickedConverter;

/** A picked template: the id of an active agreement version, and the id back into it. */
@Dependent
@FacesConverter(value = "templateOption", managed = true)
public class TemplateOptionConverter extends PickedConverter<Option> {

    @Inject
    AgreementDirectory directory;

    public TemplateOptionConverter() {
        super(Option::id, "agreement.template.pick");
    }

    @Override
    protected Option picked(long id) {
        return directory.template(id);
    }
}
