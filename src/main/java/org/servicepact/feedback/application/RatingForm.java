package org.servicepact.feedback.application;

import jakarta.validation.constraints.Size;
import org.servicepact.feedback.domain.Rating;
import org.servicepact.feedback.domain.Principle;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** One side's rating of the other: a score from 1 to 5 per principle of that side, and a comment. */
public class RatingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Principle, Integer> scores = new EnumMap<>(Principle.class);
    @Size(max = Rating.COMMENT_MAX)
    private String comment;

    public Map<Principle, Integer> scores() {
        return Map.copyOf(scores);
    }

    public RatingForm score(Principle principle, Integer score) {
        if (score == null || score == 0) {
            scores.remove(principle);
        } else {
            scores.put(principle, score);
        }
        return this;
    }

    public Integer getRespect() {
        return scores.get(Principle.RESPECT);
    }

    public void setRespect(Integer score) {
        score(Principle.RESPECT, score);
    }

    public Integer getHelpfulness() {
        return scores.get(Principle.HELPFULNESS);
    }

    public void setHelpfulness(Integer score) {
        score(Principle.HELPFULNESS, score);
    }

    public Integer getIntegrity() {
        return scores.get(Principle.INTEGRITY);
    }

    public void setIntegrity(Integer score) {
        score(Principle.INTEGRITY, score);
    }

    public Integer getWorkmanship() {
        return scores.get(Principle.WORKMANSHIP);
    }

    public void setWorkmanship(Integer score) {
        score(Principle.WORKMANSHIP, score);
    }

    public Integer getClarity() {
        return scores.get(Principle.CLARITY);
    }

    public void setClarity(Integer score) {
        score(Principle.CLARITY, score);
    }

    public Integer getResponsiveness() {
        return scores.get(Principle.RESPONSIVENESS);
    }

    public void setResponsiveness(Integer score) {
        score(Principle.RESPONSIVENESS, score);
    }

    public Integer getFairness() {
        return scores.get(Principle.FAIRNESS);
    }

    public void setFairness(Integer score) {
        score(Principle.FAIRNESS, score);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
