package br.jus.tjes.cariacica.assistant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The retention form: days an untouched conversation is kept. A bean, so a typed "abc"
 * comes back to the page.
 */
class RetentionForm {

    @NotNull(message = "{revisao.retencao.obrigatorio}")
    @Min(value = RetentionSettings.MIN_DAYS, message = "{revisao.retencao.faixa}")
    @Max(value = RetentionSettings.MAX_DAYS, message = "{revisao.retencao.faixa}")
    private Integer dias;

    RetentionForm() {
    }

    RetentionForm(Integer dias) {
        this.dias = dias;
    }

    public Integer getDias() {
        return this.dias;
    }

    public void setDias(Integer dias) {
        this.dias = dias;
    }

}
