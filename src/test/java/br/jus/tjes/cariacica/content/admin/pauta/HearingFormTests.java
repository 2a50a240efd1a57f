package br.jus.tjes.cariacica.content.admin.pauta;

import java.time.LocalDateTime;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingData;
import br.jus.tjes.cariacica.content.internal.HearingEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * One hearing through the staff form: validation, the public pauta at once, audit rows,
 * conflicts and CSRF.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = HearingFormTests.EDITOR, roles = "EDITOR")
class HearingFormTests {

    static final String EDITOR = "editora-da-pauta";

    @Autowired
    MockMvc mvc;

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
    void aNewHearingShowsOnThePublicPautaAtOnceAndIsAuditedWithTheEditor() throws Exception {
        String number = HearingTestData.newCaseNumber();
        // The public list is cached: read it first so the cache holds the list without
        // the hearing.
        this.mvc.perform(publicPauta(number))
            .andExpect(content().string(allOf(containsString("Nenhuma audiência encontrada"),
                    not(containsString("<td>" + number + "</td>")))));

        this.mvc.perform(form(post("/admin/pauta/nova"), fields(number, "2031-05-20", "14:30")).with(csrf()))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/admin/pauta?de=2031-05-20"))
            .andExpect(flash().attribute("mensagem", "admin.pauta.criada"));

        long id = idOf(number);
        this.mvc.perform(publicPauta(number))
            .andExpect(content().string(allOf(containsString("<td>" + number + "</td>"),
                    not(containsString("Nenhuma audiência encontrada")))));
        assertThat(audit("CONTENT_CREATED", "audiencia:" + id)).containsEntry("actor", EDITOR)
            .containsEntry("before_value", null)
            .hasEntrySatisfying("after_value", (after) -> assertThat((String) after).contains("processo=" + number,
                    "data=2031-05-20T14:30", "tipo=CONCILIACAO"));
        this.mvc.perform(get("/admin/pauta").param("de", "2031-05-20").param("ate", "2031-05-20"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(number), containsString("/admin/pauta/" + id))));
    }

    @Test
    void invalidFieldsAreListedAtTheTopAndTiedToTheirInputsAndNothingIsSaved() throws Exception {
        String number = HearingTestData.newCaseNumber();
        var fields = fields(HearingTestData.withWrongCheckDigits(number), "2031-02-30", "25:00");
        fields.put("classe", " ");
        fields.put("tipo", "AUDIENCIA_QUALQUER");
        fields.put("sala", "");

        this.mvc.perform(form(post("/admin/pauta/nova"), fields).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("admin/pauta/audiencia"))
            .andExpect(model().attributeHasFieldErrorCode("audiencia", "processo", "admin.pauta.erro.processo.digitos"))
            .andExpect(model().attributeHasFieldErrorCode("audiencia", "data", "admin.pauta.erro.data"))
            .andExpect(model().attributeHasFieldErrorCode("audiencia", "hora", "admin.pauta.erro.hora"))
            .andExpect(model().attributeHasFieldErrorCode("audiencia", "classe", "admin.pauta.erro.obrigatorio"))
            .andExpect(model().attributeHasFieldErrorCode("audiencia", "tipo", "admin.pauta.erro.tipo"))
            .andExpect(model().attributeHasFieldErrorCode("audiencia", "sala", "admin.pauta.erro.sala-presencial"))
            .andExpect(content().string(allOf(containsString("Corrija os campos abaixo"),
                    containsString("href=\"#processo\""), containsString("os dígitos verificadores (DD) não conferem"),
                    containsString("aria-describedby=\"processo-ajuda processo-erro\""),
                    containsString("id=\"processo-erro\""), containsString("aria-describedby=\"classe-erro\""))));

        assertThat(count(number)).isZero();
    }

    @Test
    void theSecondOfTwoEditsOfTheSameVersionGetsTheConflictMessageAndTheFirstChangeSurvives() throws Exception {
        String number = HearingTestData.newCaseNumber();
        long id = this.book.create(hearing(number, "Sala de audiências 1"));
        String version = String.valueOf(this.book.get(id).version());

        var first = fields(number, "2031-06-10", "09:00");
        first.put("sala", "Sala de audiências 2");
        first.put("versao", version);
        this.mvc.perform(form(post("/admin/pauta/" + id), first).with(csrf()))
            .andExpect(redirectedUrl("/admin/pauta/" + id))
            .andExpect(flash().attribute("mensagem", "admin.pauta.alterada"));

        var second = fields(number, "2031-06-10", "09:00");
        second.put("sala", "Sala de conciliação");
        second.put("versao", version);
        // The flash message lives in the (Spring Session) session: follow the redirect
        // with its cookie.
        var response = this.mvc.perform(form(post("/admin/pauta/" + id), second).with(csrf()))
            .andExpect(redirectedUrl("/admin/pauta/" + id))
            .andExpect(flash().attribute("erro", "admin.pauta.conflito"))
            .andReturn()
            .getResponse();

        assertThat(this.book.get(id).draft().room()).isEqualTo("Sala de audiências 2");
        this.mvc.perform(get("/admin/pauta/" + id).cookie(response.getCookie("SESSION")))
            .andExpect(content().string(allOf(containsString("foi alterada ou excluída por outra pessoa"),
                    containsString("value=\"Sala de audi&ecirc;ncias 2\""))));
        assertThat(audit("CONTENT_UPDATED", "audiencia:" + id)).containsEntry("actor", EDITOR)
            .hasEntrySatisfying("before_value",
                    (before) -> assertThat((String) before).contains("sala=Sala de audiências 1"))
            .hasEntrySatisfying("after_value",
                    (after) -> assertThat((String) after).contains("sala=Sala de audiências 2"));
    }

    @Test
    void deletingNeedsTheCurrentVersionAndIsAudited() throws Exception {
        String number = HearingTestData.newCaseNumber();
        long id = this.book.create(hearing(number, "Sala de audiências 1"));
        var stored = this.book.get(id);
        this.book.update(stored.id(), stored.version(), hearing(number, "Sala de audiências 2"));

        this.mvc
            .perform(post("/admin/pauta/" + stored.id() + "/excluir").param("versao", String.valueOf(stored.version()))
                .with(csrf()))
            .andExpect(flash().attribute("erro", "admin.pauta.conflito"));
        assertThat(count(number)).isOne();

        this.mvc
            .perform(post("/admin/pauta/" + stored.id() + "/excluir")
                .param("versao", String.valueOf(stored.version() + 1))
                .with(csrf()))
            .andExpect(redirectedUrl("/admin/pauta"))
            .andExpect(flash().attribute("mensagem", "admin.pauta.excluida"));
        assertThat(count(number)).isZero();
        assertThat(audit("CONTENT_DELETED", "audiencia:" + stored.id())).containsEntry("actor", EDITOR)
            .containsEntry("after_value", null)
            .hasEntrySatisfying("before_value", (before) -> assertThat((String) before).contains(number));
        this.mvc.perform(get("/admin/pauta/" + stored.id())).andExpect(status().isNotFound());
    }

    @Test
    void theSealedBoxIsSavedAndShownTicked() throws Exception {
        String number = HearingTestData.newCaseNumber();
        var fields = fields(number, "2031-05-21", "10:00");
        fields.put("segredo", "sim");
        fields.put("_segredo", "on");

        this.mvc.perform(form(post("/admin/pauta/nova"), fields).with(csrf()))
            .andExpect(redirectedUrl("/admin/pauta?de=2031-05-21"));

        long id = idOf(number);
        assertThat(this.book.get(id).draft().sealed()).isTrue();
        this.mvc.perform(get("/admin/pauta/" + id))
            .andExpect(content().string(allOf(containsString("name=\"segredo\" checked=\"checked\""),
                    containsString("name=\"versao\" value=\"" + this.book.get(id).version() + "\""))));
        fields.remove("segredo");
        fields.put("versao", String.valueOf(this.book.get(id).version()));
        this.mvc.perform(form(post("/admin/pauta/" + id), fields).with(csrf()))
            .andExpect(flash().attribute("mensagem", "admin.pauta.alterada"));
        assertThat(this.book.get(id).draft().sealed()).isFalse();
    }

    @Test
    void aSecondHearingOfTheSameCaseAtTheSameTimeIsRefused() throws Exception {
        String number = HearingTestData.newCaseNumber();
        this.book.create(hearing(number, "Sala de audiências 1"));

        this.mvc.perform(form(post("/admin/pauta/nova"), fields(number, "2031-06-10", "09:00")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Já existe na pauta uma audiência deste processo")));
        assertThat(count(number)).isOne();
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedWith403() throws Exception {
        String number = HearingTestData.newCaseNumber();

        this.mvc.perform(form(post("/admin/pauta/nova"), fields(number, "2031-05-20", "14:30")))
            .andExpect(status().isForbidden());

        assertThat(count(number)).isZero();
    }

    @Test
    @WithMockUser(roles = "OPS")
    void operatorsCannotEditThePauta() throws Exception {
        this.mvc.perform(get("/admin/pauta/nova")).andExpect(status().isForbidden());
    }

    static HearingData hearing(String number, String room) {
        return new HearingData(LocalDateTime.of(2031, 6, 10, 9, 0), number, "Procedimento Comum Cível",
                Hearing.Type.CONCILIACAO, Hearing.Mode.PRESENCIAL, room, Hearing.Status.DESIGNADA, false);
    }

    private static Map<String, String> fields(String number, String date, String time) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("data", date);
        fields.put("hora", time);
        fields.put("processo", number);
        fields.put("classe", "Procedimento Comum Cível");
        fields.put("tipo", "CONCILIACAO");
        fields.put("forma", "PRESENCIAL");
        fields.put("sala", "Sala de audiências 1");
        fields.put("situacao", "DESIGNADA");
        return fields;
    }

    private static MockHttpServletRequestBuilder publicPauta(String number) {
        return get("/pauta").param("processo", number).param("de", "2031-05-01").param("ate", "2031-05-31");
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request,
            Map<String, String> fields) {
        fields.forEach(request::param);
        return request;
    }

    private long idOf(String number) {
        return this.jdbc.sql("select id from hearing where case_number = ?").param(number).query(Long.class).single();
    }

    private long count(String number) {
        return this.jdbc.sql("select count(*) from hearing where case_number = ?")
            .param(number)
            .query(Long.class)
            .single();
    }

    private Map<String, Object> audit(String action, String target) {
        return this.jdbc.sql("""
                select actor, before_value, after_value from audit_event where action = ? and target = ?
                order by id desc limit 1""").params(action, target).query().singleRow();
    }

}
