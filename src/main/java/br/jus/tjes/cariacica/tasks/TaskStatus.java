package br.jus.tjes.cariacica.tasks;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as it stands.
 *
 * @param blockedBy the prerequisite that failed or was cancelled, when {@code state} is
 * {@link TaskState#BLOCKED}
 * @param progressDone {@code null} until the handler reports progress
 */
public record TaskStatus(UUID id, String type, TaskPriority priority, TaskState state, int attempts, int maxAttempts,
        String lastError, UUID blockedBy, Integer progressDone, Integer progressTotal, Instant createdAt,
        Instant startedAt, Instant finishedAt) {
}
