package org.servicepact.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** A date on which nobody works under a calendar, with the name people know it by. */
@Embeddable
public class Holiday implements Comparable<Holiday> {

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected Holiday() {
        // for JPA
    }

    public Holiday(LocalDate date, String name) {
        this.date = Objects.requireNonNull(date, "date");
        this.name = Objects.requireNonNull(name, "name").strip();
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("A holiday needs a name");
        }
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }

    @Override
    public int compareTo(Holiday other) {
        return date.compareTo(other.date);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Holiday other && date.equals(other.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }
}
