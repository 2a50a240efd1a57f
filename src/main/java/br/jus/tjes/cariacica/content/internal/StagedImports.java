package br.jus.tjes.cariacica.content.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingData;
import br.jus.tjes.cariacica.content.internal.HearingImport.Line;
import br.jus.tjes.cariacica.content.internal.HearingImport.Staged;
import br.jus.tjes.cariacica.content.internal.HearingImport.State;
import br.jus.tjes.cariacica.tasks.CleanupJob;
import br.jus.tjes.cariacica.time.CourtTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staging tables of hearing imports ({@code hearing_import},
 * {@code hearing_import_line}), in plain SQL, and their daily clean-up.
 */
@Component
class StagedImports implements CleanupJob {

    private final JdbcClient jdbc;

    private final JdbcTemplate batches;

    StagedImports(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void stage(UUID id, String fileName, String createdBy, Instant now, List<Line> lines) {
        this.jdbc.sql("""
                insert into hearing_import (id, file_name, created_by, created_at, state, line_count)
                values (?, ?, ?, ?, 'PREVIEW', ?)""")
            .params(id, fileName, createdBy, Timestamp.from(now), lines.size())
            .update();
        // One batch: a file of two thousand lines is staged in one round trip per few
        // hundred rows.
        this.batches.batchUpdate("""
                insert into hearing_import_line (import_id, line_number, scheduled_at, case_number,
                    procedural_class, hearing_type, mode, room, status, sealed)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines.stream().map((line) -> {
            var h = line.hearing();
            return new Object[] { id, line.number(), Timestamp.from(h.instant()), h.caseNumber(), h.proceduralClass(),
                    h.type().name(), h.mode().name(), h.room(), h.status().name(), h.sealed() };
        }).toList());
    }

    Optional<Staged> find(UUID id) {
        return this.jdbc.sql("""
                select id, file_name, created_by, created_at, state, task_id, error
                from hearing_import where id = ?""")
            .param(id)
            .query((rs, n) -> new Staged(rs.getObject("id", UUID.class), rs.getString("file_name"),
                    rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                    State.valueOf(rs.getString("state")), lines(id), rs.getObject("task_id", UUID.class),
                    rs.getString("error")))
            .optional();
    }

    /**
     * Locks the import's row until the transaction ends: only one worker applies it at a
     * time.
     */
    Optional<State> lock(UUID id) {
        return this.jdbc.sql("select state from hearing_import where id = ? for update")
            .param(id)
            .query((rs, n) -> State.valueOf(rs.getString(1)))
            .optional();
    }

    /** PREVIEW to QUEUED; false when it was not in PREVIEW (confirmed twice). */
    boolean queue(UUID id) {
        return this.jdbc.sql("update hearing_import set state = 'QUEUED' where id = ? and state = 'PREVIEW'")
            .param(id)
            .update() == 1;
    }

    void taskOf(UUID id, UUID taskId) {
        this.jdbc.sql("update hearing_import set task_id = ? where id = ?").params(taskId, id).update();
    }

    void finish(UUID id, State state, String error, Instant now) {
        this.jdbc.sql("update hearing_import set state = ?, error = ?, finished_at = ? where id = ?")
            .params(state.name(), error, Timestamp.from(now), id)
            .update();
    }

    /** Copies one slice of the lines, in line order, into the pauta; returns how many. */
    int copySlice(UUID id, int offset, int size, Instant now) {
        return this.jdbc.sql("""
                insert into hearing (scheduled_at, case_number, procedural_class, hearing_type, mode, room, status,
                    sealed, updated_at)
                select scheduled_at, case_number, procedural_class, hearing_type, mode, room, status, sealed, ?
                from hearing_import_line where import_id = ?
                order by line_number limit ? offset ?""").params(Timestamp.from(now), id, size, offset).update();
    }

    /** The lines whose hearing (same case, date and time) is on the pauta already. */
    List<Integer> onThePauta(UUID id) {
        return this.jdbc.sql("""
                select line_number from hearing_import_line l
                where import_id = ? and exists (select 1 from hearing h
                    where h.case_number = l.case_number and h.scheduled_at = l.scheduled_at)
                order by line_number""").param(id).query(Integer.class).list();
    }

    @Override
    public String name() {
        return "importacoes-de-pauta";
    }

    @Override
    public Cadence cadence() {
        return Cadence.DAILY;
    }

    /**
     * An unconfirmed preview is worth a day; a finished import's staged lines, three
     * months of hindsight; a queued import is never deleted.
     */
    @Override
    public long cleanUp(Instant now) {
        return this.jdbc.sql("""
                delete from hearing_import
                where (state = 'PREVIEW' and created_at < ?)
                   or (state in ('APPLIED', 'REJECTED') and finished_at < ?)""")
            .params(Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now.minus(Duration.ofDays(90))))
            .update();
    }

    private List<Line> lines(UUID id) {
        return this.jdbc.sql("""
                select line_number, scheduled_at, case_number, procedural_class, hearing_type, mode, room, status,
                       sealed
                from hearing_import_line where import_id = ? order by line_number""")
            .param(id)
            .query((rs, n) -> new Line(rs.getInt("line_number"), new HearingData(
                    rs.getTimestamp("scheduled_at").toInstant().atZone(CourtTime.ZONE).toLocalDateTime(),
                    rs.getString("case_number"), rs.getString("procedural_class"),
                    Hearing.Type.valueOf(rs.getString("hearing_type")), Hearing.Mode.valueOf(rs.getString("mode")),
                    rs.getString("room"), Hearing.Status.valueOf(rs.getString("status")), rs.getBoolean("sealed"))))
            .list();
    }

}
