package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.notification.domain.Delivery;
import org.servicepact.notification.domain.DigestTime;
import org.servicepact.notification.domain.MailChoice;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A person's choices of how notices reach them by mail: per kind, and the time of their daily digest. */
@ApplicationScoped
public class MailChoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    /** One kind of notice and how it comes; {@code chosen} is false while it keeps its default. */
    public record KindChoice(String kind, Delivery delivery, boolean chosen) implements Serializable {
    }

    /** Every kind (its default where nothing was chosen) and the digest time. */
    public record Choices(List<KindChoice> kinds, LocalTime digestAt) implements Serializable {
    }

    public Choices of(String username) {
        long id = employees.named(username).getId();
        Map<String, Delivery> chosen = em.createQuery("SELECT c FROM MailChoice c WHERE c.employeeId = :id", MailChoice.class)
                .setParameter("id", id).getResultList().stream().collect(Collectors.toMap(MailChoice::getKind, MailChoice::getDelivery));
        List<KindChoice> kinds = new ArrayList<>();
        for (String kind : NoticeKinds.all()) {
            Delivery delivery = chosen.get(kind);
            kinds.add(new KindChoice(kind, delivery == null ? NoticeKinds.defaultDelivery(kind) : delivery, delivery != null));
        }
        DigestTime time = em.find(DigestTime.class, id);
        return new Choices(kinds, time == null ? DigestTime.DEFAULT : time.getLocalTime());
    }

    /** Keeps every kind's delivery as given and the digest time; refuses an unknown kind or a missing time. */
    @Transactional
    public void save(String username, Map<String, Delivery> deliveries, LocalTime digestAt) {
        if (digestAt == null) {
            throw new RuleViolation("digestAt", "mail.digestAt.required");
        }
        for (Map.Entry<String, Delivery> entry : deliveries.entrySet()) {
            if (!NoticeKinds.isKnown(entry.getKey()) || entry.getValue() == null) {
                throw RuleViolation.ofForm("mail.choice.unknown", entry.getKey());
            }
        }
        Employee person = employees.named(username);
        deliveries.forEach((kind, delivery) -> {
            MailChoice choice = em.find(MailChoice.class, new MailChoice.Key(person.getId(), kind));
            if (choice == null) {
                em.persist(new MailChoice(person.getId(), kind, delivery));
            } else {
                choice.choose(delivery);
            }
        });
        DigestTime time = em.find(DigestTime.class, person.getId());
        if (time == null) {
            em.persist(new DigestTime(person.getId(), digestAt.withSecond(0).withNano(0)));
        } else {
            time.change(digestAt.withSecond(0).withNano(0));
        }
    }
}
