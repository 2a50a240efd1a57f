package br.jus.tjes.cariacica.tasks;

import java.util.Optional;
import java.util.UUID;

/**
 * A persistent, prioritised queue shared by every instance of the site: a task enqueued
 * here runs exactly once on success (on one instance, on one of its workers), is retried
 * with exponential backoff when it fails, survives restarts, and runs again if the
 * process running it dies.
 */
public interface BackgroundTasks {

    /**
     * Stores the task and returns its id. Joins the caller's transaction when there is
     * one, so a task enqueued together with the data it works on exists exactly when that
     * data was committed.
     * @throws IllegalArgumentException for a type no {@link TaskHandler} runs, or an
     * unknown prerequisite
     */
    UUID enqueue(TaskRequest request);

    /** The task's state, tries, last error and progress; empty for an unknown id. */
    Optional<TaskStatus> status(UUID id);

}
