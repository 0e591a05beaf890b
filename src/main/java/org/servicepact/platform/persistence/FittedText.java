package org.servicepact.platform.persistence;

/**
 * Text the portal itself stores from what someone typed, where refusing it is no answer (a username tried at the
 * sign-in, written to the throttle and the audit trail): control characters become '?', so that it stays
 * readable and PostgreSQL takes it (it refuses a NUL even as a parameter), and it is cut to its column, never
 * through a character, with {@code cutMark} showing where.
 */
public final class FittedText {

    private FittedText() {
    }

    public static String of(String text, int longest, String cutMark) {
        if (text == null) {
            return null;
        }
        int room = text.length() <= longest ? longest : longest - cutMark.length();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (kept.length() + Character.charCount(c) > room) {
                return kept.append(cutMark).toString();
            }
            kept.appendCodePoint(Character.isISOControl(c) ? '?' : c);
            i += Character.charCount(c);
        }
        return kept.toString();
    }
}
