package br.jus.tjes.cariacica.content.admin.pauta;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.content.ContentTasks;
import br.jus.tjes.cariacica.content.internal.HearingEditor;
import br.jus.tjes.cariacica.content.internal.HearingImport;
import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.TaskRequest;
import br.jus.tjes.cariacica.tasks.TaskState;
import br.jus.tjes.cariacica.tasks.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The CSV import: the preview of bad lines, the all-or-nothing background task, its
 * progress and its audit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = HearingImportTests.IMPORTER, roles = "EDITOR")
class HearingImportTests {

    static final String IMPORTER = "importador-da-pauta";

    private static final String HEADER = "data;hora;processo;classe;tipo;forma;sala;situacao;segredo\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    BackgroundTasks tasks;

    @Autowired
    HearingEditor book;

    @Autowired
    DataSource dataSource;

    private JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        this.jdbc = JdbcClient.create(this.dataSource);
    }

    @Test
    void aFileWithBadLinesListsEachByNumberAndReasonAndChangesNothing() throws Exception {
        var n = numbers(5);
        String fileName = "pauta-" + UUID.randomUUID() + ".csv";
        String csv = HEADER + "10/07/2031;09:00;" + n.get(0)
                + ";Procedimento Comum Cível;Conciliação;Presencial;Sala 1;Designada;não\n" + "10/07/2031;09:30;"
                + HearingTestData.withWrongCheckDigits(n.get(1)) + ";Procedimento Comum Cível;Conciliação;Virtual;;;\n"
                + "31/02/2031;10:00;" + n.get(2) + ";Procedimento Comum Cível;Conciliação;Virtual;;;\n"
                + "10/07/2031;10:30;" + n.get(3) + ";Procedimento Comum Cível;Audiência de custódia;Virtual;;;\n" + "\n"
                + "10/07/2031;11:00;" + n.get(4) + ";;Mediação;Virtual;;;\n" + "10/07/2031;09:00;" + n.get(0)
                + ";Procedimento Comum Cível;Conciliação;Presencial;Sala 1;Designada;não\n";

        var result = this.mvc.perform(upload(fileName, csv.getBytes(StandardCharsets.UTF_8)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("admin/pauta/importar"))
            .andExpect(content().string(allOf(containsString("Nada foi importado"),
                    containsString("5 linha(s) com problema e 1 sem problema"),
                    containsString("<th scope=\"row\">3</th>"),
                    containsString("os dígitos verificadores (DD) não conferem"),
                    containsString("<th scope=\"row\">4</th>"), containsString("data inválida (31/02/2031)"),
                    containsString("<th scope=\"row\">5</th>"),
                    containsString("tipo desconhecido (Audiência de custódia)"),
                    containsString("<th scope=\"row\">7</th>"),
                    containsString("Classe processual: preencha este campo."),
                    containsString("<th scope=\"row\">8</th>"),
                    containsString("a linha 2 já traz o mesmo processo na mesma data e hora"))))
            .andReturn();

        var preview = (HearingImport.Preview) result.getModelAndView().getModel().get("previa");
        assertThat(preview.id()).isNull();
        assertThat(preview.badLines()).extracting(HearingImport.BadLine::number).containsExactly(3, 4, 5, 7, 8);
        assertThat(preview.lines()).extracting(HearingImport.Line::number).containsExactly(2);

        assertThat(hearingsOf(n)).isZero();
        assertThat(this.jdbc.sql("select count(*) from hearing_import where file_name = ?")
            .param(fileName)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void aCleanFileIsPreviewedThenImportedWholeByTheBackgroundTaskWithProgressAndAnAuditRow() throws Exception {
        var n = numbers(3);
        String csv = "\uFEFFprocesso,data,hora,classe,tipo,forma,sala,segredo\r\n" + n.get(0)
                + ",12/07/2031,09:00,\"Procedimento Comum Cível, com \"\"aspas\"\"\",Conciliação,Presencial,Sala de audiências 1,sim\r\n"
                + n.get(1) + ",2031-07-12,09:30,Procedimento Comum Cível,instrução e julgamento,virtual,,não\r\n"
                + n.get(2).replaceAll("\\D", "") + ",12/07/2031,10:00,Procedimento Comum Cível,MEDIACAO,Virtual,,\r\n";

        String preview = this.mvc.perform(upload("pauta.csv", csv.getBytes(StandardCharsets.UTF_8)).with(csrf()))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        assertThat(preview).startsWith("/admin/pauta/importacoes/");
        UUID id = UUID.fromString(preview.substring(preview.lastIndexOf('/') + 1));
        this.mvc.perform(get(preview))
            .andExpect(content().string(allOf(containsString("Prévia: confira as linhas e confirme"),
                    containsString(n.get(2)), containsString("Confirmar e importar todas as linhas"))));
        assertThat(hearingsOf(n)).isZero();

        this.mvc.perform(post(preview + "/confirmar").with(csrf()))
            .andExpect(status().isFound())
            .andExpect(flash().attribute("mensagem", "admin.pauta.importar.confirmada"));

        UUID taskId = this.jdbc.sql("select task_id from hearing_import where id = ?")
            .param(id)
            .query(UUID.class)
            .single();
        assertThat(this.tasks.status(taskId).orElseThrow().priority())
            .isEqualTo(br.jus.tjes.cariacica.tasks.TaskPriority.HIGH);
        await().atMost(Duration.ofSeconds(60)).until(() -> state(taskId) == TaskState.SUCCEEDED);
        TaskStatus status = this.tasks.status(taskId).orElseThrow();
        assertThat(status.progressDone()).isEqualTo(3);
        assertThat(status.progressTotal()).isEqualTo(3);
        assertThat(hearingsOf(n)).isEqualTo(3);
        assertThat(this.jdbc.sql("select sealed from hearing where case_number = ?")
            .param(n.get(0))
            .query(Boolean.class)
            .single()).isTrue();
        assertThat(this.jdbc.sql("select procedural_class from hearing where case_number = ?")
            .param(n.get(0))
            .query(String.class)
            .single()).isEqualTo("Procedimento Comum Cível, com \"aspas\"");
        this.mvc.perform(get(preview))
            .andExpect(content().string(allOf(containsString("Concluída: todas as audiências estão na pauta."),
                    containsString("3 de 3 audiência(s) gravada(s)"))));
        var audit = this.jdbc
            .sql("select actor, detail, after_value from audit_event where action = 'IMPORT' and target = ?")
            .param("importacao-pauta:" + id)
            .query()
            .listOfRows();
        assertThat(audit).singleElement().satisfies((row) -> {
            assertThat(row.get("actor")).isEqualTo(IMPORTER);
            assertThat((String) row.get("detail")).contains("3 audiência(s) importada(s) do arquivo pauta.csv");
            assertThat((String) row.get("after_value")).contains("linha 2: ", n.get(0), n.get(2));
        });

        // A rerun of the task (a retry, or a restart after a crash) finds the import
        // applied and adds nothing.
        UUID rerun = this.tasks.enqueue(TaskRequest.of(ContentTasks.IMPORT_HEARINGS, id.toString()));
        await().atMost(Duration.ofSeconds(60)).until(() -> state(rerun) == TaskState.SUCCEEDED);
        assertThat(hearingsOf(n)).isEqualTo(3);
        this.mvc.perform(post(preview + "/confirmar").with(csrf()))
            .andExpect(flash().attribute("erro", "admin.pauta.importar.ja-confirmada"));
    }

    @Test
    void aHearingAddedAfterThePreviewMakesTheWholeImportFailWithTheReasonAndNothingIsWritten() throws Exception {
        var n = numbers(2);
        String csv = HEADER + "10/06/2031;09:00;" + n.get(0)
                + ";Procedimento Comum Cível;Conciliação;Presencial;Sala 1;;\n" + "10/06/2031;09:00;" + n.get(1)
                + ";Procedimento Comum Cível;Conciliação;Presencial;Sala 1;;\n";
        String preview = this.mvc.perform(upload("pauta.csv", csv.getBytes(StandardCharsets.UTF_8)).with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        UUID id = UUID.fromString(preview.substring(preview.lastIndexOf('/') + 1));
        this.book.create(HearingFormTests.hearing(n.get(1), "Sala 2"));

        this.mvc.perform(post(preview + "/confirmar").with(csrf()));

        UUID taskId = this.jdbc.sql("select task_id from hearing_import where id = ?")
            .param(id)
            .query(UUID.class)
            .single();
        await().atMost(Duration.ofSeconds(60)).until(() -> state(taskId) == TaskState.FAILED);
        assertThat(this.tasks.status(taskId).orElseThrow().lastError()).contains("as linhas 3 já estão na pauta");
        assertThat(hearingsOf(n)).isOne();
        this.mvc.perform(get(preview)).andExpect(content().string(containsString("Recusada: nada foi gravado.")));
    }

    @Test
    void anUnreadableFileGetsAPortugueseMessageNeverAnError() throws Exception {
        String latin1 = HEADER + "10/07/2031;09:00;" + HearingTestData.newCaseNumber()
                + ";Procedimento Comum Cível;Conciliação;Virtual;;;\n";
        this.mvc.perform(upload("latin1.csv", latin1.getBytes(StandardCharsets.ISO_8859_1)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("O arquivo não está em UTF-8")));
        this.mvc
            .perform(upload("juiz.csv", "data;hora;processo;classe;tipo;forma;juiz\n".getBytes(StandardCharsets.UTF_8))
                .with(csrf()))
            .andExpect(content().string(containsString("Coluna desconhecida no cabeçalho: &quot;juiz&quot;")));
        this.mvc.perform(upload("vazio.csv", new byte[0]).with(csrf()))
            .andExpect(content().string(containsString("Escolha um arquivo CSV para enviar.")));
        this.mvc.perform(upload("grande.csv", new byte[HearingImport.MAX_BYTES + 1]).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("O arquivo é grande demais: o limite é 1 MB.")));
        this.mvc.perform(get("/admin/pauta/importacoes/nao-e-um-id")).andExpect(status().isNotFound());
    }

    @Test
    void anUploadWithoutItsCsrfTokenIsRefusedWith403() throws Exception {
        var n = numbers(1);
        String csv = HEADER + "10/07/2031;09:00;" + n.get(0) + ";Procedimento Comum Cível;Conciliação;Virtual;;;\n";

        this.mvc.perform(upload("pauta.csv", csv.getBytes(StandardCharsets.UTF_8))).andExpect(status().isForbidden());

        assertThat(this.jdbc.sql("select count(*) from hearing_import_line where case_number = ?")
            .param(n.get(0))
            .query(Long.class)
            .single()).isZero();
    }

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return multipart("/admin/pauta/importar").file(new MockMultipartFile("arquivo", name, "text/csv", content));
    }

    private static List<String> numbers(int count) {
        return java.util.stream.Stream.generate(HearingTestData::newCaseNumber).limit(count).toList();
    }

    private long hearingsOf(List<String> numbers) {
        return this.jdbc.sql("select count(*) from hearing where case_number in (:numbers)")
            .param("numbers", numbers)
            .query(Long.class)
            .single();
    }

    private TaskState state(UUID id) {
        return this.tasks.status(id).orElseThrow().state();
    }

}
