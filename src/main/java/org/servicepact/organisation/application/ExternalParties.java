package org.servicepact.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.organisation.domain.ExternalParty;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.paging.JpqlPage;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;
import org.servicepact.platform.paging.SortOrder;
import org.servicepact.platform.rules.FormValidation;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Creating, changing, listing and deactivating external customers and vendors. */
@ApplicationScoped
public class ExternalParties implements PageSource<ExternalPartyRow> {

    private static final JpqlPage<ExternalPartyRow> LIST = new JpqlPage<>(ExternalPartyRow.class,
            "SELECT NEW org.servicepact.organisation.application.ExternalPartyRow("
                    + "x.id, x.name, x.kind, x.contactPerson, x.email, x.phone, x.deactivatedAt)",
            " FROM ExternalParty x",
            "LOWER(x.name) LIKE :search ESCAPE '\\' OR LOWER(x.contactPerson) LIKE :search ESCAPE '\\'"
                    + " OR LOWER(x.email) LIKE :search ESCAPE '\\'",
            new SortOrder(Map.of("name", "x.name", "kind", "x.kind", "contactPerson", "x.contactPerson",
                    "active", "x.deactivatedAt"), "x.name, x.id"));

    @PersistenceContext
    EntityManager em;

    @Inject
    FormValidation validation;

    @Inject
    Clock clock;

    @Override
    public List<ExternalPartyRow> page(PageRequest request) {
        return LIST.page(em, request);
    }

    @Override
    public long count(PageRequest request) {
        return LIST.count(em, request);
    }

    public boolean isActive(long id) {
        return Records.find(em, ExternalParty.class, id).isActive();
    }

    public ExternalPartyForm edit(long id) {
        ExternalParty party = Records.find(em, ExternalParty.class, id);
        ExternalPartyForm form = new ExternalPartyForm();
        form.setId(party.getId());
        form.setVersion(party.getVersion());
        form.setName(party.getName());
        form.setKind(party.getKind());
        form.setContactPerson(party.getContactPerson());
        form.setEmail(party.getEmail());
        form.setPhone(party.getPhone());
        return form;
    }

    @Transactional
    public ExternalParty save(ExternalPartyForm form) {
        validation.check(form);
        ExternalParty party = form.isNew() ? null
                : Records.forEdit(em, ExternalParty.class, form.getId(), form.getVersion(), ExternalParty::getVersion);
        em.createNamedQuery(ExternalParty.BY_NAME, ExternalParty.class).setParameter("name", form.getName().strip())
                .getResultStream().filter(other -> !other.getId().equals(form.getId())).findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("name", "external.name.taken");
                });
        ExternalParty.ContactDetails contact = new ExternalParty.ContactDetails(form.getContactPerson().strip(),
                form.getEmail().strip(), form.getPhone() == null || form.getPhone().isBlank() ? null : form.getPhone().strip());
        if (party == null) {
            party = new ExternalParty(form.getName(), form.getKind(), contact);
            em.persist(party);
        } else {
            party.describe(form.getName(), form.getKind(), contact);
        }
        em.flush();
        return party;
    }

    @Transactional
    public void setActive(long id, long version, boolean active) {
        ExternalParty party = Records.forEdit(em, ExternalParty.class, id, version, ExternalParty::getVersion);
        if (active) {
            party.reactivate();
        } else {
            party.deactivate(clock.instant());
        }
    }
}
