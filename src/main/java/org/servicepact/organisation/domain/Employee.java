package org.servicepact.organisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.servicepact.platform.i18n.Languages;
import org.servicepact.platform.rules.RuleViolation;


import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A person of the organisation: works in one department and reports to a supervisor (none at the top). */
@Entity
@Table(name = "employee")
@NamedQuery(name = Employee.BY_USERNAME, query = "SELECT e FROM Employee e JOIN FETCH e.department WHERE e.usernameKey = :username")
@NamedQuery(name = Employee.BY_USERNAMES, query = "SELECT e FROM Employee e JOIN FETCH e.department WHERE e.usernameKey IN :usernames")
public class Employee {

    /**
     * The employee whose username is {@code :username} whatever the case, with their department (every page's header
     * and list shows it); bind {@link #usernameKey} to it.
     */
    public static final String BY_USERNAME = "Employee.byUsername";

    /** The employees whose {@link #usernameKey} is one of {@code :usernames}, with their departments. */
    public static final String BY_USERNAMES = "Employee.byUsernames";

    /**
     * A username as {@link #BY_USERNAME} compares it: lower case, kept beside the username in an indexed column (every
     * request finds its signed-in person this way; {@code LOWER(username)} read every row of the table).
     */
    public static String usernameKey(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    @Id
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "username_key", nullable = false, length = 60)
    private String usernameKey;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(name = "job_title", length = 100)
    private String jobTitle;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    /** The language the person reads the portal in ("en", "de"), or null: as their browser asks. */
    @Column(length = 8)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Employee supervisor;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /** Whether the organisation's directory keeps this person (a sync wrote them): a sync then also deactivates them. */
    @Column(name = "directory_managed", nullable = false)
    private boolean directoryManaged;

    @ElementCollection
    @CollectionTable(name = "employee_role", joinColumns = @JoinColumn(name = "employee_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> grantedRoles = new HashSet<>();

    @Version
    private long version;

    protected Employee() {
        // for JPA
    }

    public Employee(String username, PersonalDetails details, Department department) {
        this.username = Objects.requireNonNull(username, "username").strip();
        if (this.username.isEmpty()) {
            throw new IllegalArgumentException("An employee needs a username");
        }
        this.usernameKey = usernameKey(this.username);
        updateDetails(details);
        moveTo(department);
    }

    public final void updateDetails(PersonalDetails details) {
        this.fullName = details.fullName();
        this.jobTitle = details.jobTitle();
        this.email = details.email();
        this.phone = details.phone();
    }

    public final void moveTo(Department newDepartment) {
        Objects.requireNonNull(newDepartment, "department");
        if (department != null && !department.equals(newDepartment) && department.isHeadedBy(username)) {
            throw new RuleViolation("department", "employee.department.headsAnother", department.getName());
        }
        this.department = newDepartment;
    }

    /** Makes {@code newSupervisor} this employee's supervisor; refuses a loop (A reports to B reports to A). */
    public void reportTo(Employee newSupervisor) {
        Set<Employee> seen = new HashSet<>();
        for (Employee boss = newSupervisor; boss != null; boss = boss.supervisor) {
            if (boss.equals(this) || !seen.add(boss)) {
                throw new RuleViolation("supervisor", "employee.supervisor.loop");
            }
        }
        this.supervisor = newSupervisor;
    }

    /**
     * Makes {@code newSupervisor} this employee's supervisor without walking the chain above them: for an
     * import, which checked the whole organisation it writes for loops before writing any of it (walking
     * each chain again would cost the square of its length).
     */
    public void reportToLoopCheckedSupervisor(Employee newSupervisor) {
        this.supervisor = newSupervisor;
    }

    public void grantRoles(Collection<Role> roles) {
        if (roles.stream().anyMatch(role -> !role.isGranted())) {
            throw new IllegalArgumentException("Only HR and ADMIN are granted; others follow from the organisation");
        }
        this.grantedRoles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    public void deactivate(Instant at) {
        if (deactivatedAt == null) {
            this.deactivatedAt = at;
        }
    }

    public void reactivate() {
        this.deactivatedAt = null;
    }

    /** From now on the directory keeps this person: a sync that no longer finds them deactivates them. */
    public void keepInDirectory() {
        this.directoryManaged = true;
    }

    public boolean isDirectoryManaged() {
        return directoryManaged;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getLanguage() {
        return language;
    }

    /** Chooses the language the person reads the portal and its mails in; null: as their browser asks. */
    public void chooseLanguage(String tag) {
        if (tag != null && !Languages.isSupported(tag)) {
            throw new RuleViolation("language", "profile.language.unknown");
        }
        this.language = tag;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Department getDepartment() {
        return department;
    }

    public Employee getSupervisor() {
        return supervisor;
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public Set<Role> getGrantedRoles() {
        return Set.copyOf(grantedRoles);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Employee other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /** Name and contact details of a person. */
    public record PersonalDetails(String fullName, String jobTitle, String email, String phone) implements Serializable {
        public PersonalDetails {
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(email, "email");
        }
    }
}
