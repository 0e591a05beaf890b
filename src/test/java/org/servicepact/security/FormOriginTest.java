package org.servicepact.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormOriginTest {

    @Test
    void aPostFromThePortalsOwnPageIsNotForeign() {
        assertFalse(FormOrigin.isForeign("same-origin", "http://localhost:8080", "localhost:8080"));
        assertFalse(FormOrigin.isForeign(null, "https://portal.example.org", "portal.example.org"), "TLS ended at the load balancer");
        assertFalse(FormOrigin.isForeign(null, null, "localhost:8080"), "a client that names no origin");
    }

    @Test
    void aPostFromAnotherSiteIsForeign() {
        assertTrue(FormOrigin.isForeign("cross-site", null, "localhost:8080"));
        assertTrue(FormOrigin.isForeign(null, "https://evil.example", "portal.example.org"));
        assertTrue(FormOrigin.isForeign(null, "http://localhost:9999", "localhost:8080"), "another port is another origin");
        assertTrue(FormOrigin.isForeign(null, "null", "localhost:8080"), "a sandboxed frame or a file");
    }
}
