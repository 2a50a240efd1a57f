package br.jus.tjes.cariacica.admin;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff home lists the sections a person's roles open, and only those whose pages
 * exist: in this slice only the accounts' pages are mapped, so the other sections stay
 * out whatever the roles.
 */
class StaffHomeControllerTests extends AdminWebSlice {

    @Test
    @WithMockUser(username = "maria", roles = { "OPS", "ADMIN" })
    void anAdministratorSeesTheAccountsSectionAndNoSectionWithoutPages() {
        var result = this.mvc.get().uri("/admin").exchange();

        assertThat(result).hasStatusOk().hasViewName("admin/inicio");
        assertThat(result).model()
            .containsEntry("papeis", List.of("ADMIN", "OPS"))
            .hasEntrySatisfying("secoes",
                    (sections) -> assertThat((List<?>) sections).extracting((section) -> ((StaffSection) section).key())
                        .containsExactly("contas"));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorDoesNotSeeTheAccountsSection() {
        var result = this.mvc.get().uri("/admin").exchange();

        assertThat(result).hasStatusOk().hasViewName("admin/inicio");
        assertThat(result).model().containsEntry("papeis", List.of("EDITOR")).containsEntry("secoes", List.of());
    }

    @Test
    @WithMockUser
    void theSignInPageSaysWhyItIsShown() {
        // "?erro" as a browser sends it: a parameter without a value.
        var failed = this.mvc.get().uri("/admin/entrar").param("erro", "").exchange();
        var loggedOut = this.mvc.get().uri("/admin/entrar").param("saiu", "").exchange();

        assertThat(failed).hasStatusOk().hasViewName("admin/entrar");
        assertThat(failed).model()
            .containsEntry("falhou", true)
            .containsEntry("saiu", false)
            .containsEntry("expirou", false);
        assertThat(loggedOut).model().containsEntry("falhou", false).containsEntry("saiu", true);
    }

}
