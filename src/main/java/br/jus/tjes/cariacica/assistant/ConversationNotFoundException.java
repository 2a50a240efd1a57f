package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.web.ApiRefusal;

import org.springframework.http.HttpStatus;

/**
 * No such conversation, or not with this token: the two are indistinguishable on purpose
 * (404 either way).
 */
class ConversationNotFoundException extends ApiRefusal {

    ConversationNotFoundException() {
        super(HttpStatus.NOT_FOUND, "assistente.erro.conversa.titulo", "assistente.erro.conversa");
    }

}
