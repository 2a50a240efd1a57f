package br.jus.tjes.cariacica.content.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page stored in this instance's page cache is dropped when another instance edits the
 * content: the shared revision moves, this instance clears its content caches, and the
 * pages go with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheAcrossInstancesTests {

    @LocalServerPort
    int port;

    @Autowired
    ContentCaches revision;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditOnAnotherInstanceClearsTheStoredPagesHereOnceTheRevisionMoves() {
        String word = "inst" + Long.toString(System.nanoTime(), 36);
        // Caught up first with what other test classes changed while this context was
        // paused (see ContentRevisionTests).
        this.revision.check();
        get(this.port, "/perguntas-frequentes");
        get(this.port, "/perguntas-frequentes");
        Long id = this.jdbc.queryForObject("""
                insert into faq_entry (category_id, slug, question, answer_md, position)
                values ((select min(id) from faq_category), ?, ?, 'Resposta', 999) returning id""", Long.class, word,
                "Pergunta de outra instância " + word + "?");
        try {
            assertThat(get(this.port, "/perguntas-frequentes").body()).as("still stored").doesNotContain(word);

            this.jdbc.update("update content_revision set revision = revision + 1 where id = 1");
            this.revision.check();

            assertThat(get(this.port, "/perguntas-frequentes").body()).contains(word);
        }
        finally {
            this.jdbc.update("delete from faq_entry where id = ?", id);
            this.jdbc.update("update content_revision set revision = revision + 1 where id = 1");
            this.revision.check();
        }
        assertThat(get(this.port, "/perguntas-frequentes").body()).doesNotContain(word);
    }

}
