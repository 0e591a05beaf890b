package org.servicepact.feedback.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.Side;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestFixture;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Who rates whom, on what, and when. */
class RatingTest {

    private static final Instant T0 = RequestFixture.T0;
    private final RequestFixture fixture = new RequestFixture();
    private final Map<Principle, Integer> ofProvider = Map.of(Principle.RESPECT, 5, Principle.HELPFULNESS, 4,
            Principle.INTEGRITY, 5, Principle.WORKMANSHIP, 3);
    private final Map<Principle, Integer> ofRequester = Map.of(Principle.RESPECT, 4, Principle.CLARITY, 2,
            Principle.RESPONSIVENESS, 3, Principle.FAIRNESS, 5);

    private PeerRequest resolved() {
        PeerRequest request = fixture.logged();
        request.acknowledge(fixture.priya, T0.plusSeconds(600));
        request.resolve(fixture.priya, "New battery", T0.plusSeconds(3600));
        request.recountFigures(List.of(), ZoneOffset.UTC, 1);
        return request;
    }

    @Test
    void theRequesterRatesTheProviderAndTheAssigneeRatesTheRequester() {
        PeerRequest request = resolved();
        Rating ofIt = new Rating(request, Side.PROVIDER, fixture.lena, ofProvider, "Thanks", T0.plus(Duration.ofDays(1)));
        Rating ofLena = new Rating(request, Side.CONSUMER, fixture.priya, ofRequester, null, T0.plus(Duration.ofDays(2)));

        assertEquals(fixture.it, ofIt.getRatedParty());
        assertEquals(fixture.priya, ofIt.getRatedEmployee());
        assertEquals(ofProvider, ofIt.scores());
        assertEquals(fixture.finance, ofLena.getRatedParty());
        assertEquals(fixture.lena, ofLena.getRatedEmployee());
        assertEquals(ofRequester, ofLena.scores());
    }

    @Test
    void nobodyElseRatesAndNobodyRatesTheWrongSide() {
        PeerRequest request = resolved();
        Instant at = T0.plus(Duration.ofDays(1));
        assertEquals("rating.notYours", assertThrows(RuleViolation.class,
                () -> new Rating(request, Side.PROVIDER, fixture.oliver, ofProvider, null, at)).messageKey());
        assertEquals("rating.notYours", assertThrows(RuleViolation.class,
                () -> new Rating(request, Side.CONSUMER, fixture.lena, ofRequester, null, at)).messageKey());
    }

    @Test
    void everyPrincipleNeedsOneToFiveStars() {
        PeerRequest request = resolved();
        Instant at = T0.plus(Duration.ofDays(1));
        RuleViolation missing = assertThrows(RuleViolation.class, () -> new Rating(request, Side.PROVIDER, fixture.lena,
                Map.of(Principle.RESPECT, 5, Principle.HELPFULNESS, 4, Principle.INTEGRITY, 5), null, at));
        assertEquals("workmanship", missing.field());
        RuleViolation tooHigh = assertThrows(RuleViolation.class, () -> new Rating(request, Side.CONSUMER, fixture.priya,
                Map.of(Principle.RESPECT, 6, Principle.CLARITY, 2, Principle.RESPONSIVENESS, 3, Principle.FAIRNESS, 5), null, at));
        assertEquals("respect", tooHigh.field());
        assertEquals("rating.score.range", tooHigh.messageKey());
    }

    @Test
    void aScoreOfWhatTheOtherSideIsRatedOnIsRefusedNotDropped() {
        PeerRequest request = resolved();
        Instant at = T0.plus(Duration.ofDays(1));
        Map<Principle, Integer> withClarity = new EnumMap<>(ofProvider);
        withClarity.put(Principle.CLARITY, 4);
        RuleViolation ofTheRequester = assertThrows(RuleViolation.class,
                () -> new Rating(request, Side.PROVIDER, fixture.lena, withClarity, null, at));
        assertEquals("clarity", ofTheRequester.field());
        assertEquals("rating.score.notRated.PROVIDER", ofTheRequester.messageKey());
        Map<Principle, Integer> withWorkmanship = new EnumMap<>(ofRequester);
        withWorkmanship.put(Principle.WORKMANSHIP, 4);
        assertEquals("workmanship", assertThrows(RuleViolation.class,
                () -> new Rating(request, Side.CONSUMER, fixture.priya, withWorkmanship, null, at)).field());
    }

    @Test
    void ratingWaitsForTheResolutionAndEndsWithTheWindow() {
        PeerRequest open = fixture.logged();
        open.recountFigures(List.of(), ZoneOffset.UTC, 1);
        assertEquals("rating.notResolved", assertThrows(RuleViolation.class,
                () -> new Rating(open, Side.PROVIDER, fixture.lena, ofProvider, null, T0.plusSeconds(60))).messageKey());
        PeerRequest request = resolved();
        Instant tenDaysAfterResolution = T0.plusSeconds(3600).plus(Duration.ofDays(10));
        assertEquals("rating.windowClosed", assertThrows(RuleViolation.class,
                () -> new Rating(request, Side.PROVIDER, fixture.lena, ofProvider, null, tenDaysAfterResolution)).messageKey());
    }
}
