package br.jus.tjes.cariacica.assistant.web;

import java.io.Serializable;
import java.util.UUID;

import br.jus.tjes.cariacica.assistant.chat.ChatService;
import br.jus.tjes.cariacica.assistant.chat.ConversationNotFoundException;
import br.jus.tjes.cariacica.assistant.chat.ConversationStore;
import br.jus.tjes.cariacica.assistant.chat.InvalidMessageException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /assistente}: the assistant as a plain form, for browsers without JavaScript. A
 * page form, so it carries the CSRF token; the conversation's id and token live in the
 * HTTP session (which the CSRF token already needs), never in the page.
 */
@Controller
@RequestMapping("/assistente")
class AssistantPageController {

    static final String CONVERSATION = "assistente.conversa";

    private static final String VIEW = "assistant/pagina";

    private final ChatService chat;

    private final ConversationStore conversations;

    private final ChatRateLimiter rateLimiter;

    AssistantPageController(ChatService chat, ConversationStore conversations, ChatRateLimiter rateLimiter) {
        this.chat = chat;
        this.conversations = conversations;
        this.rateLimiter = rateLimiter;
    }

    @GetMapping
    String page(HttpServletRequest request, Model model) {
        model.addAttribute("canais", this.chat.handoff());
        PageConversation current = current(request);
        if (current != null) {
            try {
                model.addAttribute("conversa", this.conversations.read(current.id(), current.token()));
            }
            catch (ConversationNotFoundException ex) {
                request.getSession().removeAttribute(CONVERSATION);
            }
        }
        return VIEW;
    }

    @PostMapping
    String ask(@RequestParam(name = "mensagem", required = false) String message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var decision = this.rateLimiter.tryConsume(request.getRemoteAddr());
        if (!decision.allowed()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            return refused("assistente.erro.limite", message, request, model);
        }
        PageConversation current = current(request);
        try {
            var reply = (current != null) ? answerIn(current, message, request) : this.chat.chat(null, null, message);
            String token = (reply.conversationToken() != null) ? reply.conversationToken()
                    : (current != null && current.id().equals(reply.conversationId())) ? current.token() : null;
            request.getSession().setAttribute(CONVERSATION, new PageConversation(reply.conversationId(), token));
            return "redirect:/assistente#resposta";
        }
        catch (InvalidMessageException ex) {
            response.setStatus(400);
            return refused(ex.messageKey(), message, request, model);
        }
    }

    @PostMapping("/apagar")
    String erase(HttpServletRequest request, RedirectAttributes redirect) {
        PageConversation current = current(request);
        if (current != null) {
            try {
                this.conversations.erase(current.id(), current.token());
            }
            catch (ConversationNotFoundException ex) {
                // Already gone: nothing left to erase.
            }
            request.getSession().removeAttribute(CONVERSATION);
        }
        redirect.addFlashAttribute("aviso", "assistente.apagada");
        return "redirect:/assistente";
    }

    @PostMapping("/avaliar")
    String rate(@RequestParam(name = "mensagemId", required = false) UUID messageId,
            @RequestParam(name = "util", required = false) Boolean useful, HttpServletRequest request,
            RedirectAttributes redirect) {
        PageConversation current = current(request);
        if (current != null && messageId != null && useful != null) {
            try {
                this.conversations.rate(current.id(), current.token(), messageId, useful, null);
                redirect.addFlashAttribute("aviso", "assistente.util.obrigado");
            }
            catch (ConversationNotFoundException ex) {
                request.getSession().removeAttribute(CONVERSATION);
            }
        }
        return "redirect:/assistente#resposta";
    }

    /** A conversation erased elsewhere (or expired) is replaced by a new one. */
    private br.jus.tjes.cariacica.assistant.chat.ChatReply answerIn(PageConversation current, String message,
            HttpServletRequest request) {
        try {
            return this.chat.chat(current.id(), current.token(), message);
        }
        catch (ConversationNotFoundException ex) {
            request.getSession().removeAttribute(CONVERSATION);
            return this.chat.chat(null, null, message);
        }
    }

    private String refused(String errorKey, String message, HttpServletRequest request, Model model) {
        page(request, model);
        model.addAttribute("erro", errorKey);
        model.addAttribute("mensagem", message);
        return VIEW;
    }

    private static PageConversation current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return (session != null && session.getAttribute(CONVERSATION) instanceof PageConversation conversation)
                ? conversation : null;
    }

    /** The conversation this browser session holds. */
    record PageConversation(UUID id, String token) implements Serializable {
    }

}
