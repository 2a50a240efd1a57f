package br.jus.tjes.cariacica.assistant.web;

import java.io.Serializable;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import br.jus.tjes.cariacica.assistant.chat.ChatOverloadedException;
import br.jus.tjes.cariacica.assistant.chat.ChatService;
import br.jus.tjes.cariacica.assistant.chat.ConversationNotFoundException;
import br.jus.tjes.cariacica.assistant.chat.ConversationStore;
import br.jus.tjes.cariacica.assistant.chat.InvalidMessageException;
import br.jus.tjes.cariacica.assistant.chat.RateLimitExceededException;

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

    AssistantPageController(ChatService chat, ConversationStore conversations) {
        this.chat = chat;
        this.conversations = conversations;
    }

    /** The conversation this browser session holds. */
    record PageConversation(UUID id, String token) implements Serializable {
    }

    @GetMapping
    String page(HttpServletRequest request, Model model) {
        model.addAttribute("canais", chat.handoff());
        PageConversation current = current(request);
        if (current != null) {
            try {
                model.addAttribute("conversa", conversations.read(current.id(), current.token()));
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
        PageConversation current = current(request);
        try {
            var reply = (current == null) ? ask(null, message, request) : answerIn(current, message, request);
            String token = reply.conversationToken() != null ? reply.conversationToken()
                    : current != null && current.id().equals(reply.conversationId()) ? current.token() : null;
            request.getSession().setAttribute(CONVERSATION, new PageConversation(reply.conversationId(), token));
            return "redirect:/assistente#resposta";
        }
        catch (InvalidMessageException ex) {
            response.setStatus(400);
            return refused(ex.messageKey(), message, request, model);
        }
        catch (RateLimitExceededException ex) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(ex.allowance().retryAfterSeconds()));
            return refused("assistente.erro.limite", message, request, model);
        }
        catch (ChatOverloadedException ex) {
            response.setStatus(503);
            response.setHeader("Retry-After", "2");
            return refused("assistente.erro.ocupado", message, request, model);
        }
    }

    @PostMapping("/apagar")
    String erase(HttpServletRequest request, RedirectAttributes redirect) {
        PageConversation current = current(request);
        if (current != null) {
            try {
                conversations.erase(current.id(), current.token());
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
                conversations.rate(current.id(), current.token(), messageId, useful, null);
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
            return ask(current, message, request);
        }
        catch (ConversationNotFoundException ex) {
            request.getSession().removeAttribute(CONVERSATION);
            return ask(null, message, request);
        }
    }

    private br.jus.tjes.cariacica.assistant.chat.ChatReply ask(PageConversation current, String message,
            HttpServletRequest request) {
        return this.chat.chat((current != null) ? current.id() : null, (current != null) ? current.token() : null,
                message, request.getRemoteAddr(), ChatArrival.of(request));
    }

    private String refused(String errorKey, String message, HttpServletRequest request, Model model) {
        page(request, model);
        model.addAttribute("erro", errorKey);
        model.addAttribute("mensagem", message);
        return VIEW;
    }

    private static PageConversation current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CONVERSATION) instanceof PageConversation conversation
                ? conversation : null;
    }

}
