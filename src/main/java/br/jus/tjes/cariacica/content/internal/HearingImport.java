package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.ContentTasks;
import br.jus.tjes.cariacica.content.HearingData;
import br.jus.tjes.cariacica.content.HearingProblem;
import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.TaskPriority;
import br.jus.tjes.cariacica.tasks.TaskRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports many hearings from a CSV file, all or none. {@link #check} reads the file and,
 * when every line is good, stages it for a preview; {@link #confirm} queues the HIGH
 * priority background task {@link HearingImportTask}, which applies it in one transaction
 * (audited as an import by the person who uploaded it).
 */
@Service
public class HearingImport {

    /** Bigger files are refused before reading them. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Hearing lines a file may hold (besides its header). */
    public static final int MAX_LINES = 2000;

    private final HearingStore hearings;

    private final StagedImports imports;

    private final BackgroundTasks tasks;

    private final Clock clock;

    HearingImport(HearingStore hearings, StagedImports imports, BackgroundTasks tasks, Clock clock) {
        this.hearings = hearings;
        this.imports = imports;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Reads and checks a file; stages it (and returns its id) only when it has no bad
     * line. The uploader is recorded as the actor of the import.
     */
    @Transactional
    public Preview check(String fileName, byte[] content, String uploadedBy) {
        String name = (fileName == null || fileName.isBlank()) ? "arquivo.csv" : fileName.strip();
        name = (name.length() > 200) ? name.substring(0, 200) : name;
        var preview = HearingFileCheck.check(name, content, this::existingKeys);
        if (!preview.clean()) {
            return preview;
        }
        UUID id = UUID.randomUUID();
        this.imports.stage(id, name, uploadedBy, this.clock.instant(), preview.lines());
        return new Preview(id, name, preview.lines(), preview.badLines(), null);
    }

    @Transactional(readOnly = true)
    public Staged get(UUID id) {
        return this.imports.find(id).orElseThrow(() -> new ContentNotFoundException("importacao-pauta:" + id));
    }

    /**
     * Queues the staged import and returns its task's id.
     * @throws IllegalStateException when it was already confirmed
     */
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

    public enum State {

        PREVIEW, QUEUED, APPLIED, REJECTED

    }

    /** A good line of the file. */
    public record Line(int number, HearingData hearing) {
    }

    /** A bad line of the file, with every reason. */
    public record BadLine(int number, List<HearingProblem> problems) {
    }

    /**
     * What a file holds.
     *
     * @param id the staged import when the file is clean, else {@code null}
     * @param fileProblem why the file as a whole cannot be read (encoding, header, size),
     * else {@code null}
     */
    public record Preview(UUID id, String fileName, List<Line> lines, List<BadLine> badLines,
            HearingProblem fileProblem) {

        public boolean clean() {
            return this.fileProblem == null && this.badLines.isEmpty() && !this.lines.isEmpty();
        }
    }

    /** A staged file, before or after its import. */
    public record Staged(UUID id, String fileName, String createdBy, Instant createdAt, State state, List<Line> lines,
            UUID taskId, String error) {
    }

}
