package org.servicepact.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.servicepact.agreement.domain.Side;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Party;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.PeerRequest;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one side of a resolved request thought of the other: four principles scored 1 to 5 and a comment.
 * The requester rates the provider (and its assignee); the assignee rates the requester (and the consuming
 * department). One rating per side per request, given while the rating window is open; never changed.
 */
@Entity
@Table(name = "rating")
public class Rating {

    public static final int COMMENT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "rating_seq", sequenceName = "rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private PeerRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "rated_side", nullable = false, length = 10)
    private Side ratedSide;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rater_id")
    private Employee rater;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rated_employee_id")
    private Employee ratedEmployee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rater_party_id")
    private Party raterParty;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rated_party_id")
    private Party ratedParty;

    private Integer respect;
    private Integer helpfulness;
    private Integer integrity;
    private Integer workmanship;
    private Integer clarity;
    private Integer responsiveness;
    private Integer fairness;

    @Column(length = COMMENT_MAX)
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @Version
    private long version;

    protected Rating() {
        // for JPA
    }

    /**
     * Rates one side of a resolved request. The requester rates the provider, the assignee rates the requester,
     * while the rating window is open; every principle of that side needs a score from 1 to 5,
     * and a score of a principle the other side is rated on is refused rather than dropped.
     */
    public Rating(PeerRequest request, Side ratedSide, Employee rater, Map<Principle, Integer> scores, String comment,
                  Instant at) {
        if (!new RatingWindow(request.getFigures().ratingClosesAt()).isOpenAt(at)) {
            throw RuleViolation.ofForm(request.getFigures().resolvedAt() == null ? "rating.notResolved" : "rating.windowClosed");
        }
        Employee expectedRater = ratedSide == Side.PROVIDER ? request.getRequester() : request.getAssignee();
        if (!rater.equals(expectedRater)) {
            throw RuleViolation.ofForm("rating.notYours");
        }
        this.request = request;
        this.ratedSide = ratedSide;
        this.rater = rater;
        this.ratedEmployee = ratedSide == Side.PROVIDER ? request.getAssignee() : request.getRequester();
        this.raterParty = ratedSide == Side.PROVIDER ? request.getConsumer() : request.getProvider();
        this.ratedParty = ratedSide == Side.PROVIDER ? request.getProvider() : request.getConsumer();
        for (Principle given : scores.keySet()) {
            if (!Principle.ratedFor(ratedSide).contains(given)) {
                throw new RuleViolation(given.field(), "rating.score.notRated." + ratedSide);
            }
        }
        for (Principle principle : Principle.ratedFor(ratedSide)) {
            score(principle, scoreOf(scores, principle));
        }
        this.comment = comment == null || comment.isBlank() ? null : checkedComment(comment.strip());
        this.ratedAt = at;
    }

    private static int scoreOf(Map<Principle, Integer> scores, Principle principle) {
        Integer score = scores.get(principle);
        String field = principle.field();
        if (score == null) {
            throw new RuleViolation(field, "rating.score.required");
        }
        if (score < Principle.LOWEST || score > Principle.HIGHEST) {
            throw new RuleViolation(field, "rating.score.range", Principle.LOWEST, Principle.HIGHEST);
        }
        return score;
    }

    private static String checkedComment(String comment) {
        if (comment.length() > COMMENT_MAX) {
            throw new RuleViolation("comment", "request.text.tooLong", COMMENT_MAX);
        }
        return comment;
    }

    private void score(Principle principle, int score) {
        switch (principle) {
            case RESPECT -> respect = score;
            case HELPFULNESS -> helpfulness = score;
            case INTEGRITY -> integrity = score;
            case WORKMANSHIP -> workmanship = score;
            case CLARITY -> clarity = score;
            case RESPONSIVENESS -> responsiveness = score;
            case FAIRNESS -> fairness = score;
        }
    }

    /** The scores this rating gives, in the order of {@link Principle#ratedFor(Side)}. */
    public Map<Principle, Integer> scores() {
        Map<Principle, Integer> scores = new EnumMap<>(Principle.class);
        Principle.ratedFor(ratedSide).forEach(p -> scores.put(p, scoreFor(p)));
        return scores;
    }

    private Integer scoreFor(Principle principle) {
        return switch (principle) {
            case RESPECT -> respect;
            case HELPFULNESS -> helpfulness;
            case INTEGRITY -> integrity;
            case WORKMANSHIP -> workmanship;
            case CLARITY -> clarity;
            case RESPONSIVENESS -> responsiveness;
            case FAIRNESS -> fairness;
        };
    }

    public Long getId() {
        return id;
    }

    public PeerRequest getRequest() {
        return request;
    }

    public Side getRatedSide() {
        return ratedSide;
    }

    public Employee getRater() {
        return rater;
    }

    public Employee getRatedEmployee() {
        return ratedEmployee;
    }

    public Party getRatedParty() {
        return ratedParty;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
