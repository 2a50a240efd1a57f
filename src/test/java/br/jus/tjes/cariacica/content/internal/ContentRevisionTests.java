package br.jus.tjes.cariacica.content.internal;

import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.content.ContentChanged;
import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import br.jus.tjes.cariacica.content.SiteContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cross-instance refresh: a change made by another instance (simulated by writing the
 * tables and the counter directly) reaches this instance's caches once the counter moves;
 * this instance's own edits move the counter in their transaction and count as seen. (The
 * search index is shared in PostgreSQL and rebuilt by the writer.)
 */
@SpringBootTest
class ContentRevisionTests {

    @Autowired
    ContentCaches revision;

    @Autowired
    SiteContent content;

    @Autowired
    ContentEditor<ContentDraft.Closure> closures;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    private JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        this.jdbc = JdbcClient.create(this.dataSource);
    }

    @Test
    void aChangeByAnotherInstanceShowsHereOnceTheRevisionMoves() {
        String word = "rev" + Long.toString(System.nanoTime(), 36);
        // Caught up first with what other test classes changed while this context was
        // paused: otherwise the scheduled check, back with the context, may see that
        // older change in the middle of this test and refresh the FAQ too early.
        this.revision.check();
        this.content.faq();
        long id = this.jdbc.sql("""
                insert into faq_entry (category_id, slug, question, answer_md, position)
                values ((select min(id) from faq_category), ?, ?, 'Resposta', 999) returning id""")
            .params(word, "Pergunta de outra instância " + word + "?")
            .query(Long.class)
            .single();
        try {
            assertThat(questions()).as("still cached").doesNotContain(word);

            bumpLikeAnotherInstance();
            this.revision.check();

            assertThat(questions()).contains(word);
            assertThat(this.revision.lastSeen()).isEqualTo(current());
            assertThat(this.revision.check()).isFalse();
        }
        finally {
            this.jdbc.sql("delete from faq_entry where id = ?").param(id).update();
            bumpLikeAnotherInstance();
            this.revision.check();
        }
        assertThat(questions()).doesNotContain(word);
    }

    @Test
    void theScheduledCheckRefreshesWithoutBeingCalled() {
        bumpLikeAnotherInstance();
        long bumped = current();

        await().atMost(Duration.ofSeconds(30)).until(() -> this.revision.lastSeen() >= bumped);
    }

    @Test
    void anEditHereMovesTheRevisionInItsTransactionAndCountsAsSeen() {
        long before = current();
        LocalDate day = LocalDate.now().plusYears(5);

        long id = this.closures.create(new ContentDraft.Closure(day, day, "Teste de revisão"));
        try {
            assertThat(current()).isGreaterThan(before);
            assertThat(this.revision.lastSeen()).isEqualTo(current());
            assertThat(this.revision.check()).isFalse();
        }
        finally {
            this.closures.delete(id, this.closures.get(id).version());
        }
    }

    @Test
    void aRolledBackChangeLeavesTheRevisionAlone() {
        long before = current();

        this.transactions.executeWithoutResult((status) -> {
            this.events.publishEvent(new ContentChanged("teste"));
            status.setRollbackOnly();
        });

        assertThat(current()).isEqualTo(before);
    }

    private String questions() {
        return this.content.faq()
            .stream()
            .flatMap((c) -> c.entries().stream())
            .map((e) -> e.slug() + " " + e.question())
            .reduce("", String::concat);
    }

    private void bumpLikeAnotherInstance() {
        this.jdbc.sql("update content_revision set revision = revision + 1 where id = 1").update();
    }

    private long current() {
        return this.jdbc.sql("select revision from content_revision where id = 1").query(Long.class).single();
    }

}
