package org.servicepact.notification.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.notification.domain.ResolutionReply.Kind;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResolutionReplyTest {

    @Test
    void confirmedInEitherLanguageWithThePunctuationPeopleAdd() {
        for (String written : new String[] {"confirm", "Confirmed!", "CONFIRM.", "bestätigen", "Bestätigt.", "confirm\n\nThanks, Lena"}) {
            assertEquals(new ResolutionReply(Kind.CONFIRM, ""), ResolutionReply.of(written), written);
        }
    }

    @Test
    void reopenedWithWhatIsStillWrong() {
        assertEquals(new ResolutionReply(Kind.REOPEN, "the battery still drains."), ResolutionReply.of("reopen: the battery still drains."));
        assertEquals(new ResolutionReply(Kind.REOPEN, "der Akku hält\nnur eine Stunde."),
                ResolutionReply.of("Wieder öffnen:\nder Akku hält\nnur eine Stunde."));
        assertEquals(new ResolutionReply(Kind.REOPEN, "still slow"), ResolutionReply.of("Re-open - still slow"));
        assertEquals(new ResolutionReply(Kind.REOPEN, ""), ResolutionReply.of("reopen:"));
    }

    @Test
    void aWordThatOnlyBeginsLikeOneIsNeither() {
        assertEquals(Kind.UNCLEAR, ResolutionReply.of("reopening it is not needed").kind());
        assertEquals(Kind.UNCLEAR, ResolutionReply.of("confirmation follows").kind());
        assertEquals(Kind.UNCLEAR, ResolutionReply.of("Thanks! confirm").kind());
        assertEquals(Kind.UNCLEAR, ResolutionReply.of("").kind());
    }
}
