package br.jus.tjes.cariacica.tasks;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A task to run in the background:
 * {@code TaskRequest.of("busca-atualizar").withPriority(HIGH).after(importId)}.
 *
 * @param type the {@link TaskHandler#type()} that runs it
 * @param payload what the handler needs (plain text or JSON; may be {@code null}); keep
 * it small, an id rather than a file
 * @param priority see {@link TaskPriority}
 * @param prerequisites tasks that must succeed first; if one fails for good this one
 * never runs
 * @param notBefore the earliest time to run it, or {@code null} for as soon as possible
 */
public record TaskRequest(String type, String payload, TaskPriority priority, Set<UUID> prerequisites,
        Instant notBefore) {

    public TaskRequest {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("A task needs a type");
        }
        Objects.requireNonNull(priority, "priority");
        prerequisites = (prerequisites != null) ? Set.copyOf(prerequisites) : Set.of();
    }

    public static TaskRequest of(String type) {
        return of(type, null);
    }

    public static TaskRequest of(String type, String payload) {
        return new TaskRequest(type, payload, TaskPriority.NORMAL, Set.of(), null);
    }

    public TaskRequest withPriority(TaskPriority newPriority) {
        return new TaskRequest(this.type, this.payload, newPriority, this.prerequisites, this.notBefore);
    }

    /** Runs only after all of these (and any given before) have succeeded. */
    public TaskRequest after(UUID... ids) {
        var all = new LinkedHashSet<>(this.prerequisites);
        all.addAll(Arrays.asList(ids));
        return new TaskRequest(this.type, this.payload, this.priority, all, this.notBefore);
    }

    public TaskRequest notBefore(Instant time) {
        return new TaskRequest(this.type, this.payload, this.priority, this.prerequisites, time);
    }
}
