package br.jus.tjes.cariacica.admin;

/**
 * A password and its confirmation: one an administrator sets for an account, or a new
 * account's first.
 */
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
