package org.servicepact.platform.audit;

/** What goes into the trail stays readable and fits its column: control characters become '?', and a cut shows. */
final class AuditText {

    private static final String CUT = "…";

    private AuditText() {
    }

    static String storable(String text, int longest) {
        if (text == null) {
            return null;
        }
        int room = text.length() <= longest ? longest : longest - CUT.length();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (kept.length() + Character.charCount(c) > room) {
                return kept.append(CUT).toString();
            }
            kept.appendCodePoint(Character.isISOControl(c) ? '?' : c);
            i += Character.charCount(c);
        }
        return kept.toString();
    }
}
