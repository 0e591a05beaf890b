package org.servicepact.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.calendar.domain.BusinessSchedule;
import org.servicepact.calendar.domain.Holiday;
import org.servicepact.calendar.domain.WorkingPeriod;
import org.servicepact.calendar.domain.WorkingPeriods;
import org.servicepact.platform.rules.FormValidation;
import org.servicepact.platform.rules.RuleViolation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Creating and changing business calendars; one of them is the organisation's default. */
@ApplicationScoped
public class Calendars {

    @PersistenceContext
    EntityManager em;

    @Inject
    FormValidation validation;

    /** Compiled schedules by calendar id, with the calendar version they were compiled from. */
    private final Map<Long, CompiledSchedule> schedules = new ConcurrentHashMap<>();

    private record CompiledSchedule(long version, BusinessSchedule schedule) {
    }

    public List<BusinessCalendar> all() {
        return em.createNamedQuery(BusinessCalendar.ALL, BusinessCalendar.class).getResultList();
    }

    public Optional<BusinessCalendar> organisationDefault() {
        return em.createNamedQuery(BusinessCalendar.DEFAULT, BusinessCalendar.class).getResultStream().findFirst();
    }

    /** The organisation's time zone: its default calendar's, UTC while there is none. */
    public ZoneId organisationZone() {
        return organisationDefault().map(BusinessCalendar::zone).orElse(ZoneOffset.UTC);
    }

    /**
     * The calendar's arithmetic, compiled once per version of the calendar and kept: an administrator's change
     * raises the version, so the next reading compiles the new one (on every node, as the version is in the
     * database).
     */
    public BusinessSchedule schedule(BusinessCalendar calendar) {
        if (calendar.getId() == null) {
            return calendar.schedule();
        }
        CompiledSchedule known = schedules.get(calendar.getId());
        if (known != null && known.version() == calendar.getVersion()) {
            return known.schedule();
        }
        BusinessSchedule schedule = calendar.schedule();
        schedules.put(calendar.getId(), new CompiledSchedule(calendar.getVersion(), schedule));
        return schedule;
    }

    public CalendarForm edit(long id) {
        BusinessCalendar calendar = em.find(BusinessCalendar.class, id);
        if (calendar == null) {
            throw RuleViolation.ofForm("record.gone");
        }
        CalendarForm form = new CalendarForm();
        form.setId(calendar.getId());
        form.setVersion(calendar.getVersion());
        form.setName(calendar.getName());
        form.setTimeZone(calendar.getTimeZone());
        form.setOrganisationDefault(calendar.isOrganisationDefault());
        calendar.getWorkingPeriods().forEach(p -> form.getPeriods().add(new CalendarForm.PeriodRow(p.day(), p.start(), p.end())));
        calendar.getHolidays().forEach(h -> form.getHolidays().add(new CalendarForm.HolidayRow(h.date(), h.name())));
        return form;
    }

    @Transactional
    public BusinessCalendar save(CalendarForm form) {
        validation.check(form);
        ZoneId zone = zone(form.getTimeZone());
        List<WorkingPeriod> periods = periods(form);
        List<Holiday> holidays = holidays(form);
        requireUniqueName(form);
        BusinessCalendar calendar;
        if (form.isNew()) {
            calendar = new BusinessCalendar(form.getName(), zone, periods, holidays);
            em.persist(calendar);
        } else {
            calendar = em.find(BusinessCalendar.class, form.getId());
            if (calendar == null) {
                throw RuleViolation.ofForm("record.gone");
            }
            if (calendar.getVersion() != form.getVersion()) {
                throw RuleViolation.ofForm("edit.stale");
            }
            calendar.redefine(form.getName(), zone, periods, holidays);
        }
        if (form.isOrganisationDefault()) {
            organisationDefault().filter(other -> !other.equals(calendar)).ifPresent(BusinessCalendar::stopBeingOrganisationDefault);
            calendar.makeOrganisationDefault();
        } else if (calendar.isOrganisationDefault()) {
            throw new RuleViolation("organisationDefault", "calendar.default.required");
        }
        em.flush();
        return calendar;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new RuleViolation("timeZone", "calendar.zone.unknown", id);
        }
    }

    private static List<WorkingPeriod> periods(CalendarForm form) {
        if (form.getPeriods().isEmpty()) {
            throw new RuleViolation("periods", "calendar.periods.empty");
        }
        List<WorkingPeriod> periods = form.getPeriods().stream().map(row -> {
            if (!row.getStart().isBefore(row.getEnd())) {
                throw new RuleViolation("periods", "calendar.period.order", row.getDay(), row.getStart(), row.getEnd());
            }
            return new WorkingPeriod(row.getDay(), row.getStart(), row.getEnd());
        }).toList();
        List<WorkingPeriods.Overlap> overlaps = WorkingPeriods.overlaps(periods);
        if (!overlaps.isEmpty()) {
            WorkingPeriod earlier = overlaps.get(0).earlier();
            WorkingPeriod later = overlaps.get(0).later();
            throw new RuleViolation("periods", "calendar.periods.overlap", earlier.day(), earlier.start(), earlier.end(),
                    later.start(), later.end());
        }
        return periods;
    }

    private static List<Holiday> holidays(CalendarForm form) {
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarForm.HolidayRow row : form.getHolidays()) {
            if (!seen.add(row.getDate())) {
                throw new RuleViolation("holidays", "calendar.holiday.duplicate", row.getDate());
            }
        }
        return form.getHolidays().stream().map(row -> new Holiday(row.getDate(), row.getName())).toList();
    }

    private void requireUniqueName(CalendarForm form) {
        em.createNamedQuery(BusinessCalendar.BY_NAME, BusinessCalendar.class).setParameter("name", form.getName().strip())
                .getResultStream().filter(other -> !other.getId().equals(form.getId())).findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("name", "calendar.name.taken");
                });
    }
}
