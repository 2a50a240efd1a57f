package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.tasks.SiteTasks;
import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;

import org.springframework.stereotype.Component;

/**
 * The background form of the content refresh: the step of the site's task chains (a
 * hearing import, for one) that brings the search index in step with what was published.
 * Rebuilding the index is idempotent, so a retry or a rerun after a crash is harmless.
 */
@Component
class SearchRefreshTask implements TaskHandler {

    private final ContentRefresh refresh;

    SearchRefreshTask(ContentRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public String type() {
        return SiteTasks.REFRESH_SEARCH;
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
