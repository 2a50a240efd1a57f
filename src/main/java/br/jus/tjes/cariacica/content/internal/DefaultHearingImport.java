package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.ContentTasks;
import br.jus.tjes.cariacica.content.HearingImport;
import br.jus.tjes.cariacica.content.HearingProblem;
import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.TaskPriority;
import br.jus.tjes.cariacica.tasks.TaskRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and stages a file, then hands the confirmed import to the background task
 * {@link HearingImportTask}.
 */
@Service
class DefaultHearingImport implements HearingImport {

    private final HearingStore hearings;

    private final StagedImports imports;

    private final BackgroundTasks tasks;

    private final Clock clock;

    DefaultHearingImport(HearingStore hearings, StagedImports imports, BackgroundTasks tasks, Clock clock) {
        this.hearings = hearings;
        this.imports = imports;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Preview check(String fileName, byte[] content, String uploadedBy) {
        String name = (fileName == null || fileName.isBlank()) ? "arquivo.csv" : fileName.strip();
        name = (name.length() > 200) ? name.substring(0, 200) : name;
        if (content.length > MAX_BYTES) {
            return new Preview(null, name, List.of(), List.of(),
                    HearingProblem.of(null, "admin.pauta.importar.erro.tamanho", MAX_BYTES / (1024 * 1024)));
        }
        var preview = HearingFileCheck.check(name, content, this::existingKeys);
        if (!preview.clean()) {
            return preview;
        }
        UUID id = UUID.randomUUID();
        this.imports.stage(id, name, uploadedBy, this.clock.instant(), preview.lines());
        return new Preview(id, name, preview.lines(), preview.badLines(), null);
    }

    @Override
    @Transactional(readOnly = true)
    public Staged get(UUID id) {
        return this.imports.find(id).orElseThrow(() -> new ContentNotFoundException("importacao-pauta:" + id));
    }

    @Override
    @Transactional
    public UUID confirm(UUID id) {
        if (!this.imports.queue(id)) {
            get(id);
            throw new IllegalStateException("Import " + id + " was already confirmed");
        }
        // Joins this transaction: the import is QUEUED exactly when its task exists.
        UUID taskId = this.tasks
            .enqueue(TaskRequest.of(ContentTasks.IMPORT_HEARINGS, id.toString()).withPriority(TaskPriority.HIGH));
        this.imports.taskOf(id, taskId);
        return taskId;
    }

    private Set<String> existingKeys(Set<String> caseNumbers) {
        var keys = new HashSet<String>();
        if (caseNumbers.isEmpty()) {
            return keys;
        }
        for (Object[] row : this.hearings.findTimesOf(caseNumbers)) {
            keys.add(HearingFileCheck.key((String) row[0], (Instant) row[1]));
        }
        return keys;
    }

}
