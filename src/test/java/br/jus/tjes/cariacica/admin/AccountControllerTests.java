package br.jus.tjes.cariacica.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import br.jus.tjes.cariacica.admin.AccountService.AccountRuleException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Account management, as petclinic tests its owner forms: the view each request renders,
 * what the model holds, and the code of every field error.
 */
@WithMockUser(username = "maria", roles = "ADMIN")
class AccountControllerTests extends AdminWebSlice {

    private static final String STRONG_PASSWORD = "uma senha longa o bastante";

    @Test
    void theListShowsEveryAccount() {
        var account = account(7, "joao");
        given(this.accounts.all()).willReturn(List.of(account));

        var result = this.mvc.get().uri("/admin/contas").exchange();

        assertThat(result).hasStatusOk().hasViewName("admin/contas/lista");
        assertThat(result).model()
            .containsEntry("contas", List.of(account))
            .containsEntry("todosPapeis", StaffRole.values());
        assertThat(result).bodyText().contains("joao");
    }

    @Test
    void theNewAccountFormStartsEmpty() {
        var result = this.mvc.get().uri("/admin/contas/nova").exchange();

        assertThat(result).hasStatusOk().hasViewName("admin/contas/nova");
        assertThat(result).model().hasEntrySatisfying("conta", (form) -> {
            assertThat(form).isInstanceOf(NewAccountForm.class);
            assertThat(((NewAccountForm) form).getPapeis()).isEmpty();
        });
    }

    @Test
    void anIncompleteNewAccountShowsTheFormWithTheErrorOfEachFieldAndCreatesNothing() {
        var result = this.mvc.post()
            .uri("/admin/contas/nova")
            .with(csrf())
            .param("usuario", "Maria Silva")
            .param("nome", " ")
            .param("senha", "curta")
            .param("senhaConfirmacao", "outra")
            .exchange();

        assertThat(result).hasStatusOk().hasViewName("admin/contas/nova");
        assertThat(result).model()
            .extractingBindingResult("conta")
            .hasFieldErrorCode("usuario", "Pattern")
            .hasFieldErrorCode("nome", "NotBlank")
            .hasFieldErrorCode("papeis", "NotEmpty")
            .hasFieldErrorCode("senha", "contas.senha.tamanho")
            .hasFieldErrorCode("senhaConfirmacao", "contas.senha.diferente");
        then(this.accounts).should(never()).create(anyString(), anyString(), any(), anyString());
    }

    @Test
    void aValidNewAccountIsCreatedAndShownWithAMessage() {
        given(this.accounts.create("joao", "João Silva", Set.of(StaffRole.EDITOR), STRONG_PASSWORD))
            .willReturn(account(7, "joao"));

        var result = this.mvc.post()
            .uri("/admin/contas/nova")
            .with(csrf())
            .param("usuario", "joao")
            .param("nome", "João Silva")
            .param("papeis", "EDITOR")
            .param("senha", STRONG_PASSWORD)
            .param("senhaConfirmacao", STRONG_PASSWORD)
            .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/contas/7");
        assertThat(result).flash().containsEntry("mensagem", "contas.criada");
    }

    @Test
    void aTakenUsernameIsAnErrorOfTheWholeFormAndARaceAnErrorOfTheUsername() {
        given(this.accounts.create(anyString(), anyString(), any(), anyString()))
            .willThrow(new AccountRuleException("contas.usuario.existe"))
            .willThrow(new DataIntegrityViolationException("staff_account_username_key"));

        var taken = createJoao();
        var race = createJoao();

        assertThat(taken).hasStatusOk().hasViewName("admin/contas/nova");
        assertThat(taken).model()
            .extractingBindingResult("conta")
            .hasErrorsCount(1)
            .satisfies((binding) -> assertThat(binding.getGlobalError().getCode()).isEqualTo("contas.usuario.existe"));
        assertThat(race).hasViewName("admin/contas/nova");
        assertThat(race).model().extractingBindingResult("conta").hasFieldErrorCode("usuario", "contas.usuario.existe");
    }

