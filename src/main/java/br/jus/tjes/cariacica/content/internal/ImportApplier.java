package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.content.HearingImport.State;
import br.jus.tjes.cariacica.tasks.TaskContext;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a confirmed import in one transaction: every line or none. The import's row is
 * locked first and marked APPLIED in the same transaction as the inserted hearings, so a
 * rerun (a retry, or a restart after the instance died) either finds it APPLIED and does
 * nothing, or finds nothing committed and starts over. It moves the content revision in
 * that transaction, so other instances clear their caches, but leaves this instance's
 * caches and the search index to {@link HearingImportTask}, which refreshes them once
 * after the commit (an edit's {@code ContentChanged} would refresh them here as well).
 */
@Component
class ImportApplier {

    /** Lines copied per statement, between two progress reports. */
    static final int SLICE = 200;

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final StagedImports imports;

    private final AuditLog audit;

    private final ContentRevision revision;

    private final MessageSource messages;

    private final Clock clock;

    ImportApplier(StagedImports imports, AuditLog audit, ContentRevision revision, MessageSource messages,
            Clock clock) {
        this.imports = imports;
        this.audit = audit;
        this.revision = revision;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Returns {@code null} when the import is (or already was) applied, else why it was
     * refused, in Portuguese.
     */
    @Transactional
    String apply(UUID id, TaskContext context) {
        State state = this.imports.lock(id).orElseThrow(() -> new IllegalStateException("No hearing import " + id));
        if (state == State.APPLIED) {
            return null;
        }
        if (state != State.QUEUED) {
            return this.imports.find(id).map((staged) -> staged.error()).orElse(state.name());
        }
        var clashes = this.imports.clashes(id);
        if (!clashes.isEmpty()) {
            // A hearing typed in the form after the preview: the file no longer applies
            // as a whole.
            String error = this.messages.getMessage("admin.pauta.importar.recusada",
                    new Object[] { clashes.stream().map(String::valueOf).collect(Collectors.joining(", ")) }, PT_BR);
            this.imports.finish(id, State.REJECTED, error, this.clock.instant());
            return error;
        }
        int total = this.imports.lineCount(id);
        context.progress(0, total);
        int done = 0;
        while (done < total) {
            if (context.isShuttingDown()) {
                // Rolls everything back; the task runs again on this or another instance.
                throw new IllegalStateException("Shutting down in the middle of hearing import " + id);
            }
            done += this.imports.copySlice(id, done, SLICE, this.clock.instant());
            context.progress(done, total);
        }
        this.imports.finish(id, State.APPLIED, null, this.clock.instant());
        var staged = this.imports.find(id).orElseThrow();
        String after = staged.lines()
            .stream()
            .map((line) -> "linha " + line.number() + ": " + line.hearing().summary())
            .collect(Collectors.joining("\n"));
        this.audit.record(AuditEvent.of(AuditAction.IMPORT)
            .withActor(staged.createdBy())
            .withTarget("importacao-pauta:" + id)
            .withDetail(this.messages.getMessage("admin.pauta.auditoria.importacao",
                    new Object[] { total, staged.fileName() }, PT_BR))
            .withChange(null, after));
        this.revision.bump();
        return null;
    }

}
