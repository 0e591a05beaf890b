package org.servicepact.notification.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTextTest {

    @Test
    void characterReferencesAreDecoded() {
        assertEquals("Grüße, für „Sie“ – 20 € & <mehr> it’s",
                HtmlText.of("<p>Gr&uuml;&szlig;e, f&#252;r &bdquo;Sie&ldquo; &ndash; 20&nbsp;&euro; &amp; &lt;mehr&gt; it&#x2019;s</p>"));
    }

    @Test
    void linesBreakWhereTheReaderSawThem() {
        assertEquals("A T14,\nbought in 2023.\n\nThird floor.\n\nRoom 3.12",
                HtmlText.of("<div>A <b>T14</b>,<br>bought\n   in 2023.</div><p>Third floor.</p><div>Room 3.12</div>"));
    }

    @Test
    void stylesScriptsAndTheQuotedMailAreLeftOut() {
        String outlook = "<html><head><style>p.MsoNormal {margin:0cm; font-family:\"Calibri\"}</style>"
                + "<script>alert('x')</script></head><body><p class=MsoNormal>Black, please.</p>"
                + "<blockquote type=cite><p>Which colour?</p></blockquote></body></html>";
        assertEquals("Black, please.", HtmlText.of(outlook));
    }

    @Test
    void theLineThatIntroducesTheQuoteStaysForReplyTextToStopAt() {
        String gmail = "<div dir=ltr>Yes, the T14.</div><br><div class=gmail_quote><div class=gmail_attr>On Mon, 30 Nov 2026 "
                + "at 09:00 ServicePact &lt;portal@example.org&gt; wrote:<br></div><blockquote>A question</blockquote></div>";
        assertEquals("Yes, the T14.", ReplyText.of(HtmlText.of(gmail)));
    }

    @Test
    void markupAloneIsNoText() {
        assertEquals("", HtmlText.of("<html><head><title>Re: a question</title></head><body><br><div></div></body></html>"));
        assertEquals("<b>not closed", HtmlText.of("&lt;b&gt;not closed"));
    }
}
