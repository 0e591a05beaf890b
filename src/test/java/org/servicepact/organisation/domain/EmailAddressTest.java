package org.servicepact.organisation.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule for e-mail addresses, which forms and the import share. */
class EmailAddressTest {

    @Test
    void anAddressNeedsADomainWithADot() {
        assertTrue(EmailAddress.isValid("lena.fischer@servicepact.example"));
        assertFalse(EmailAddress.isValid("a@b"), "the forms took this and the import refused it");
        assertFalse(EmailAddress.isValid("lena fischer@servicepact.example"));
        assertFalse(EmailAddress.isValid("lena@@servicepact.example"));
    }

    @Test
    void anAddressLongerThanItsColumnIsRefused() {
        String local = "x".repeat(EmailAddress.MAX_LENGTH - "@servicepact.example".length());
        assertTrue(EmailAddress.isValid(local + "@servicepact.example"));
        assertFalse(EmailAddress.isValid(local + "y@servicepact.example"));
    }
}
