package br.jus.tjes.cariacica.assistant;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /assistente}: the assistant as a plain form, for browsers without JavaScript. A
 * page form, so it carries the CSRF token (kept in a cookie by the security
 * configuration); the conversation's id and token live in an HTTP-only cookie of this
 * path, never in the page. No server session is ever created for a citizen: a crawler
 * leaves no row behind, and the notices after a redirect travel in its URL.
 */
@Controller
@RequestMapping("/assistente")
class AssistantPageController {

    static final String CONVERSATION_COOKIE = "assistente-conversa";

    static final String PATH = "/assistente";

    private static final String VIEW = "assistant/pagina";

    /** The notices a redirect may ask the page to show, by their URL parameter. */
    private static final String ERASED = "apagada";

    private static final String THANKED = "obrigado";

    private final ChatService chat;

    private final ConversationStore conversations;

    AssistantPageController(ChatService chat, ConversationStore conversations) {
        this.chat = chat;
        this.conversations = conversations;
    }

    @GetMapping
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("canais", this.chat.handoff());
        if (request.getParameter(ERASED) != null) {
            model.addAttribute("aviso", "assistente.apagada");
        }
        else if (request.getParameter(THANKED) != null) {
            model.addAttribute("aviso", "assistente.util.obrigado");
        }
        PageConversation current = current(request);
        if (current != null) {
            try {
                model.addAttribute("conversa", this.conversations.read(current.id(), current.token()));
            }
            catch (ConversationNotFoundException ex) {
                forget(request, response);
            }
        }
        return VIEW;
    }

    @PostMapping
    String ask(@RequestParam(name = "mensagem", required = false) String message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        PageConversation current = current(request);
        try {
            var reply = (current != null) ? answerIn(current, message, request) : ask(null, message, request);
            String token = (reply.conversationToken() != null) ? reply.conversationToken()
                    : (current != null && current.id().equals(reply.conversationId())) ? current.token() : null;
            remember(new PageConversation(reply.conversationId(), token), request, response);
            return "redirect:/assistente#resposta";
        }
        catch (InvalidMessageException ex) {
            response.setStatus(400);
            return refused(ex.messageKey(), message, request, response, model);
        }
        catch (RateLimitExceededException ex) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(ex.allowance().retryAfterSeconds()));
            return refused("assistente.erro.limite", message, request, response, model);
        }
        catch (ChatOverloadedException ex) {
            response.setStatus(503);
            response.setHeader("Retry-After", "2");
            return refused("assistente.erro.ocupado", message, request, response, model);
        }
    }

    @PostMapping("/apagar")
    String erase(HttpServletRequest request, HttpServletResponse response) {
        PageConversation current = current(request);
        if (current != null) {
            try {
                this.conversations.erase(current.id(), current.token());
            }
            catch (ConversationNotFoundException ex) {
                // Already gone: nothing left to erase.
            }
            forget(request, response);
        }
        return "redirect:/assistente?" + ERASED;
    }

    @PostMapping("/avaliar")
    String rate(@RequestParam(name = "mensagemId", required = false) UUID messageId,
            @RequestParam(name = "util", required = false) Boolean useful, HttpServletRequest request,
            HttpServletResponse response) {
        PageConversation current = current(request);
        if (current != null && messageId != null && useful != null) {
            try {
                this.conversations.rate(current.id(), current.token(), messageId, useful, null);
                return "redirect:/assistente?" + THANKED + "#resposta";
            }
            catch (ConversationNotFoundException ex) {
                forget(request, response);
            }
        }
        return "redirect:/assistente#resposta";
    }

    /** A conversation erased elsewhere (or expired) is replaced by a new one. */
    private ChatReply answerIn(PageConversation current, String message, HttpServletRequest request) {
        try {
            return ask(current, message, request);
        }
        catch (ConversationNotFoundException ex) {
            // The new conversation's cookie replaces this one.
            return ask(null, message, request);
        }
    }

    private ChatReply ask(PageConversation current, String message, HttpServletRequest request) {
        return this.chat.chat((current != null) ? current.id() : null, (current != null) ? current.token() : null,
                message, request.getRemoteAddr(), ChatArrival.of(request));
    }

    private String refused(String errorKey, String message, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        page(request, response, model);
        model.addAttribute("erro", errorKey);
        model.addAttribute("mensagem", message);
        return VIEW;
    }

    private static PageConversation current(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (CONVERSATION_COOKIE.equals(cookie.getName())) {
                    return PageConversation.parse(cookie.getValue());
                }
            }
        }
        return null;
    }

    /**
     * A browser-session cookie for this path only (HTTP-only, same-site Lax, secure over
     * HTTPS): the other pages never receive it, so they stay cacheable.
     */
    private static void remember(PageConversation conversation, HttpServletRequest request,
            HttpServletResponse response) {
        if (conversation.token() != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(conversation.cookieValue(), request).build().toString());
        }
    }

    private static void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", request).maxAge(0).build().toString());
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(String value, HttpServletRequest request) {
        return ResponseCookie.from(CONVERSATION_COOKIE, value)
            .path(PATH)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax");
    }

    /** The conversation this browser holds, from its cookie. */
    record PageConversation(UUID id, String token) {

        String cookieValue() {
            return this.id + "." + this.token;
        }

        static PageConversation parse(String value) {
            int dot = (value != null) ? value.indexOf('.') : -1;
            if (dot <= 0 || dot == value.length() - 1) {
                return null;
            }
            try {
                return new PageConversation(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1));
            }
            catch (IllegalArgumentException ex) {
                return null;
            }
        }
    }

}
