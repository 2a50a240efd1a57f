package br.jus.tjes.cariacica.content.internal;

import java.util.UUID;

import br.jus.tjes.cariacica.content.ContentTasks;
import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;

import org.springframework.stereotype.Component;

/**
 * The background step of a hearing import ({@link ContentTasks#IMPORT_HEARINGS}): the
 * payload is the id of the staged import, whose lines live in the database until applied.
 * Once the lines are committed it clears the content caches (and so the stored pages) and
 * rebuilds the search index, once: if that fails, the task fails and its retry, finding
 * the import applied, only refreshes again. A refused import fails the task with the
 * reason.
 */
@Component
class HearingImportTask implements TaskHandler {

    private final ImportApplier applier;

    private final ContentRefresh refresh;

    HearingImportTask(ImportApplier applier, ContentRefresh refresh) {
        this.applier = applier;
        this.refresh = refresh;
    }

    @Override
    public String type() {
        return ContentTasks.IMPORT_HEARINGS;
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
        this.refresh.refresh();
    }

}
