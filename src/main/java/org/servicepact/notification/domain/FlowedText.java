package org.servicepact.notification.domain;

/**
 * Plain text sent as {@code format=flowed} (RFC 3676), as Thunderbird and Apple Mail send it, put back into the lines
 * its writer typed: a line that ends in a space was broken by the mail program and goes on in the next line of the
 * same quote depth (with {@code DelSp=yes} that space was added and is taken out again); a space the program put
 * before a line ("space-stuffing") is taken out; the signature's "-- " is never joined. Otherwise a paragraph typed as
 * one line would reach the request's timeline broken every 72 characters.
 */
public final class FlowedText {

    private static final String SIGNATURE_SEPARATOR = "-- ";

    private FlowedText() {
    }

    /**
     * The lines its writer typed, without the mail they quote: flowed text marks a quote exactly ("&gt;" before any
     * stuffing), so a line the writer began with "&gt;" ("&gt;5 minutes") is theirs and stays.
     */
    public static String written(String text, boolean spaceAddedAtBreaks) {
        StringBuilder lines = new StringBuilder();
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            int depth = quoteDepth(line);
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1);
            }
            if (paragraph != null && depth != paragraphDepth) {
                append(lines, paragraphDepth, paragraph);
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder();
                paragraphDepth = depth;
            }
            boolean brokenByTheProgram = content.endsWith(" ") && !content.equals(SIGNATURE_SEPARATOR);
            paragraph.append(brokenByTheProgram && spaceAddedAtBreaks ? content.substring(0, content.length() - 1) : content);
            if (!brokenByTheProgram) {
                append(lines, depth, paragraph);
                paragraph = null;
            }
        }
        if (paragraph != null) {
            append(lines, paragraphDepth, paragraph);
        }
        return lines.toString();
    }

    private static int quoteDepth(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '>') {
            depth++;
        }
        return depth;
    }

    /** Adds a line the writer typed; a quoted one ({@code depth} above 0) is left out. */
    private static void append(StringBuilder lines, int depth, CharSequence line) {
        if (depth > 0) {
            return;
        }
        if (!lines.isEmpty()) {
            lines.append('\n');
        }
        lines.append(line);
    }
}
