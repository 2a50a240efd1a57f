package br.jus.tjes.cariacica.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password set by an administrator for an account. */
class PasswordForm {

    @Size(min = AccountRules.MIN_PASSWORD, max = AccountRules.MAX_PASSWORD, message = "{contas.senha.tamanho}")
    @NotNull(message = "{contas.senha.tamanho}")
    private String senha;

    private String senhaConfirmacao;

    public String getSenha() {
        return this.senha;
    }

    public void setSenha(String senha) {
        this.senha = senha;
    }

    public String getSenhaConfirmacao() {
        return this.senhaConfirmacao;
    }

    public void setSenhaConfirmacao(String senhaConfirmacao) {
        this.senhaConfirmacao = senhaConfirmacao;
    }

}
