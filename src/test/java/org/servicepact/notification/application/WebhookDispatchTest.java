package org.servicepact.notification.application;

import org.junit.jupiter.api.Test;
import org.servicepact.notification.domain.Webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebhookDispatchTest {

    @Test
    void theSignatureIsHmacSha256OfTheBodyInHex() {
        // RFC 4231, test case 2
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookDispatch.signature("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void eventsHaveDottedNamesOnTheWire() {
        assertEquals("request.breached", Webhook.Event.REQUEST_BREACHED.wireName());
        assertEquals("agreement.in_force", Webhook.Event.AGREEMENT_IN_FORCE.wireName());
        assertEquals("test", Webhook.Event.TEST.wireName());
    }
}
