package org.servicepact.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalTime;

/** When a person's daily digest comes, on the clock of their calendar's time zone; without one, at {@link #DEFAULT}. */
@Entity
@Table(name = "mail_digest_time")
public class DigestTime {

    public static final LocalTime DEFAULT = LocalTime.of(8, 0);

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "local_time", nullable = false)
    private LocalTime localTime;

    protected DigestTime() {
        // for JPA
    }

    public DigestTime(long employeeId, LocalTime localTime) {
        this.employeeId = employeeId;
        this.localTime = localTime;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public LocalTime getLocalTime() {
        return localTime;
    }

    public void change(LocalTime time) {
        this.localTime = time;
    }
}
