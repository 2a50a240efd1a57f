package br.jus.tjes.cariacica.assistant;

import java.time.Duration;

import org.springframework.stereotype.Service;

/**
 * Housekeeping the background tasks run: conversation retention (LGPD) and expired
 * rate-limit buckets.
 */
@Service
class AssistantMaintenance {

    private final ConversationStore conversations;

    AssistantMaintenance(ConversationStore conversations) {
        this.conversations = conversations;
    }

    /**
     * Erases, with their messages, the conversations untouched for longer than
     * {@code age}; returns how many.
     */
    int eraseConversationsOlderThan(Duration age) {
        if (age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException("The retention must be positive: " + age);
        }
        return this.conversations.eraseOlderThan(age);
    }

    /**
     * Removes the rate-limit windows that have ended (they would allow everything
     * anyway).
     * @return how many
     */
    int removeExpiredRateLimitBuckets() {
        return this.conversations.removeExpiredAllowances();
    }

}
