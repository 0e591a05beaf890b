package org.servicepact.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.platform.rules.RuleViolation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A department: a unit of the organisation that provides services to others and consumes theirs.
 * Its head, when it has one, is one of its own employees.
 */
@Entity
@Table(name = "department")
@DiscriminatorValue("DEPARTMENT")
@NamedQuery(name = Department.BY_CODE, query = "SELECT d FROM Department d WHERE UPPER(d.code) = UPPER(:code)")
public class Department extends Party {

    public static final String BY_CODE = "Department.byCode";

    @Column(nullable = false, length = 20)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    private Employee head;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "calendar_id")
    private BusinessCalendar calendar;

    protected Department() {
        // for JPA
    }

    public Department(String code, String name) {
        super(name);
        recode(code);
    }

    public void describe(String newCode, String newName) {
        recode(newCode);
        rename(newName);
    }

    private void recode(String newCode) {
        String normalised = Objects.requireNonNull(newCode, "code").strip().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("A department needs a code");
        }
        this.code = normalised;
    }

    /** Places the department under another; refuses to make it its own ancestor. */
    public void placeUnder(Department newParent) {
        Set<Department> seen = new HashSet<>();
        for (Department ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor.equals(this) || !seen.add(ancestor)) {
                throw new RuleViolation("parent", "department.parent.loop");
            }
        }
        this.parent = newParent;
    }

    /** Appoints the head; the head must work in this department. {@code null} leaves it without a head. */
    public void appointHead(Employee newHead) {
        if (newHead != null && !this.equals(newHead.getDepartment())) {
            throw new RuleViolation("head", "department.head.elsewhere");
        }
        this.head = newHead;
    }

    /** {@code null} means the organisation's default calendar. */
    public void useCalendar(BusinessCalendar newCalendar) {
        this.calendar = newCalendar;
    }

    public String getCode() {
        return code;
    }

    public Department getParent() {
        return parent;
    }

    public Employee getHead() {
        return head;
    }

    public Optional<BusinessCalendar> ownCalendar() {
        return Optional.ofNullable(calendar);
    }

    public BusinessCalendar getCalendar() {
        return calendar;
    }

    public boolean isHeadedBy(String username) {
        return head != null && head.getUsername().equals(username);
    }
}
