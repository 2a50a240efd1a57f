package br.jus.tjes.cariacica.content.admin.pauta;

import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFields;
import br.jus.tjes.cariacica.content.StoredHearing;

/**
 * The staff form for one hearing: text as typed (checked by {@link HearingFields}), and
 * the version loaded.
 */
class HearingForm {

    private String data;

    private String hora;

    private String processo;

    private String classe;

    private String tipo;

    private String forma = Hearing.Mode.PRESENCIAL.name();

    private String sala;

    private String situacao = Hearing.Status.DESIGNADA.name();

    private boolean segredo;

    private String versao;

    static HearingForm of(StoredHearing hearing) {
        var fields = HearingFields.from(hearing.data());
        var form = new HearingForm();
        form.data = fields.data();
        form.hora = fields.hora();
        form.processo = fields.processo();
        form.classe = fields.classe();
        form.tipo = fields.tipo();
        form.forma = fields.forma();
        form.sala = fields.sala();
        form.situacao = fields.situacao();
        form.segredo = hearing.data().sealed();
        form.versao = String.valueOf(hearing.version());
        return form;
    }

    HearingFields fields() {
        return new HearingFields(this.data, this.hora, this.processo, this.classe, this.tipo, this.forma, this.sala,
                this.situacao, this.segredo ? "sim" : "nao");
    }

    /**
     * The version the editor loaded; {@code -1} when missing or garbled, which never
     * matches (a conflict).
     */
    long version() {
        try {
            return Long.parseLong((this.versao != null) ? this.versao.strip() : "");
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    public String getData() {
        return this.data;
    }

    public void setData(String data) {
        this.data = data;
    }

    public String getHora() {
        return this.hora;
    }

    public void setHora(String hora) {
        this.hora = hora;
    }

    public String getProcesso() {
        return this.processo;
    }

    public void setProcesso(String processo) {
        this.processo = processo;
    }

    public String getClasse() {
        return this.classe;
    }

    public void setClasse(String classe) {
        this.classe = classe;
    }

    public String getTipo() {
        return this.tipo;
    }

    public void setTipo(String tipo) {
        this.tipo = tipo;
    }

    public String getForma() {
        return this.forma;
    }

    public void setForma(String forma) {
        this.forma = forma;
    }

    public String getSala() {
        return this.sala;
    }

    public void setSala(String sala) {
        this.sala = sala;
    }

    public String getSituacao() {
        return this.situacao;
    }

    public void setSituacao(String situacao) {
        this.situacao = situacao;
    }

    public boolean isSegredo() {
        return this.segredo;
    }

    public void setSegredo(boolean segredo) {
        this.segredo = segredo;
    }

    public String getVersao() {
        return this.versao;
    }

    public void setVersao(String versao) {
        this.versao = versao;
    }

}
