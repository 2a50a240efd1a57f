package br.jus.tjes.cariacica.assistant;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON of the chat API: plain records, nothing of the OpenAI client's types. */
final class ChatApiModels {

    private ChatApiModels() {
    }

    @Schema(description = "Uma mensagem do cidadão")
    record ChatRequest(@Schema(description = "Conversa a continuar; ausente para começar uma nova") UUID conversationId,
            @Schema(description = "Token da conversa (alternativa ao cabeçalho X-Conversation-Token)") @JsonDeserialize(
                    using = StrictJson.Text.class) String conversationToken,
            @Schema(description = "A pergunta, de 1 a 1.000 caracteres", requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 1000) @JsonDeserialize(using = StrictJson.Text.class) String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A resposta do assistente")
    record ChatResponse(UUID conversationId, @Schema(
            description = "Só na primeira resposta: guarde-o, é pedido em toda chamada seguinte") String conversationToken,
            UUID messageId, String answer, List<Source> sources, @Schema(allowableValues = {
                    "ai", "knowledge-base", "direct" }) String mode,
            @Schema(allowableValues = { "answered", "not-found", "refused" }) String outcome,
            List<CourtFacts.Channel> handoff){

        static ChatResponse of(ChatReply reply) {
            return new ChatResponse(reply.conversationId(), reply.conversationToken(), reply.messageId(),
                    reply.answer(), reply.sources(), reply.mode().value(), reply.outcome().value(), reply.handoff());
        }
    }

    @Schema(description = "Se a resposta ajudou")
    record FeedbackRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonDeserialize(
                    using = StrictJson.Flag.class) Boolean useful,
            @Schema(maxLength = 500) @JsonDeserialize(using = StrictJson.Text.class) String comment,
            @Schema(description = "Token da conversa (alternativa ao cabeçalho X-Conversation-Token)") @JsonDeserialize(
                    using = StrictJson.Text.class) String conversationToken) {
    }

}
