package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;

import br.jus.tjes.cariacica.assistant.ChatApiModels.ChatRequest;
import br.jus.tjes.cariacica.assistant.ChatApiModels.ChatResponse;
import br.jus.tjes.cariacica.assistant.ChatApiModels.FeedbackRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assistant's JSON API. Anonymous: a conversation is reached with the token of its
 * first reply, sent in the {@code X-Conversation-Token} header (or the body); without it
 * every call is a 404. No cookie authenticates these calls, which is why {@code /api/**}
 * is exempt from CSRF in SecurityConfiguration.
 */
@RestController
@RequestMapping("/api/chat")
@Tag(name = "Assistente", description = "Assistente automático que responde a partir do conteúdo do site da vara")
class ChatApiController {

    static final String TOKEN_HEADER = "X-Conversation-Token";

    private final ChatService chat;

    private final ConversationStore conversations;

    ChatApiController(ChatService chat, ConversationStore conversations) {
        this.chat = chat;
        this.conversations = conversations;
    }

    @PostMapping
    @Operation(summary = "Envia uma mensagem e recebe a resposta",
            responses = { @ApiResponse(responseCode = "200"), @ApiResponse(responseCode = "400"),
                    @ApiResponse(responseCode = "404"), @ApiResponse(responseCode = "413"),
                    @ApiResponse(responseCode = "415"), @ApiResponse(responseCode = "429"),
                    @ApiResponse(responseCode = "503") })
    Callable<ResponseEntity<ChatResponse>> chat(@RequestBody ChatRequest body,
            @Parameter(description = "Token da conversa") @RequestHeader(name = TOKEN_HEADER,
                    required = false) String token,
            HttpServletRequest request) {
        // Answered on a thread of its own (Spring MVC's asynchronous requests): a message
        // the model answers waits about 2 s, and on the request's thread that wait kept
        // the whole stack under it (Tomcat, every filter, the dispatcher: half of its 225
        // frames) in the heap, 1,500 times over at full load (docs/PERFORMANCE.md,
        // session 19). The request's own thread returns at once.
        String clientAddress = request.getRemoteAddr();
        Instant arrivedAt = ChatArrival.of(request);
        return () -> {
            var reply = this.chat.chat(body.conversationId(), (token != null) ? token : body.conversationToken(),
                    body.message(), clientAddress, arrivedAt);
            return ResponseEntity.ok()
                .header("RateLimit", reply.allowance().rateLimitHeader())
                .header("RateLimit-Policy", reply.allowance().rateLimitPolicyHeader())
                .body(ChatResponse.of(reply));
        };
    }

    @GetMapping("/{conversationId}")
    @Operation(summary = "O histórico da conversa")
    ConversationView history(@PathVariable UUID conversationId,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        return this.conversations.read(conversationId, token);
    }

    @DeleteMapping("/{conversationId}")
    @Operation(summary = "Apaga a conversa e todas as suas mensagens (LGPD)")
    ResponseEntity<Void> erase(@PathVariable UUID conversationId,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        this.conversations.erase(conversationId, token);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{conversationId}/messages/{messageId}/feedback")
    @Operation(summary = "Diz se uma resposta foi útil")
    ResponseEntity<Void> feedback(@PathVariable UUID conversationId, @PathVariable UUID messageId,
            @RequestBody FeedbackRequest body, @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        if (body.useful() == null) {
            throw new InvalidMessageException("assistente.erro.util-ausente");
        }
        if (body.comment() != null && body.comment().length() > 500) {
            throw new InvalidMessageException("assistente.erro.comentario-longo");
        }
        this.conversations.rate(conversationId, (token != null) ? token : body.conversationToken(), messageId,
                body.useful(), body.comment());
        return ResponseEntity.noContent().build();
    }

}
