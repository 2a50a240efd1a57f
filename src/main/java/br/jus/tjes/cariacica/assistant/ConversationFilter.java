package br.jus.tjes.cariacica.assistant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the conversation list, all optional.
 *
 * @param filtro which conversations; {@code null}: all of them
 * @param pagina page number, from 1
 */
// Both fields are optional: a staff member may send either, or none.
record ConversationFilter(@Nullable Kind filtro, @Nullable @Min(1) @Max(100_000) Integer pagina) {

    /** Which conversations a staff member wants to review. */
    enum Kind {

        /** At least one answer came from the knowledge base and found something. */
        BASE_DE_CONHECIMENTO,
        /** At least one answer said it did not find the answer. */
        SEM_RESPOSTA,
        /** The citizen marked at least one answer as not useful. */
        NAO_UTIL,
        /** At least one question asked for legal advice and was declined. */
        RECUSADA,
        /**
         * At least one reply of the model was not shown: uncited, or stating what no
         * cited passage holds.
         */
        NAO_FUNDAMENTADA

    }

    static ConversationFilter all() {
        return new ConversationFilter(null, 1);
    }

    int page() {
        return (this.pagina != null) ? this.pagina : 1;
    }
}
