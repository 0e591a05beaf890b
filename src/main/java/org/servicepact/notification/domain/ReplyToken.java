package org.servicepact.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The token in a reply address: 128 random bits as 32 lower-case hex digits (mail servers may change the case of an
 * address, never its digits). The portal keeps only its SHA-256 ({@link MailReply}).
 */
public record ReplyToken(String value) {

    private static final int RANDOM_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ReplyToken generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return new ReplyToken(HexFormat.of().formatHex(random));
    }

    /** Whether a text could be a token at all (so that nonsense costs no lookup). */
    public boolean isWellFormed() {
        return value.length() == RANDOM_BYTES * 2 && value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ReplyToken[…]"; // never the token in a log
    }
}
