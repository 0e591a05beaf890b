package org.servicepact.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.notification.application.MailChoices;
import org.servicepact.notification.application.MailSettings;
import org.servicepact.notification.domain.Delivery;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** My profile's "Notices by e-mail": per kind of notice at once, in the daily digest or not by mail, and the digest's time. */
@Named
@ViewScoped
public class MailChoicesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailChoices choices;

    @Inject
    MailSettings settings;

    @Inject
    CurrentUser currentUser;

    private final List<Row> rows = new ArrayList<>();
    private LocalTime digestAt;

    /** One kind of notice on the form. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private Delivery delivery;

        Row(String kind, Delivery delivery) {
            this.kind = kind;
            this.delivery = delivery;
        }

        public String getKind() {
            return kind;
        }

        public Delivery getDelivery() {
            return delivery;
        }

        public void setDelivery(Delivery delivery) {
            this.delivery = delivery;
        }
    }

    @PostConstruct
    void load() {
        MailChoices.Choices mine = choices.of(currentUser.getUsername());
        rows.clear();
        mine.kinds().forEach(choice -> rows.add(new Row(choice.kind(), choice.delivery())));
        digestAt = mine.digestAt();
    }

    public void save() {
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        rows.forEach(row -> deliveries.put(row.getKind(), row.getDelivery()));
        FormMessages.attempt(() -> choices.save(currentUser.getUsername(), deliveries, digestAt), "mail.saved");
    }

    /** Whether the portal has a mail server to send through: without one the choices wait for it. */
    public boolean isMailEnabled() {
        return settings.isEnabled();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public LocalTime getDigestAt() {
        return digestAt;
    }

    public void setDigestAt(LocalTime digestAt) {
        this.digestAt = digestAt;
    }
}
