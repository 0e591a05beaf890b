package org.servicepact.notification.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FlowedTextTest {

    @Test
    void aLineEndingInASpaceGoesOnInTheNext() {
        assertEquals("The battery still drains within an hour, even after the update.\n\nLena",
                FlowedText.written("The battery still drains within an hour, \r\neven after the update.\r\n\r\nLena", false));
    }

    @Test
    void withDelSpTheSpaceAtTheBreakWasTheProgramsOwn() {
        assertEquals("Einwegflasche", FlowedText.written("Einweg \nflasche", true));
        assertEquals("Einweg flasche", FlowedText.written("Einweg \nflasche", false));
    }

    @Test
    void quotedLinesAreLeftOutAndALineOfAnotherDepthEndsAParagraph() {
        String flowed = "Yes, \nthe T14.\n\n> Which model \n> is it?\n>> older \nmine again\n-- \nLena Fischer";
        assertEquals("Yes, the T14.\n\nmine again\n-- \nLena Fischer", FlowedText.written(flowed, false));
    }

    @Test
    void aSpaceStuffedLineLosesTheStuffing() {
        assertEquals(">not a quote\n From here", FlowedText.written(" >not a quote\n  From here", false));
    }

    @Test
    void itThenReadsAsAReply() {
        String flowed = "reopen: the battery still \ndrains within an hour.\n\nOn Mon, 30 Nov 2026, ServicePact wrote:\n> Your \n> request";
        assertEquals("reopen: the battery still drains within an hour.", ReplyText.ofUnquoted(FlowedText.written(flowed, false)));
    }

    @Test
    void theWritersOwnGreaterThanIsNoQuote() {
        String flowed = " >5 minutes to boot, \nevery time.\n> Which model \n> is it?\n>> older\nLena";
        assertEquals(">5 minutes to boot, every time.\nLena", FlowedText.written(flowed, false));
        assertEquals("", ReplyText.of("> 5 minutes to boot"), "in text not flowed, a line quoted as mail programs quote is taken for a quote");
        assertEquals(">5 minutes to boot", ReplyText.of(">5 minutes to boot"), "but not one the writer began with \">\" and no space");
    }
}
