package br.jus.tjes.cariacica.admin;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The "new account" form; the passwords never go back to the page. */
class NewAccountForm {

    @NotBlank(message = "{contas.usuario.obrigatorio}")
    @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = "{contas.usuario.formato}")
    private String usuario;

    @NotBlank(message = "{contas.nome.obrigatorio}")
    @Size(max = 100, message = "{contas.nome.tamanho}")
    private String nome;

    @NotEmpty(message = "{contas.papeis.obrigatorio}")
    private Set<StaffRole> papeis = EnumSet.noneOf(StaffRole.class);

    /**
     * Checked by the controller ({@link AccountRules#isValidPassword}): a length in
     * characters cannot express the hash's limit in bytes.
     */
    private String senha;

    private String senhaConfirmacao;

    public String getUsuario() {
        return usuario;
    }

    public void setUsuario(String usuario) {
        this.usuario = usuario == null ? null : usuario.strip().toLowerCase(Locale.ROOT);
    }

    public String getNome() {
        return nome;
    }

    public void setNome(String nome) {
        this.nome = nome == null ? null : nome.strip();
    }

    public Set<StaffRole> getPapeis() {
        return papeis;
    }

    public void setPapeis(Set<StaffRole> papeis) {
        this.papeis = papeis == null ? EnumSet.noneOf(StaffRole.class) : papeis;
    }

    public String getSenha() {
        return senha;
    }

    public void setSenha(String senha) {
        this.senha = senha;
    }

    public String getSenhaConfirmacao() {
        return senhaConfirmacao;
    }

    public void setSenhaConfirmacao(String senhaConfirmacao) {
        this.senhaConfirmacao = senhaConfirmacao;
    }

}
