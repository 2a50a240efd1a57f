package br.jus.tjes.cariacica.tasks;

/**
 * Housekeeping that runs on a schedule, contributed as a Spring bean. Each run happens on
 * one instance only; the schedule is kept in the database, so a restart neither skips nor
 * repeats a run. A failed run is logged, shown to staff and simply tried again at the
 * next scheduled time.
 */
public interface RecurringTask {

    /**
     * Unique among recurring tasks and {@link TaskHandler} types, for example
     * {@code "limpeza-diaria"}.
     */
    String name();

    RecurringSchedule schedule();

    default TaskPriority priority() {
        return TaskPriority.LOW;
    }

    void run() throws Exception;

}
