package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import br.jus.tjes.cariacica.time.CourtTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.content.admin.ContentEditingPagesTests.notice;
import static br.jus.tjes.cariacica.content.admin.ContentFormSupport.create;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What staff forms bind goes through the shared binding of the {@code web} module: NUL
 * characters (which PostgreSQL refuses in text, a 500 before) are removed, and dates out
 * of the bounded range (year 999,999,999 parsed, then failed in the database) are a
 * message next to the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffInputSanitisingTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private StaffBrowser editor;

    private JdbcClient jdbc;

    @BeforeEach
    void logInAsEditor() {
        this.jdbc = JdbcClient.create(this.dataSource);
        this.editor = new StaffBrowser(this.port);
        this.editor.login(StaffTestAccounts.create(this.dataSource, "EDITOR"), StaffTestAccounts.PASSWORD);
    }

    @Test
    void nulCharactersInAStaffTextFieldAreRemovedAndTheNoticeIsSaved() {
        String word = "nul" + Long.toString(System.nanoTime(), 36);
        var form = notice("Aviso\u0000 " + word, true);
        form.put("summary", "Resumo\u0000com\u0000NUL " + word);

        long id = create(this.editor, "avisos", form);

        var saved = this.jdbc.sql("select title, summary from notice where id = ?").param(id).query().singleRow();
        assertThat(saved).containsEntry("title", "Aviso " + word).containsEntry("summary", "ResumocomNUL " + word);
    }

    @Test
    void aDateAndTimeBeyondTheBoundsIsAFieldErrorNotAServerError() {
        for (String when : new String[] { "+999999999-12-31T00:00", "-999999999-01-01T00:00", "1899-12-31T23:59",
                "+10000-01-01T00:00" }) {
            var form = notice("Data extrema " + when, true);
            form.put("publishedAt", when);

            var response = this.editor.post("/admin/conteudo/avisos/novo", "/admin/conteudo/avisos/novo", form);

            assertThat(response.statusCode()).as(when).isEqualTo(200);
            assertThat(response.body()).as(when).contains("Informe uma data e hora válidas.");
        }
    }

    @Test
    void aClosureDayBeyondTheBoundsIsAFieldErrorNotAServerError() {
        var response = this.editor.post("/admin/conteudo/fechamentos/novo", "/admin/conteudo/fechamentos/novo",
                Map.of("startsOn", "+999999999-12-31", "endsOn", "", "reason", "Teste de data extrema"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Informe uma data válida.");
    }

    @Test
    void theStaffPautaListFallsBackToThisMonthForAnOverflowingDate() {
        var response = this.editor.get("/admin/pauta?de=%2B999999999-12-31&ate=%2B999999999-12-31");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("value=\"" + LocalDate.now(CourtTime.ZONE) + "\"")
            .doesNotContain("value=\"+999999999");
    }

    @Test
    void theAuditFilterShowsItsMessageForAnOverflowingDate() {
        var admin = new StaffBrowser(this.port);
        admin.login(StaffTestAccounts.create(this.dataSource, "ADMIN"), StaffTestAccounts.PASSWORD);

        var response = admin.get("/admin/auditoria?de=%2B999999999-12-31&ate=-999999999-01-01");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"de-erro\"", "id=\"ate-erro\"");
    }

}
