package org.servicepact.organisation.domain;

import java.util.regex.Pattern;

/**
 * What the portal takes for an e-mail address, the same in forms (as {@code @Email(regexp = EmailAddress.PATTERN)})
 * and in the CSV import: a local part, {@code @}, and a domain with at least one dot ({@code a@b} is refused), at
 * most {@value #MAX_LENGTH} characters.
 */
public final class EmailAddress {

    public static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final int MAX_LENGTH = 254;

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && COMPILED.matcher(address).matches();
    }
}
