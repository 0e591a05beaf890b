package org.servicepact.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/requests/view.xhtml?id=12", "/insight/culture.xhtml?from=2026-01&to=2026-06", "/", "/admin/employees.xhtml"})
    void aPathOfThePortalIsKept(String path) {
        assertEquals(path, ReturnPath.of(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "requests/view.xhtml",
            "javascript:alert(1)", "/requests\r\nSet-Cookie: x=1", "/a\\b", "/tab\there"})
    void anythingElseLeadsHome(String requested) {
        assertEquals("/", ReturnPath.of(requested));
    }

    @Test
    void anAbsurdlyLongPathLeadsHome() {
        assertEquals("/", ReturnPath.of("/" + "a".repeat(3000)));
    }
}
