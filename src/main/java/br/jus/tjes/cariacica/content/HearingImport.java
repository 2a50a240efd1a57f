package br.jus.tjes.cariacica.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Imports many hearings from a CSV file, all or none. {@link #check} reads the file and,
 * when every line is good, stages it for a preview; {@link #confirm} queues the HIGH
 * priority background task that applies it in one transaction (audited as an import by
 * the person who uploaded it).
 */
public interface HearingImport {

    /** Bigger files are refused before reading them. */
    int MAX_BYTES = 1024 * 1024;

    /** Hearing lines a file may hold (besides its header). */
    int MAX_LINES = 2000;

    /**
     * Reads and checks a file; stages it (and returns its id) only when it has no bad
     * line.
     * @param uploadedBy the staff member, recorded as the actor of the import
     */
    Preview check(String fileName, byte[] content, String uploadedBy);

    /**
     * Reads one staged import.
     * @throws ContentNotFoundException for an unknown id
     */
    Staged get(UUID id);

    /**
     * Queues the staged import and returns the id of its task.
     * @throws ContentNotFoundException for an unknown id
     * @throws IllegalStateException when it was already confirmed
     */
    UUID confirm(UUID id);

    enum State {

        PREVIEW, QUEUED, APPLIED, REJECTED

    }

    /** A good line of the file. */
    record Line(int number, HearingData hearing) {
    }

    /** A bad line of the file, with every reason. */
    record BadLine(int number, List<HearingProblem> problems) {
    }

    /**
     * What a file holds.
     *
     * @param id the staged import when the file is clean, else {@code null}
     * @param fileProblem why the file as a whole cannot be read (encoding, header, size),
     * else {@code null}
     */
    record Preview(UUID id, String fileName, List<Line> lines, List<BadLine> badLines, HearingProblem fileProblem) {

        public boolean clean() {
            return this.fileProblem == null && this.badLines.isEmpty() && !this.lines.isEmpty();
        }
    }

    /** A staged file, before or after its import. */
    record Staged(UUID id, String fileName, String createdBy, Instant createdAt, State state, List<Line> lines,
            UUID taskId, Instant finishedAt, String error) {
    }

}
