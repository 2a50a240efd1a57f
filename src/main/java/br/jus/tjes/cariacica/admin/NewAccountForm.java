package br.jus.tjes.cariacica.admin;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The "new account" form: the account's first password, with its username, name and
 * roles; the passwords never go back to the page.
 */
class NewAccountForm extends PasswordForm {

    @NotBlank(message = "{contas.usuario.obrigatorio}")
    @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = "{contas.usuario.formato}")
    private String usuario;

    @NotBlank(message = "{contas.nome.obrigatorio}")
    @Size(max = 100, message = "{contas.nome.tamanho}")
    private String nome;

    @NotEmpty(message = "{contas.papeis.obrigatorio}")
    private Set<StaffRole> papeis = EnumSet.noneOf(StaffRole.class);

    public String getUsuario() {
        return this.usuario;
    }

    public void setUsuario(String usuario) {
        this.usuario = (usuario != null) ? usuario.strip().toLowerCase(Locale.ROOT) : null;
    }

    public String getNome() {
        return this.nome;
    }

    public void setNome(String nome) {
        this.nome = (nome != null) ? nome.strip() : null;
    }

    public Set<StaffRole> getPapeis() {
        return this.papeis;
    }

    public void setPapeis(Set<StaffRole> papeis) {
        this.papeis = (papeis != null) ? papeis : EnumSet.noneOf(StaffRole.class);
    }

}
