package br.jus.tjes.cariacica.content.internal;

import java.util.UUID;

import br.jus.tjes.cariacica.tasks.SiteTasks;
import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;

import org.springframework.stereotype.Component;

/**
 * The background step of a hearing import ({@link SiteTasks#importHearings}): the payload
 * is the id of the staged import, whose lines live in the database until applied. A
 * refused import fails the task with the reason, so its dependants (the search refresh
 * and cache eviction) do not run for nothing.
 */
@Component
class HearingImportTask implements TaskHandler {

    private final ImportApplier applier;

    HearingImportTask(ImportApplier applier) {
        this.applier = applier;
    }

    @Override
    public String type() {
        return SiteTasks.IMPORT_HEARINGS;
    }

    @Override
    public int maxAttempts() {
        return 3;
    }

    @Override
    public void run(TaskContext context) {
        String refused = this.applier.apply(UUID.fromString(context.payload()), context);
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
    }

}
