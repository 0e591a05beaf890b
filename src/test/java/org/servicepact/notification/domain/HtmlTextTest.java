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
    void listItemsKeepTheirBulletsAndNumbers() {
        assertEquals("Steps:\n\n1. Open the lid.\n2. Press F2.\n\nBring:\n\n- the charger\n- the bag",
                HtmlText.of("<p>Steps:</p><ol><li>Open the lid.</li><li>Press <b>F2</b>.</li></ol>"
                        + "<p>Bring:</p><ul><li>the charger<li>the bag</ul>"));
        assertEquals("3. third\n4. fourth", HtmlText.of("<ol start=\"3\"><li>third</li><li>fourth</li></ol>"));
        assertEquals("1. first", HtmlText.of("<ol start=\"many\"><li>first</li></ol>"));
    }

    @Test
    void aLinkKeepsItsAddressWhenItsWordsDoNotSayIt() {
        assertEquals("See the form (https://intranet.example.org/forms/7) or write to Tom (tom@example.org).",
                HtmlText.of("<p>See <a href=\"https://intranet.example.org/forms/7\">the form</a> or write to "
                        + "<a href=\"mailto:tom@example.org\">Tom</a>.</p>"));
        assertEquals("Go to www.example.org or tom@example.org, press here.",
                HtmlText.of("Go to <a href=\"http://www.example.org/\">www.example.org</a> or "
                        + "<a href=\"MAILTO:tom@example.org\">tom@example.org</a>, press <a href=\"javascript:x()\">here</a>."));
    }

    @Test
    void germanOutlooksHeaderBlockStaysForReplyTextToStopAt() {
        String outlook = "<div class=WordSection1><p class=MsoNormal>Ja, im dritten Stock.<o:p></o:p></p>"
                + "<div style='border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>Von:</b> ServicePact &lt;portal@example.org&gt;"
                + "<br><b>Gesendet:</b> Montag, 30. November 2026 09:00<br><b>An:</b> Lena Fischer</p></div>"
                + "<p class=MsoNormal>Welcher Stock?</p></div>";
        assertEquals("Ja, im dritten Stock.", ReplyText.of(HtmlText.of(outlook)));
    }

    @Test
    void markupAloneIsNoText() {
        assertEquals("", HtmlText.of("<html><head><title>Re: a question</title></head><body><br><div></div></body></html>"));
        assertEquals("<b>not closed", HtmlText.of("&lt;b&gt;not closed"));
    }
}
