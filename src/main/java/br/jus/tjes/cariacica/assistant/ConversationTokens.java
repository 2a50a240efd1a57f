package br.jus.tjes.cariacica.assistant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable conversation tokens (256 random bits); only their SHA-256 is stored. */
final class ConversationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConversationTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is always available", ex);
        }
    }

    /** Constant-time, so the comparison leaks nothing about the stored hash. */
    static boolean matches(String token, String storedHash) {
        if (!isWellFormed(token)) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Whether a token is worth hashing at all (present and not absurdly long).
     * @param token the token as sent
     * @return whether it could be a token
     */
    static boolean isWellFormed(String token) {
        return token != null && !token.isEmpty() && token.length() <= 200;
    }

}
