package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.content.ContentTasks;
import br.jus.tjes.cariacica.content.internal.HearingImport.State;
import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background step of a hearing import ({@link ContentTasks#IMPORT_HEARINGS}): the
 * payload is the id of the staged import, whose lines live in the database until applied.
 * It applies them in one transaction, every line or none: the import's row is locked
 * first and marked APPLIED in the same transaction as the inserted hearings, so a rerun
 * (a retry, or a restart after the instance died) either finds it APPLIED and does
 * nothing, or finds nothing committed and starts over. That transaction moves the content
 * revision, so other instances clear their caches; once it commits, this instance clears
 * its content caches (and so the stored pages) and rebuilds the search index, once (an
 * edit's {@code ContentChanged} would refresh them inside the transaction as well). If
 * that fails, the task fails and its retry, finding the import applied, only refreshes
 * again. A refused import fails the task with the reason.
 */
@Component
class HearingImportTask implements TaskHandler {

    /** Lines copied per statement, between two progress reports. */
    static final int SLICE = 200;

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final StagedImports imports;

    private final AuditLog audit;

    private final ContentCaches revision;

    private final ContentRefresh refresh;

    private final MessageSource messages;

    private final TransactionTemplate transaction;

    private final Clock clock;

    HearingImportTask(StagedImports imports, AuditLog audit, ContentCaches revision, ContentRefresh refresh,
            MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
        this.imports = imports;
        this.audit = audit;
        this.revision = revision;
        this.refresh = refresh;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
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
        String refused = this.transaction.execute((status) -> apply(UUID.fromString(context.payload()), context));
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
        this.refresh.refresh();
    }

    /**
     * Returns {@code null} when the import is (or already was) applied, else why it was
     * refused, in Portuguese.
     */
    private @Nullable String apply(UUID id, TaskContext context) {
        State state = this.imports.lock(id).orElseThrow(() -> new IllegalStateException("No hearing import " + id));
        if (state == State.APPLIED) {
            return null;
        }
        var staged = this.imports.find(id).orElseThrow();
        if (state != State.QUEUED) {
            return (staged.error() != null) ? staged.error() : state.name();
        }
        var clashes = this.imports.onThePauta(id);
        if (!clashes.isEmpty()) {
            // A hearing typed in the form after the preview: the file no longer applies
            // as a whole.
            String error = this.messages.getMessage("admin.pauta.importar.recusada",
                    new Object[] { clashes.stream().map(String::valueOf).collect(Collectors.joining(", ")) }, PT_BR);
            this.imports.finish(id, State.REJECTED, error, this.clock.instant());
            return error;
        }
        int total = staged.lines().size();
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
