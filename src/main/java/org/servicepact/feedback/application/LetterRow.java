package org.servicepact.feedback.application;

import org.servicepact.feedback.domain.Letter;

import java.io.Serializable;
import java.time.Instant;

/** One line of a letter list. */
public record LetterRow(Long id, Letter.Kind kind, Letter.Status status, String subject, String aboutPersonName,
                        String aboutDepartmentName, String authorName, String addresseeName, Instant writtenAt) implements Serializable {

    static final String SELECT = "SELECT NEW org.servicepact.feedback.application.LetterRow(l.id, l.kind, l.status, l.subject,"
            + " e.fullName, d.name, w.fullName, t.fullName, l.writtenAt)";

    static final String FROM = " FROM Letter l JOIN l.aboutDepartment d JOIN l.author w JOIN l.addressee t LEFT JOIN l.aboutEmployee e";

    public String getNumber() {
        return "LET-" + id;
    }

    /** The person it is about, else the department. */
    public String getAboutName() {
        return aboutPersonName == null ? aboutDepartmentName : aboutPersonName + " (" + aboutDepartmentName + ")";
    }
}
