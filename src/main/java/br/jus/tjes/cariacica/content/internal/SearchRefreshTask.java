package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentTasks;
import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;

import org.springframework.stereotype.Component;

/**
 * The background form of the content refresh ({@link ContentTasks#REFRESH_SEARCH}):
 * brings the caches and the search index in step with what was published, for operators
 * and for chains that need it. Rebuilding the index is idempotent, so a retry or a rerun
 * after a crash is harmless.
 */
@Component
class SearchRefreshTask implements TaskHandler {

    private final ContentRefresh refresh;

    SearchRefreshTask(ContentRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public String type() {
        return ContentTasks.REFRESH_SEARCH;
    }

    @Override
    public int maxAttempts() {
        return 5;
    }

    @Override
    public void run(TaskContext context) {
        this.refresh.refresh();
    }

}
