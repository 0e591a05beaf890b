package org.servicepact.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** An organisation outside ours: a customer we serve or a vendor who serves us. */
@Entity
@Table(name = "external_party")
@DiscriminatorValue("EXTERNAL")
@NamedQuery(name = ExternalParty.BY_NAME, query = "SELECT e FROM ExternalParty e WHERE LOWER(e.name) = LOWER(:name)")
public class ExternalParty extends Party {

    public static final String BY_NAME = "ExternalParty.byName";

    /** Whether the outside party is served by us or serves us. */
    public enum Kind { CUSTOMER, VENDOR }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "contact_person", nullable = false, length = 150)
    private String contactPerson;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    protected ExternalParty() {
        // for JPA
    }

    public ExternalParty(String name, Kind kind, ContactDetails contact) {
        super(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        changeContact(contact);
    }

    public void describe(String newName, Kind newKind, ContactDetails contact) {
        rename(newName);
        this.kind = Objects.requireNonNull(newKind, "kind");
        changeContact(contact);
    }

    private void changeContact(ContactDetails contact) {
        this.contactPerson = contact.person();
        this.email = contact.email();
        this.phone = contact.phone();
    }

    public Kind getKind() {
        return kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    /** Who to talk to at an external party. */
    public record ContactDetails(String person, String email, String phone) implements Serializable {
        public ContactDetails {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(email, "email");
        }
    }
}
