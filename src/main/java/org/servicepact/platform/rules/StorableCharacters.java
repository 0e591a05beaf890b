package org.servicepact.platform.rules;

/**
 * The characters a text must not hold to be stored as it was given: a NUL ({@code \u0000}), which PostgreSQL keeps
 * nowhere, and half of a UTF-16 surrogate pair, which no database can encode (PostgreSQL's driver writes a {@code ?}
 * in its place, H2 keeps what no page can show). A browser never sends either; an API call or a hand-made post can.
 */
public final class StorableCharacters {

    private StorableCharacters() {
    }

    /** The message key that refuses the text, or null when every character of it can be stored. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "text.nul";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "text.halfPair";
            }
        }
        return null;
    }
}
