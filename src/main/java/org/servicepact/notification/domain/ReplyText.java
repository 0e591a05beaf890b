package org.servicepact.notification.domain;

import java.util.regex.Pattern;

/**
 * What a person wrote in a reply, without what their mail program added: the quoted mail ("&gt; …" lines and
 * everything from an "On … wrote:" or "-----Original Message-----" line on) and their signature (from "-- ").
 */
public final class ReplyText {

    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(On .+ wrote:|Am .+ schrieb .+:|-{2,} ?Original Message ?-{2,}|-{2,} ?Ursprüngliche Nachricht ?-{2,}|From: .+)$",
            Pattern.CASE_INSENSITIVE);

    private ReplyText() {
    }

    public static String of(String body) {
        return of(body, true);
    }

    /**
     * The same for a text whose quoted lines were already left out (flowed text marks them exactly), in which a line
     * beginning with "&gt;" is the writer's.
     */
    public static String ofUnquoted(String body) {
        return of(body, false);
    }

    private static String of(String body, boolean leaveOutQuotedLines) {
        StringBuilder written = new StringBuilder();
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String trimmed = line.strip();
            if (QUOTE_HEADER.matcher(trimmed).matches() || line.equals("-- ") || trimmed.equals("--")) {
                break;
            }
            if (!leaveOutQuotedLines || !trimmed.startsWith(">")) {
                written.append(line.stripTrailing()).append('\n');
            }
        }
        return written.toString().strip();
    }
}
