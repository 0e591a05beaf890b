package org.servicepact.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a personal access token: "sp_" and 256 random bits (base64url), shown to its holder once. The
 * portal keeps its SHA-256: the secret is too random to guess, so a fast hash is enough, and finding a token
 * by it is one indexed lookup.
 */
public record TokenSecret(String value) {

    static final String PREFIX = "sp_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TokenSecret generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Whether a presented text could be a token at all (so that nonsense costs no lookup). */
    static boolean looksLikeOne(String text) {
        return text != null && text.startsWith(PREFIX) && text.length() == PREFIX.length() + 43
                && text.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }

    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The last four characters, for recognising a token in a list. */
    String hint() {
        return "…" + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return "TokenSecret" + hint(); // never the secret in a log
    }
}
