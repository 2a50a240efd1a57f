package br.jus.tjes.cariacica.assistant;

import java.time.Duration;

import br.jus.tjes.cariacica.assistant.chat.ConversationStore;
import br.jus.tjes.cariacica.assistant.web.ChatRateLimiter;

import org.springframework.stereotype.Service;

/**
 * Housekeeping the background tasks run: conversation retention (LGPD) and expired
 * rate-limit buckets.
 */
@Service
public class AssistantMaintenance {

    private final ConversationStore conversations;

    private final ChatRateLimiter rateLimiter;

    AssistantMaintenance(ConversationStore conversations, ChatRateLimiter rateLimiter) {
        this.conversations = conversations;
        this.rateLimiter = rateLimiter;
    }

    /**
     * Erases, with their messages, the conversations untouched for longer than
     * {@code age}; returns how many.
     */
    public int eraseConversationsOlderThan(Duration age) {
        if (age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException("The retention must be positive: " + age);
        }
        return this.conversations.eraseOlderThan(age);
    }

    /**
     * Removes the rate-limit buckets that have refilled completely (they would allow
     * everything anyway).
     */
    public int removeExpiredRateLimitBuckets() {
        return this.rateLimiter.removeExpiredBuckets();
    }

}
