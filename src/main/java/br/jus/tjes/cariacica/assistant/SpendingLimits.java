package br.jus.tjes.cariacica.assistant;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The assistant's daily spending cap at OpenAI ({@code court.assistant.budget.*}), shared
 * by every instance. Past either limit the assistant answers from the knowledge base
 * until the court's next day. Bound as part of {@code AssistantProperties}, which refuses
 * unknown settings under {@code court.assistant}.
 *
 * @param requestsPerDay calls to OpenAI allowed per day (every attempt counts)
 * @param tokensPerDay tokens (read and written) allowed per day
 */
record SpendingLimits(@Min(1) @DefaultValue("2000") long requestsPerDay,
        @Min(1) @DefaultValue("5000000") long tokensPerDay) {
}
