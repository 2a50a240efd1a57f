package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class TaskBoardPageTests {

    /** A type the site module runs: its page-cache eviction, quick and harmless. */
    private static final String EVICT_PAGE_CACHES = "paginas-limpar-cache";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BackgroundTasks tasks;

    /**
     * A task of a type this application runs, as it stands after failing on every try.
     */
    private UUID failedTask(String error) {
        UUID id = UUID.randomUUID();
        this.jdbc.update("""
                insert into task_run (id, type, priority, state, attempts, max_attempts, last_error, created_at,
                                      finished_at)
                values (?, ?, 50, 'FAILED', 3, 3, ?, now(), now())
                """, id, EVICT_PAGE_CACHES, error);
        return id;
    }

    @Test
    @WithMockUser(roles = "OPS")
    void operatorsSeeFailedTasksWithTriesAndLastErrorButNoActions() throws Exception {
        UUID id = failedTask("Teste: só leitura " + UUID.randomUUID());

        this.mvc.perform(get("/admin/tarefas"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(id.toString())))
            .andExpect(content().string(containsString("Teste: só leitura")))
            .andExpect(content().string(containsString("só para administradores")))
            .andExpect(content().string(not(containsString("/admin/tarefas/" + id + "/tentar-de-novo"))))
            .andExpect(content().string(not(containsString("/admin/tarefas/" + id + "/cancelar"))));
    }

    @Test
    @WithMockUser(roles = "OPS")
    void operatorsCannotRetryOrCancelATask() throws Exception {
        UUID id = failedTask("Teste: OPS não age");

        this.mvc.perform(post("/admin/tarefas/{id}/tentar-de-novo", id).with(csrf())).andExpect(status().isForbidden());
        this.mvc.perform(post("/admin/tarefas/{id}/cancelar", id).with(csrf())).andExpect(status().isForbidden());

        assertThat(this.tasks.status(id).orElseThrow().state()).isEqualTo(TaskState.FAILED);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void administratorsSeeFailedTasksWithTriesLastErrorAndActionsAndTheRecurringHousekeeping() throws Exception {
        UUID id = failedTask("Teste: arquivo ilegível " + UUID.randomUUID());

        this.mvc.perform(get("/admin/tarefas"))
            .andExpect(status().isOk())
            .andExpect(view().name("tarefas/painel"))
            .andExpect(content().string(containsString("<h1>Tarefas em segundo plano</h1>")))
            .andExpect(content().string(containsString(id.toString())))
            .andExpect(content().string(containsString("3 de 3")))
            .andExpect(content().string(containsString("Teste: arquivo ilegível")))
            .andExpect(content().string(containsString("/admin/tarefas/" + id + "/tentar-de-novo")))
            .andExpect(content().string(containsString("/admin/tarefas/" + id + "/cancelar")))
            .andExpect(content().string(containsString("name=\"_csrf\"")))
            .andExpect(content().string(containsString("limpeza-diaria")))
            .andExpect(content().string(containsString("limpeza-horaria")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void retryingAFailedTaskQueuesItAgainAndItRuns() throws Exception {
        UUID id = failedTask("Teste: falha passageira");

        this.mvc.perform(post("/admin/tarefas/{id}/tentar-de-novo", id).with(csrf()))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/admin/tarefas"))
            .andExpect(flash().attribute("sucesso", "tarefas.flash.retry.ok"));

        await().atMost(Duration.ofSeconds(30))
            .until(() -> this.tasks.status(id).orElseThrow().state() == TaskState.SUCCEEDED);
        assertThat(this.tasks.status(id).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void cancellingAFailedTaskKeepsItCancelledAndASecondCancelIsRefusedWithAMessage() throws Exception {
        UUID id = failedTask("Teste: para cancelar");

        this.mvc.perform(post("/admin/tarefas/{id}/cancelar", id).with(csrf()))
            .andExpect(redirectedUrl("/admin/tarefas"))
            .andExpect(flash().attribute("sucesso", "tarefas.flash.cancel.ok"));
        assertThat(this.tasks.status(id).orElseThrow().state()).isEqualTo(TaskState.CANCELLED);

        var refused = this.mvc.perform(post("/admin/tarefas/{id}/cancelar", id).with(csrf()))
            .andExpect(redirectedUrl("/admin/tarefas"))
            .andExpect(flash().attribute("erro", "tarefas.flash.cancel.nao-permitido"))
            .andReturn();
        // Flash attributes live in the session, which is Spring Session's (PostgreSQL),
        // not MockMvc's: follow the
        // redirect with the session cookie, as a browser would.
        this.mvc.perform(get("/admin/tarefas").cookie(refused.getResponse().getCookie("SESSION")))
            .andExpect(content().string(containsString("Esta tarefa já terminou e não pode ser cancelada.")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void unknownOrMalformedTaskIdIsNotFoundAndAPostWithoutCsrfTokenIsRefused() throws Exception {
        UUID id = failedTask("Teste: sem token");

        this.mvc.perform(post("/admin/tarefas/{id}/cancelar", UUID.randomUUID()).with(csrf()))
            .andExpect(status().isNotFound());
        this.mvc.perform(post("/admin/tarefas/nao-e-um-id/tentar-de-novo").with(csrf()))
            .andExpect(status().isNotFound());
        this.mvc.perform(post("/admin/tarefas/{id}/cancelar", id)).andExpect(status().isForbidden());
        assertThat(this.tasks.status(id).orElseThrow().state()).isEqualTo(TaskState.FAILED);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void otherStaffRolesAreForbidden() throws Exception {
        this.mvc.perform(get("/admin/tarefas")).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsMustAuthenticate() throws Exception {
        this.mvc.perform(get("/admin/tarefas")).andExpect(status().isUnauthorized());
    }

}
