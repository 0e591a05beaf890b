package org.servicepact.calendar.application;

import org.servicepact.platform.rules.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servicepact.platform.persistence.RecordForm;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** What an administrator edits on a calendar: its name, zone, working periods and holidays. */
public class CalendarForm extends RecordForm {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    private String timeZone = "Europe/Berlin";

    private boolean organisationDefault;

    @Valid
    private List<PeriodRow> periods = new ArrayList<>();

    @Valid
    private List<HolidayRow> holidays = new ArrayList<>();

    public void addPeriod() {
        periods.add(new PeriodRow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)));
    }

    public void removePeriod(PeriodRow row) {
        periods.remove(row);
    }

    public void addHoliday() {
        holidays.add(new HolidayRow(null, null));
    }

    public void removeHoliday(HolidayRow row) {
        holidays.remove(row);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isOrganisationDefault() {
        return organisationDefault;
    }

    public void setOrganisationDefault(boolean organisationDefault) {
        this.organisationDefault = organisationDefault;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public List<HolidayRow> getHolidays() {
        return holidays;
    }

    /** One working period being edited. */
    public static class PeriodRow implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull
        private DayOfWeek day;
        @NotNull
        private LocalTime start;
        @NotNull
        private LocalTime end;

        public PeriodRow(DayOfWeek day, LocalTime start, LocalTime end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }
    }

    /** One holiday being edited. */
    public static class HolidayRow implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull
        @PlausibleDate
        private LocalDate date;
        @NotBlank
        @Size(max = 100)
        private String name;

        public HolidayRow(LocalDate date, String name) {
            this.date = date;
            this.name = name;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
