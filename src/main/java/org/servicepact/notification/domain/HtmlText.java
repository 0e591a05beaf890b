package org.servicepact.notification.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text of a mail written in HTML only, as its reader sees it: every character reference decoded ({@code &uuml;},
 * {@code &#8217;}), the page's styles and scripts left out, a line for each line break and block, an item of a list
 * with its bullet or number, a link's address after its words when they do not say it, and the mail it quotes
 * ({@code <blockquote>}) left out, as {@link ReplyText} leaves out "&gt;" lines. Parsed by jsoup, which reads the
 * HTML mail programs write as a browser would.
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
        /** The number the next item of each numbered list gets. */
        private final Map<Element, Integer> nextNumbers = new IdentityHashMap<>();

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
                if (element.nameIs("br")) {
                    text.append('\n');
                } else if (hasMargins(element)) {
                    blankLine();
                } else if (element.isBlock()) {
                    endLine();
                }
                if (element.nameIs("li")) {
                    text.append(marker(element));
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.nameIs("a")) {
                    text.append(address(element));
                }
                if (hasMargins(element)) {
                    blankLine();
                } else if (element.isBlock()) {
                    endLine();
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Paragraphs and lists stand apart from what is around them, as a browser shows them. */
        private static boolean hasMargins(Element element) {
            return element.nameIs("p") || element.nameIs("ul") || element.nameIs("ol");
        }

        private void endLine() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }

        private void blankLine() {
            endLine();
            if (!text.isEmpty() && (text.length() < 2 || text.charAt(text.length() - 2) != '\n')) {
                text.append('\n');
            }
        }

        /**
         * "1. " for the first item of a numbered list (or the number its {@code start} gives), "- " for any other item;
         * each list counts its own items as they come, so a long one costs no more than its length.
         */
        private String marker(Element item) {
            Element list = item.parent();
            if (list == null || !list.nameIs("ol")) {
                return "- ";
            }
            int number = nextNumbers.getOrDefault(list, startOf(list));
            nextNumbers.put(list, number + 1);
            return number + ". ";
        }
    }

    private static int startOf(Element list) {
        try {
            return Integer.parseInt(list.attr("start").strip());
        } catch (NumberFormatException noStart) {
            return 1;
        }
    }

    /** " (address)" after a link whose words do not say its address: a web page's or, without "mailto:", a mail's. */
    private static String address(Element link) {
        String href = link.attr("href").strip();
        String address = startsWithIgnoringCase(href, "mailto:") ? href.substring("mailto:".length())
                : startsWithIgnoringCase(href, "http://") || startsWithIgnoringCase(href, "https://") ? href : "";
        String words = link.text().strip();
        return address.isEmpty() || words.isEmpty() || bare(words).equals(bare(address)) ? "" : " (" + address + ")";
    }

    /** An address as its words may say it: without scheme, "www." or a closing slash, in lower case. */
    private static String bare(String address) {
        return address.toLowerCase(Locale.ROOT).replaceFirst("^(https?://|mailto:)?(www\\.)?", "").replaceFirst("/$", "");
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
