package org.servicepact.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.insight.application.TieMonthRollup;

/** Whether the report figures are still being summed for the first time, so a report can say so instead of showing nothing. */
@Named
@RequestScoped
public class FiguresState {

    @Inject
    TieMonthRollup rollup;

    private Boolean summing;

    public boolean isSumming() {
        if (summing == null) {
            summing = rollup.isMissing();
        }
        return summing;
    }
}
