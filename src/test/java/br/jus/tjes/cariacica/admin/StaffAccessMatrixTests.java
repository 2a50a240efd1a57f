package br.jus.tjes.cariacica.admin;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous, EDITOR, OPS and ADMIN against every staff route: allowed (the page, or 404
 * for a section whose module is not built yet), redirected to the login form, or 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffAccessMatrixTests {

    private static final Set<String> EDITOR = Set.of("EDITOR");

    private static final Set<String> OPS = Set.of("OPS");

    private static final Set<String> ADMIN = Set.of("ADMIN");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final Map<String, StaffBrowser> browsers = new HashMap<>();

    private List<Route> routes;

    @BeforeAll
    void logInOnePersonPerRole() {
        for (String role : List.of("EDITOR", "OPS", "ADMIN")) {
            var browser = new StaffBrowser(this.port);
            String username = StaffTestAccounts.create(this.dataSource, role);
            assertThat(location(browser.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin");
            this.browsers.put(role, browser);
        }
        long someAccount = StaffTestAccounts.idOf(this.dataSource, StaffTestAccounts.create(this.dataSource, "EDITOR"));
        var any = Set.of("EDITOR", "OPS", "ADMIN");
        this.routes = List.of(new Route("/admin", true, any), new Route("/admin/contas", true, ADMIN),
                new Route("/admin/contas/nova", true, ADMIN), new Route("/admin/contas/" + someAccount, true, ADMIN),
                new Route("/admin/auditoria", true, ADMIN),
                new Route("/admin/auditoria?acao=LOGIN_SUCCESS", true, ADMIN),
                new Route("/admin/conteudo", true, union(EDITOR, ADMIN)),
                new Route("/admin/conteudo/avisos", true, union(EDITOR, ADMIN)),
                new Route("/admin/conteudo/faq/nova?pergunta=teste", true, union(EDITOR, ADMIN)),
                new Route("/admin/conteudo/unidade", true, union(EDITOR, ADMIN)),
                new Route("/admin/pauta", true, union(EDITOR, ADMIN)),
                new Route("/admin/pauta/nova", true, union(EDITOR, ADMIN)),
                new Route("/admin/pauta/importar", true, union(EDITOR, ADMIN)),
                new Route("/admin/assistente", true, union(EDITOR, ADMIN)),
                new Route("/admin/operacoes", true, union(OPS, ADMIN)),
                new Route("/admin/tarefas", true, union(OPS, ADMIN)), new Route("/admin/qualquer-outra", false, any));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginFormFromEveryStaffRoute() {
        var anonymous = new StaffBrowser(this.port);
        for (Route route : this.routes) {
            var response = anonymous.get(route.path());
            assertThat(response.statusCode()).as(route.path()).isEqualTo(302);
            assertThat(location(response)).as(route.path()).endsWith("/admin/entrar");
        }
    }

    @Test
    void eachRoleOpensItsRoutesAndGets403OnTheOthers() {
        for (var entry : this.browsers.entrySet()) {
            for (Route route : this.routes) {
                var response = entry.getValue().get(route.path());
                String what = entry.getKey() + " " + route.path();
                if (route.roles().contains(entry.getKey())) {
                    assertThat(response.statusCode()).as(what).isEqualTo(route.built() ? 200 : 404);
                }
                else {
                    assertThat(response.statusCode()).as(what).isEqualTo(403);
                    assertThat(response.body()).as(what).contains("Acesso não permitido");
                }
            }
        }
    }

    @Test
    void theLoginFormIsOpenToEveryone() {
        var response = new StaffBrowser(this.port).get("/admin/entrar");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1>Área dos servidores</h1>", "name=\"_csrf\"",
                "autocomplete=\"current-password\"");
    }

    @Test
    void theStaffHomeListsOnlyTheSectionsTheRoleOpens() {
        assertThat(this.browsers.get("ADMIN").get("/admin").body()).contains("href=\"/admin/contas\"",
                "href=\"/admin/auditoria\"", "Administrador (contas e auditoria)");
        assertThat(this.browsers.get("EDITOR").get("/admin").body())
            .doesNotContain("href=\"/admin/contas\"", "href=\"/admin/auditoria\"", "href=\"/admin/tarefas\"")
            .contains("Editor (conteúdo, pauta e assistente)");
        assertThat(this.browsers.get("OPS").get("/admin").body())
            .contains("href=\"/admin/operacoes\"", "href=\"/admin/tarefas\"")
            .doesNotContain("href=\"/admin/contas\"");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Route, whether a page answers there today, and the roles (besides ADMIN where
     * listed) that open it.
     */
    private record Route(String path, boolean built, Set<String> roles) {
    }

}
