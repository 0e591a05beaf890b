package org.servicepact.organisation.web;

import org.servicepact.organisation.application.OrganisationOverview.ChartPerson;

import java.io.Serializable;

/**
 * A row of a department's reporting lines: a person, or the last row of a level that says how many more people
 * are there than it shows ({@code person} is then null).
 */
public record ReportingRow(ChartPerson person, long notShown) implements Serializable {

    static ReportingRow of(ChartPerson person) {
        return new ReportingRow(person, 0);
    }

    static ReportingRow notShown(long count) {
        return new ReportingRow(null, count);
    }

    /** Whether the row has no line under it to open. */
    public boolean isLeaf() {
        return person == null || person.reports() == 0;
    }
}
