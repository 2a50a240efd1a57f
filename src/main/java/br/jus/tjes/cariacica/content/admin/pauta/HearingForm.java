package br.jus.tjes.cariacica.content.admin.pauta;

import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFields;
import br.jus.tjes.cariacica.content.StoredHearing;
import org.jspecify.annotations.Nullable;

/**
 * The staff form for one hearing: text as typed (checked by {@link HearingFields}), and
 * the version loaded; bound onto its fields, like the content forms.
 */
class HearingForm {

    @Nullable String data;

    @Nullable String hora;

    @Nullable String processo;

    @Nullable String classe;

    @Nullable String tipo;

    @Nullable String forma = Hearing.Mode.PRESENCIAL.name();

    @Nullable String sala;

    @Nullable String situacao = Hearing.Status.DESIGNADA.name();

    boolean segredo;

    @Nullable String versao;

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

    public @Nullable String getVersao() {
        return this.versao;
    }

}
