package org.servicepact.notification.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person wrote in a reply, without what their mail program added: the quoted mail ("&gt; …" lines, and
 * everything from the line that introduces it on), their signature (from "-- ") and the line a phone or a mail app
 * adds at the end ("Sent from my iPhone", "Von meinem iPhone gesendet", "Sent from Mail for Windows", "Get Outlook for
 * Android"). The line that introduces a quote is one of "On … wrote:" or "Am … schrieb …:" with a date (also when the
 * program broke it over two lines, as Gmail does with a long one), "-----Original Message-----", or Outlook's header
 * block ("From:" or "Von:" followed by "Sent:", "Gesendet:" and the like, under a line of underscores or not).
 */
public final class ReplyText {

    private static final int ANY_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SEPARATOR = Pattern.compile("-{2,} ?(Original Message|Ursprüngliche Nachricht) ?-{2,}", ANY_CASE);
    private static final Pattern HEADER_FROM = Pattern.compile("(From|Von): .+", ANY_CASE);
    private static final Pattern HEADER_NEXT = Pattern.compile("(Sent|Date|To|Subject|Gesendet|Datum|An|Betreff): .*", ANY_CASE);
    private static final Pattern RULE = Pattern.compile("_{10,}");
    private static final String WROTE = " wrote:";
    private static final Pattern SCHRIEB = Pattern.compile(" schrieb ", ANY_CASE | Pattern.LITERAL);
    private static final int LONGEST_INTRODUCTION = 500;
    private static final String DEVICE = "[\\p{L}\\p{N} '’-]{1,40}";
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile("(Sent from my " + DEVICE + "|Von meinem " + DEVICE + " gesendet"
            + "|Sent from (Mail|Outlook) for " + DEVICE + "|Gesendet von (Mail|Outlook) für " + DEVICE
            + "|Get Outlook for (iOS|Android)|Outlook für (iOS|Android) beziehen)\\.?", ANY_CASE | Pattern.UNICODE_CHARACTER_CLASS);

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
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (line.equals("-- ") || trimmed.equals("--") || introducesTheQuote(trimmed, next)) {
                break;
            }
            if (!leaveOutQuotedLines || !isQuoted(trimmed)) {
                written.append(line.stripTrailing()).append('\n');
            }
        }
        return withoutMobileSignature(written.toString().strip());
    }

    /**
     * A line as mail programs quote one: "&gt; " before it, "&gt;&gt;" for a quote in a quote, or "&gt;" alone for a
     * quoted empty line. A line the writer began with "&gt;" and no space ("&gt;2 hours", "&gt;=3 screens") is theirs.
     */
    private static boolean isQuoted(String trimmed) {
        return trimmed.startsWith(">") && (trimmed.length() == 1 || trimmed.charAt(1) == '>' || Character.isWhitespace(trimmed.charAt(1)));
    }

    /** The text without the line a phone's mail program adds at its end ("Sent from my iPhone"), if it ends so. */
    private static String withoutMobileSignature(String written) {
        int lastLine = written.lastIndexOf('\n') + 1;
        return MOBILE_SIGNATURE.matcher(written.substring(lastLine)).matches() ? written.substring(0, lastLine).strip() : written;
    }

    /**
     * "On … wrote:" or "Am … schrieb …:" with the date of the mail it quotes (read without a regular expression, so
     * that no line costs more than its length); "Am Montag schrieb ich:" is the writer's own.
     */
    private static boolean isAttribution(String line) {
        if (line.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        if (startsWith(line, "On ")) {
            return line.length() >= "On x".length() + WROTE.length()
                    && line.regionMatches(true, line.length() - WROTE.length(), WROTE, 0, WROTE.length());
        }
        Matcher schrieb = SCHRIEB.matcher(line);
        return startsWith(line, "Am ") && line.endsWith(":") && schrieb.find("Am x".length())
                && schrieb.end() < line.length() - 1;
    }

    private static boolean startsWith(String line, String prefix) {
        return line.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Whether a line (with the one after it) introduces the quote; lines longer than any such are not looked at. */
    private static boolean introducesTheQuote(String line, String next) {
        if (line.length() > LONGEST_INTRODUCTION) {
            return false;
        }
        return SEPARATOR.matcher(line).matches()
                || isAttribution(line)
                || next.length() <= LONGEST_INTRODUCTION && (startsWith(line, "On ") || startsWith(line, "Am "))
                        && isAttribution(line + " " + next)
                || HEADER_FROM.matcher(line).matches() && HEADER_NEXT.matcher(next).matches()
                || RULE.matcher(line).matches() && HEADER_FROM.matcher(next).matches();
    }
}
