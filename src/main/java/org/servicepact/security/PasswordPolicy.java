package org.servicepact.security;

import org.servicepact.platform.rules.RuleViolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a new password of a local account must be, in the spirit of NIST SP 800-63B: long enough (at least
 * {@value #MINIMUM_LENGTH} characters, counted as people count them), not one of the most common passwords (the
 * list shipped with the portal, compared in lower case), and not containing the username. No rules about
 * character classes and no expiry: they make passwords worse, not better. Each refusal says why.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    /** The field a refusal names: the new-password input of the forms that set one. */
    public static final String FIELD = "newPassword";

    /** Longer passwords are refused rather than cut: a pass phrase fits, a pasted file does not. */
    public static final int MAXIMUM_LENGTH = 256;

    /** A username shorter than this is too likely to appear by chance to be refused inside a password. */
    private static final int SHORTEST_USERNAME_CHECKED = 3;

    private static final String SHIPPED_LIST = "/org/servicepact/security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the list of common passwords shipped with the portal. */
    public static PasswordPolicy shipped() {
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(SHIPPED_LIST), SHIPPED_LIST);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> common = new HashSet<>();
            lines.lines().filter(line -> !line.isBlank()).forEach(line -> common.add(line.strip()));
            return new PasswordPolicy(common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many common passwords the policy refuses. */
    public int commonPasswords() {
        return common.size();
    }

    /** Refuses a password that breaks the policy for the account {@code username}, saying why (beside {@link #FIELD}). */
    public void check(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            throw new RuleViolation(FIELD, "password.tooShort", MINIMUM_LENGTH);
        }
        if (length > MAXIMUM_LENGTH) {
            throw new RuleViolation(FIELD, "password.tooLong", MAXIMUM_LENGTH);
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (common.contains(lowerCase)) {
            throw new RuleViolation(FIELD, "password.common");
        }
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (user.length() >= SHORTEST_USERNAME_CHECKED && lowerCase.contains(user)) {
            throw new RuleViolation(FIELD, "password.containsUsername");
        }
    }
}
