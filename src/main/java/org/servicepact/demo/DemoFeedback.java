package org.servicepact.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.agreement.domain.Side;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.feedback.domain.Rating;
import org.servicepact.organisation.domain.Department;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.PeerRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ratings both ways on most resolved demo requests — kinder where the work went well the first time, harsher
 * after reopens and escalations — some still to give, and letters (compliments and complaints) in every
 * state, from a fixed random seed so every demo looks the same.
 */
@ApplicationScoped
public class DemoFeedback {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @PersistenceContext
    EntityManager em;

    public void seed(Instant now) {
        Random random = new Random(2027);
        List<PeerRequest> resolved = em.createQuery("SELECT r FROM PeerRequest r WHERE r.figures.resolvedAt IS NOT NULL ORDER BY r.id",
                PeerRequest.class).getResultList();
        int letters = 0;
        for (PeerRequest request : resolved) {
            boolean wentWell = Integer.valueOf(1).equals(request.getFigures().firstTimeResolution()) && request.getFigures().escalationCount() == 0;
            rateMaybe(request, Side.PROVIDER, wentWell, now, random);
            rateMaybe(request, Side.CONSUMER, wentWell || random.nextBoolean(), now, random);
            if (random.nextInt(9) == 0) {
                writeLetter(request, wentWell, now, random, letters++);
            }
        }
    }

    private void rateMaybe(PeerRequest request, Side rated, boolean wentWell, Instant now, Random random) {
        Instant at = request.getFigures().resolvedAt().plus(Duration.ofHours(2 + random.nextInt(100)));
        boolean recent = request.getFigures().ratingClosesAt().isAfter(now);
        if (at.isAfter(now) || !at.isBefore(request.getFigures().ratingClosesAt()) || random.nextInt(recent ? 2 : 6) == 0) {
            return;
        }
        Map<Principle, Integer> scores = new EnumMap<>(Principle.class);
        for (Principle principle : Principle.ratedFor(rated)) {
            scores.put(principle, wentWell ? 4 + random.nextInt(2) : 2 + random.nextInt(3));
        }
        String comment = wentWell ? "Quick, friendly and to the point." : "It took a while and a few rounds to get there.";
        em.persist(new Rating(request, rated, rated == Side.PROVIDER ? request.getRequester() : request.getAssignee(), scores,
                comment, at));
    }

    private void writeLetter(PeerRequest request, boolean wentWell, Instant now, Random random, int number) {
        Instant at = request.getFigures().resolvedAt().plus(Duration.ofHours(1 + random.nextInt(48)));
        if (at.isAfter(now)) {
            return;
        }
        Letter.Kind kind = wentWell ? Letter.Kind.COMPLIMENT : Letter.Kind.COMPLAINT;
        Letter letter;
        try {
            letter = number % 4 == 3 && request.getProvider() instanceof Department department
                    ? Letter.aboutDepartment(kind, request.getRequester(), department, request, subject(kind, request), body(kind), at, ZONE)
                    : Letter.aboutPerson(kind, request.getRequester(), request.getAssignee(), request, subject(kind, request), body(kind), at, ZONE);
        } catch (RuleViolation nobodyAbove) {
            return;
        }
        em.persist(letter);
        Instant acknowledged = at.plus(Duration.ofHours(4 + random.nextInt(72)));
        if (number % 5 == 4 || acknowledged.isAfter(now)) {
            return;
        }
        letter.acknowledge(letter.getAddressee(), kind == Letter.Kind.COMPLIMENT ? "Thank you, I have passed it on."
                : "Thank you for telling me; I am looking into it.", acknowledged);
        Instant closed = acknowledged.plus(Duration.ofDays(1 + random.nextInt(5)));
        if (kind == Letter.Kind.COMPLAINT && number % 3 != 0 && closed.isBefore(now)) {
            letter.close(letter.getAddressee(), "We went through it with the team and agreed how to avoid it next time.",
                    Letter.Outcome.values()[random.nextInt(Letter.Outcome.values().length)], closed);
        }
    }

    private static String subject(Letter.Kind kind, PeerRequest request) {
        return (kind == Letter.Kind.COMPLIMENT ? "Thank you for " : "Unhappy with ") + request.getNumber() + " · " + request.getTitle();
    }

    private static String body(Letter.Kind kind) {
        return kind == Letter.Kind.COMPLIMENT
                ? "Solved quickly and explained clearly; it made our week easier."
                : "We had to chase this several times and nobody told us what was happening.";
    }
}
