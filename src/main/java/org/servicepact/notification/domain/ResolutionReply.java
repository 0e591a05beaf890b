package org.servicepact.notification.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reply to "your request was resolved" asks for, in English or German, whichever the mail was written in:
 * "confirm" ("bestätigen"), or "reopen:" ("wieder öffnen:") and what is still wrong. Read from the first line, in any
 * case, with the punctuation people put after a word; a word that only begins like one ("reopening") is neither.
 *
 * @param kind   what the reply asks for
 * @param reason what is still wrong, for a reopen (empty when the reply gives none); empty otherwise
 */
public record ResolutionReply(Kind kind, String reason) {

    /** What a reply to a resolution can ask for. */
    public enum Kind { CONFIRM, REOPEN, UNCLEAR }

    private static final int ANY_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern CONFIRM = Pattern.compile("(confirm|confirmed|bestätigen|bestätigt|bestätige)[.!]*", ANY_CASE);
    private static final Pattern REOPEN = Pattern.compile("(reopen|re-open|wieder öffnen|wiedereröffnen)(?![\\p{L}\\p{N}])[\\s:.!-]*",
            ANY_CASE);

    public static ResolutionReply of(String written) {
        String text = written.strip();
        String firstLine = text.lines().findFirst().orElse("").strip();
        if (CONFIRM.matcher(firstLine).matches()) {
            return new ResolutionReply(Kind.CONFIRM, "");
        }
        Matcher reopen = REOPEN.matcher(text);
        if (reopen.lookingAt()) {
            return new ResolutionReply(Kind.REOPEN, text.substring(reopen.end()).strip());
        }
        return new ResolutionReply(Kind.UNCLEAR, "");
    }
}
