package org.servicepact.feedback.domain;

import org.servicepact.agreement.domain.Side;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one side rates the other on, 1 to 5. The requester rates the provider on respect, helpfulness,
 * integrity and workmanship; the provider rates the requester on respect, clarity of the request,
 * responsiveness and fairness of expectations.
 */
public enum Principle {
    RESPECT(Side.PROVIDER, Side.CONSUMER),
    HELPFULNESS(Side.PROVIDER),
    INTEGRITY(Side.PROVIDER),
    WORKMANSHIP(Side.PROVIDER),
    CLARITY(Side.CONSUMER),
    RESPONSIVENESS(Side.CONSUMER),
    FAIRNESS(Side.CONSUMER);

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private final List<Side> rated;

    Principle(Side... rated) {
        this.rated = List.of(rated);
    }

    /** The name of its score in the rating form and the API's body: {@code respect}, {@code clarity}… */
    public String field() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The four principles a side is rated on, in the order the form asks them; none for no side. */
    public static List<Principle> ratedFor(Side side) {
        return side == null ? List.of() : Arrays.stream(values()).filter(p -> p.rated.contains(side)).toList();
    }
}
