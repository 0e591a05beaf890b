package org.servicepact.notification.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of a mail written in HTML only, as its reader sees it: every character reference decoded ({@code &uuml;},
 * {@code &#8217;}), the page's styles and scripts left out, a line for each line break and block, and the mail it
 * quotes ({@code <blockquote>}) left out, as {@link ReplyText} leaves out "&gt;" lines. Parsed by jsoup, which reads
 * the HTML mail programs write as a browser would.
 */
public final class HtmlText {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private HtmlText() {
    }

    public static String of(String html) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new Lines(text), Jsoup.parse(html).body());
        StringBuilder lines = new StringBuilder();
        for (String line : text.toString().replace(NO_BREAK_SPACE, ' ').split("\n", -1)) {
            lines.append(line.strip()).append('\n');
        }
        return lines.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Writes the text of the nodes it visits, breaking lines where a browser would. */
    private static final class Lines implements NodeFilter {
        private final StringBuilder text;

        Lines(StringBuilder text) {
            this.text = text;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode words) {
                text.append(words.text());
            } else if (node instanceof Element element) {
                if (element.nameIs("blockquote")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.nameIs("br") || element.isBlock()) {
                    text.append('\n');
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                text.append(element.nameIs("p") ? "\n\n" : "\n");
            }
            return FilterResult.CONTINUE;
        }
    }
}
