package org.servicepact.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.io.Serializable;
import java.time.Instant;

/** A row of the bare application's one table. */
@Entity
public class Item implements Serializable {

    @Id
    @SequenceGenerator(name = "item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    private Long id;

    private String title;

    private String status;

    private Instant createdAt;

    protected Item() {
    }

    public Item(String title, String status, Instant createdAt) {
        this.title = title;
        this.status = status;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
