package org.servicepact.insight.domain;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The raw counts of one direction of a tie — a provider serving a consumer — over some requests (a period,
 * a month): summed in SQL, merged here over months or over both directions, and turned into rates only
 * when shown, so no rate is ever averaged twice.
 *
 * @param requests                 requests submitted
 * @param resolved                 of them, resolved (or closed after a resolution)
 * @param firstTime                of those, resolved the first time
 * @param reopened                 of those, reopened at least once
 * @param providerMet              the provider's clocks met
 * @param providerBreached         the provider's clocks breached
 * @param consumerMet              the consumer's clocks met
 * @param consumerBreached         the consumer's clocks breached
 * @param providerWaitSeconds      business time the provider waited on the consumer (answers to questions)
 * @param consumerWaitSeconds      business time the consumer waited on the provider (until resolution)
 * @param escalationsAboutProvider escalations of the provider's failings
 * @param escalationsAboutConsumer escalations of the consumer's failings
 * @param ofProvider               the consumer's ratings of the provider
 * @param ofConsumer               the provider's ratings of the consumer
 */
public record TieFigures(long requests, long resolved, long firstTime, long reopened,
                         long providerMet, long providerBreached, long consumerMet, long consumerBreached,
                         long providerWaitSeconds, long consumerWaitSeconds,
                         long escalationsAboutProvider, long escalationsAboutConsumer,
                         RatingSums ofProvider, RatingSums ofConsumer) implements Serializable {

    public static final TieFigures NONE = new TieFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, RatingSums.NONE, RatingSums.NONE);

    public TieFigures plus(TieFigures o) {
        return new TieFigures(requests + o.requests, resolved + o.resolved, firstTime + o.firstTime, reopened + o.reopened,
                providerMet + o.providerMet, providerBreached + o.providerBreached, consumerMet + o.consumerMet,
                consumerBreached + o.consumerBreached, providerWaitSeconds + o.providerWaitSeconds,
                consumerWaitSeconds + o.consumerWaitSeconds, escalationsAboutProvider + o.escalationsAboutProvider,
                escalationsAboutConsumer + o.escalationsAboutConsumer, ofProvider.plus(o.ofProvider), ofConsumer.plus(o.ofConsumer));
    }

    /** The same figures with other ratings: those counted over the whole group rather than merged from parts. */
    public TieFigures withRatings(RatingSums ratingsOfProvider, RatingSums ratingsOfConsumer) {
        return new TieFigures(requests, resolved, firstTime, reopened, providerMet, providerBreached, consumerMet, consumerBreached,
                providerWaitSeconds, consumerWaitSeconds, escalationsAboutProvider, escalationsAboutConsumer, ratingsOfProvider,
                ratingsOfConsumer);
    }

    /** Share of the provider's settled or breached clocks that were met. */
    public OptionalDouble providerCompliance() {
        return share(providerMet, providerMet + providerBreached);
    }

    /** Share of the consumer's settled or breached clocks that were met. */
    public OptionalDouble consumerCompliance() {
        return share(consumerMet, consumerMet + consumerBreached);
    }

    public OptionalDouble firstTimeResolutionRate() {
        return share(firstTime, resolved);
    }

    public OptionalDouble reopenRate() {
        return share(reopened, resolved);
    }

    /** Escalations either way per request. */
    public OptionalDouble escalationRate() {
        return share(escalationsAboutProvider + escalationsAboutConsumer, requests);
    }

    public Optional<HealthScore> health() {
        return HealthScore.of(this);
    }

    static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
