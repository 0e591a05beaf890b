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
        StringBuilder written = new StringBuilder();
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String trimmed = line.strip();
            if (QUOTE_HEADER.matcher(trimmed).matches() || line.equals("-- ") || trimmed.equals("--")) {
                break;
            }
            if (!trimmed.startsWith(">")) {
                written.append(line.stripTrailing()).append('\n');
            }
        }
        return written.toString().strip();
    }
}
