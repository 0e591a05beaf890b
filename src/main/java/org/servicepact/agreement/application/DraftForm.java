package org.servicepact.agreement.application;

import org.servicepact.platform.rules.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servicepact.agreement.domain.CommitmentTerms;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.ServiceTerms;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.TargetUnit;
import org.servicepact.agreement.domain.Targets;
import org.servicepact.agreement.domain.VersionTerms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A draft as the editor shows it: general terms, calendars, and rows of services and commitments. */
public class DraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long versionId;
    private long lockVersion;

    @NotNull
    @PlausibleDate
    private LocalDate effectiveFrom;
    @PlausibleDate
    private LocalDate effectiveUntil;
    @NotNull
    @PlausibleDate
    private LocalDate reviewDate;
    @Min(1)
    @Max(VersionTerms.MAX_AUTO_CLOSE_DAYS)
    private int autoCloseDays = 5;
    @Min(1)
    @Max(VersionTerms.MAX_ESCALATION_DELAY_HOURS)
    private int escalationDelayHours = 8;
    @Min(1)
    @Max(VersionTerms.MAX_RATING_WINDOW_DAYS)
    private int ratingWindowDays = 10;
    private Long providerCalendarId;
    private Long consumerCalendarId;

    @Valid
    private List<ServiceRow> services = new ArrayList<>();
    @Valid
    private List<CommitmentRow> commitments = new ArrayList<>();

    public VersionTerms terms() {
        return new VersionTerms(effectiveFrom, effectiveUntil, reviewDate, autoCloseDays, escalationDelayHours, ratingWindowDays);
    }

    public List<ServiceTerms> serviceTerms() {
        return services.stream().map(row -> new ServiceTerms(row.getName(), row.getDescription())).toList();
    }

    public List<CommitmentTerms> commitmentTerms() {
        return commitments.stream().map(CommitmentRow::terms).toList();
    }

    public void addService() {
        services.add(new ServiceRow());
    }

    public void removeService(ServiceRow row) {
        services.remove(row);
    }

    public void addCommitment(Side owedBy) {
        CommitmentRow row = new CommitmentRow();
        row.setOwedBy(owedBy);
        commitments.add(row);
    }

    public void removeCommitment(CommitmentRow row) {
        commitments.remove(row);
    }

    public List<CommitmentRow> commitmentsOwedBy(Side side) {
        return commitments.stream().filter(c -> c.getOwedBy() == side).toList();
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(long lockVersion) {
        this.lockVersion = lockVersion;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public void setEffectiveUntil(LocalDate effectiveUntil) {
        this.effectiveUntil = effectiveUntil;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public int getAutoCloseDays() {
        return autoCloseDays;
    }

    public void setAutoCloseDays(int autoCloseDays) {
        this.autoCloseDays = autoCloseDays;
    }

    public int getEscalationDelayHours() {
        return escalationDelayHours;
    }

    public void setEscalationDelayHours(int escalationDelayHours) {
        this.escalationDelayHours = escalationDelayHours;
    }

    public int getRatingWindowDays() {
        return ratingWindowDays;
    }

    public void setRatingWindowDays(int ratingWindowDays) {
        this.ratingWindowDays = ratingWindowDays;
    }

    public Long getProviderCalendarId() {
        return providerCalendarId;
    }

    public void setProviderCalendarId(Long providerCalendarId) {
        this.providerCalendarId = providerCalendarId;
    }

    public Long getConsumerCalendarId() {
        return consumerCalendarId;
    }

    public void setConsumerCalendarId(Long consumerCalendarId) {
        this.consumerCalendarId = consumerCalendarId;
    }

    public List<ServiceRow> getServices() {
        return services;
    }

    public List<CommitmentRow> getCommitments() {
        return commitments;
    }

    /** One service being edited. */
    public static class ServiceRow implements Serializable {
        private static final long serialVersionUID = 1L;

        @Size(max = 150)
        private String name;
        @Size(max = 2000)
        private String description;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** One commitment being edited. */
    public static class CommitmentRow implements Serializable {
        private static final long serialVersionUID = 1L;

        private Side owedBy = Side.PROVIDER;
        @Size(max = 150)
        private String title;
        @Size(max = 2000)
        private String description;
        @Size(max = 2000)
        private String rationale;
        private Measure measure;
        private TargetUnit unit = TargetUnit.BUSINESS_HOURS;
        /** The amounts typed, by priority: the form's side of {@link Targets}. */
        private final EnumMap<Priority, BigDecimal> targets = new EnumMap<>(Priority.class);

        static CommitmentRow of(CommitmentTerms terms) {
            CommitmentRow row = new CommitmentRow();
            row.owedBy = terms.owedBy();
            row.title = terms.title();
            row.description = terms.description();
            row.rationale = terms.rationale();
            row.measure = terms.measure();
            if (terms.targets() != null) {
                row.unit = terms.targets().unit();
                row.targets.putAll(terms.targets().byPriority());
            }
            return row;
        }

        CommitmentTerms terms() {
            targets.values().removeIf(Objects::isNull);
            return new CommitmentTerms(owedBy, title, description, rationale, measure, new Targets(unit, targets));
        }

        public Side getOwedBy() {
            return owedBy;
        }

        public void setOwedBy(Side owedBy) {
            this.owedBy = owedBy;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getRationale() {
            return rationale;
        }

        public void setRationale(String rationale) {
            this.rationale = rationale;
        }

        public Measure getMeasure() {
            return measure;
        }

        public void setMeasure(Measure measure) {
            this.measure = measure;
        }

        public TargetUnit getUnit() {
            return unit;
        }

        public void setUnit(TargetUnit unit) {
            this.unit = unit;
        }

        /** The amounts by priority, for the form to fill in. */
        public Map<Priority, BigDecimal> getTargets() {
            return targets;
        }
    }
}
