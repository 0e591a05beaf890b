package org.servicepact.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * One side of a service relationship: a department inside the organisation or an external party.
 * Agreements and requests name parties, so both kinds share one identity.
 */
@Entity
@Table(name = "party")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "party_type", length = 20)
public abstract class Party {

    @Id
    @SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
    private Long id;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    private long version;

    protected Party() {
        // for JPA
    }

    protected Party(String name) {
        rename(name);
    }

    protected final void rename(String newName) {
        String stripped = Objects.requireNonNull(newName, "name").strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("A party needs a name");
        }
        this.name = stripped;
    }

    public void deactivate(Instant at) {
        if (deactivatedAt == null) {
            this.deactivatedAt = at;
        }
    }

    public void reactivate() {
        this.deactivatedAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Party other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
