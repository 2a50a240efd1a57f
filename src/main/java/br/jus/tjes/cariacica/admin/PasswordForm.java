package br.jus.tjes.cariacica.admin;

/** A new password set by an administrator for an account. */
class PasswordForm {

    /**
     * Checked by the controller ({@link AccountRules#isValidPassword}): a length in
     * characters cannot express the hash's limit in bytes.
     */
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
