package org.servicepact.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One person's choice of delivery for one kind of notice; a kind without a choice keeps its default. */
@Entity
@Table(name = "mail_choice")
@IdClass(MailChoice.Key.class)
public class MailChoice {

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Id
    @Column(length = 20)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Delivery delivery;

    protected MailChoice() {
        // for JPA
    }

    public MailChoice(long employeeId, String kind, Delivery delivery) {
        this.employeeId = employeeId;
        this.kind = kind;
        this.delivery = delivery;
    }

    public String getKind() {
        return kind;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void choose(Delivery chosen) {
        this.delivery = chosen;
    }

    /** The key: a person and a kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long employeeId;
        private String kind;

        public Key() {
            // for JPA
        }

        public Key(Long employeeId, String kind) {
            this.employeeId = employeeId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(employeeId, key.employeeId) && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(employeeId, kind);
        }
    }
}
