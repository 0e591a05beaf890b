package org.servicepact.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.feedback.application.FeedbackDue;
import org.servicepact.feedback.application.LetterDirectory;
import org.servicepact.feedback.application.LetterRow;
import org.servicepact.feedback.application.Ratings;
import org.servicepact.platform.web.PagedListModel;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** My feedback: the ratings I still owe, and the letters to me, by me, about me and about my department. */
@Named
@ViewScoped
public class FeedbackHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ratings ratings;

    @Inject
    LetterDirectory directory;

    @Inject
    CurrentUser currentUser;

    private List<FeedbackDue> toGive;
    private Long lettersWaiting;
    private final Map<LetterDirectory.Scope, PagedListModel<LetterRow>> letterLists = new EnumMap<>(LetterDirectory.Scope.class);

    public List<FeedbackDue> getToGive() {
        if (toGive == null) {
            toGive = ratings.toGive(currentUser.getUsername());
        }
        return toGive;
    }

    public long getLettersWaiting() {
        if (lettersWaiting == null) {
            lettersWaiting = directory.waitingFor(currentUser.getUsername());
        }
        return lettersWaiting;
    }

    /** The letters of one scope, by its name (TO_ME, WRITTEN, ABOUT_ME, ABOUT_MY_DEPARTMENT). */
    public PagedListModel<LetterRow> letters(String scope) {
        return letterLists.computeIfAbsent(LetterDirectory.Scope.valueOf(scope), s -> new PagedListModel<>(
                LetterDirectory.source(directory, s, currentUser.getUsername()), LetterRow::id));
    }
}
