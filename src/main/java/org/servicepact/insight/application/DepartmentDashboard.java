package org.servicepact.insight.application;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.insight.domain.TieFigures;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A department's dashboard both ways: as provider (what is open, at risk and breached now; compliance per
 * commitment; quality; trend) and as consumer (what it owes others now; its own compliance; how providers rate
 * it); its ties; the agreements due for review or expiring.
 *
 * @param asProvider          the requests others made of the department, in the period
 * @param asConsumer          the requests the department made of others, in the period
 * @param providerByMeasure   the department's clocks as provider per commitment: {met, breached}
 * @param consumerByMeasure   its clocks as consumer per commitment: {met, breached}
 * @param monthsAsProvider    the provider figures per month of the period
 * @param ties                every direction of a tie the department is in, with its figures
 */
public record DepartmentDashboard(long departmentId, String departmentName, Period period, LiveQueue live,
                                  TieFigures asProvider, TieFigures asConsumer, Map<Measure, long[]> providerByMeasure,
                                  Map<Measure, long[]> consumerByMeasure, List<MonthFigures> monthsAsProvider,
                                  List<TieRow> ties, List<OwedNow> owedNow, List<AgreementDue> agreementsDue) implements Serializable {

    /** The department's open requests as provider right now. */
    public record LiveQueue(long open, long atRisk, long breached) implements Serializable {
    }
}
