package br.jus.tjes.cariacica.tasks.site;

import java.util.List;
import java.util.UUID;

import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.SiteTasks;
import br.jus.tjes.cariacica.tasks.TaskPriority;
import br.jus.tjes.cariacica.tasks.TaskRequest;

class DefaultSiteTasks implements SiteTasks {

    private final BackgroundTasks tasks;

    DefaultSiteTasks(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<UUID> importHearings(String payload) {
        UUID importing = this.tasks.enqueue(TaskRequest.of(IMPORT_HEARINGS, payload).withPriority(TaskPriority.HIGH));
        UUID refresh = this.tasks
            .enqueue(TaskRequest.of(REFRESH_SEARCH).withPriority(TaskPriority.NORMAL).after(importing));
        UUID evict = this.tasks
            .enqueue(TaskRequest.of(EVICT_PAGE_CACHES).withPriority(TaskPriority.NORMAL).after(refresh));
        return List.of(importing, refresh, evict);
    }

}