    @Test
    void anAccountPageHoldsTheAccountAndItsTwoFormsAndAMissingOneIsNotFound() {
        var account = account(7, "joao");
        given(this.accounts.get(7)).willReturn(account);
        given(this.accounts.get(99)).willThrow(new AccountNotFoundException());

        var shown = this.mvc.get().uri("/admin/contas/7").exchange();
        var missing = this.mvc.get().uri("/admin/contas/99").exchange();

        assertThat(shown).hasStatusOk().hasViewName("admin/contas/conta");
        assertThat(shown).model()
            .containsEntry("conta", account)
            .containsKeys("senhaForm")
            .hasEntrySatisfying("papeisForm",
                    (form) -> assertThat(((RolesForm) form).getPapeis()).containsExactly(StaffRole.EDITOR));
        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void takingEveryRoleAwayIsAnErrorOfTheRolesAndChangesNothing() {
        given(this.accounts.get(7)).willReturn(account(7, "joao"));

        var result = this.mvc.post().uri("/admin/contas/7/papeis").with(csrf()).exchange();

        assertThat(result).hasStatusOk().hasViewName("admin/contas/conta");
        assertThat(result).model().extractingBindingResult("papeisForm").hasFieldErrorCode("papeis", "NotEmpty");
        then(this.accounts).should(never()).changeRoles(anyLong(), any(), anyString());
    }

    @Test
    void aPasswordResetWithoutAMatchingConfirmationIsAnErrorOfTheConfirmation() {
        given(this.accounts.get(7)).willReturn(account(7, "joao"));

        var result = this.mvc.post()
            .uri("/admin/contas/7/senha")
            .with(csrf())
            .param("senha", STRONG_PASSWORD)
            .param("senhaConfirmacao", STRONG_PASSWORD + "!")
            .exchange();

        assertThat(result).hasStatusOk().hasViewName("admin/contas/conta");
        assertThat(result).model()
            .extractingBindingResult("senhaForm")
            .hasOnlyFieldErrors("senhaConfirmacao")
            .hasFieldErrorCode("senhaConfirmacao", "contas.senha.diferente");
        then(this.accounts).should(never()).resetPassword(anyLong(), anyString(), anyString());
    }

    @Test
    void aRefusedChangeComesBackToTheAccountWithTheRuleAsItsMessage() {
        willThrow(new AccountRuleException("contas.desativar-propria")).given(this.accounts)
            .setEnabled(7, false, "maria");

        var refused = this.mvc.post().uri("/admin/contas/7/desativar").with(csrf()).exchange();
        var enabled = this.mvc.post().uri("/admin/contas/8/ativar").with(csrf()).exchange();

        assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/contas/7");
        assertThat(refused).flash().containsEntry("erro", "contas.desativar-propria").doesNotContainKey("mensagem");
        assertThat(enabled).hasRedirectedUrl("/admin/contas/8");
        assertThat(enabled).flash().containsEntry("mensagem", "contas.ativada");
        // The acting user is the one signed in.
        then(this.accounts).should().setEnabled(8, true, "maria");
    }

    private MvcTestResult createJoao() {
        return this.mvc.post()
            .uri("/admin/contas/nova")
            .with(csrf())
            .param("usuario", "joao")
            .param("nome", "João Silva")
            .param("papeis", "EDITOR")
            .param("senha", STRONG_PASSWORD)
            .param("senhaConfirmacao", STRONG_PASSWORD)
            .exchange();
    }

    private static StaffAccount account(long id, String username) {
        var account = new StaffAccount(username, "João Silva", "{noop}x", Set.of(StaffRole.EDITOR),
                Instant.parse("2027-01-01T12:00:00Z"));
        ReflectionTestUtils.setField(account, "id", id);
        return account;
    }

}
