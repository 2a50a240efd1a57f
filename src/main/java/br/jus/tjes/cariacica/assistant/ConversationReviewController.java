package br.jus.tjes.cariacica.assistant;

import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assistant's conversations for staff (EDITOR or ADMIN, by
 * {@code SecurityConfiguration}): the list with its filters, one conversation, and the
 * citizen's LGPD requests on it (a JSON copy, erasure). Export and erasure are POSTs with
 * the CSRF token: both act on a citizen's data and are audited, so no link or image may
 * trigger them.
 */
@Controller
@RequestMapping("/admin/assistente")
class ConversationReviewController {

    private final ConversationReview review;

    private final ConversationRequests requests;

    ConversationReviewController(ConversationReview review, ConversationRequests requests) {
        this.review = review;
        this.requests = requests;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filtro") ConversationFilter filter, BindingResult binding, Model model) {
        // An unknown filter or page typed by hand shows its message and the first page of
        // every conversation.
        model.addAttribute("pagina", this.review.find(binding.hasErrors() ? ConversationFilter.all() : filter));
        model.addAttribute("tipos", ConversationFilter.Kind.values());
        return "admin/assistente/conversas";
    }

    @GetMapping("/conversas/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("conversa", this.review.detail(parse(id)).orElseThrow(ConversationNotFound::new));
        model.addAttribute("zona", this.review.zone());
        return "admin/assistente/conversa";
    }

    @PostMapping("/conversas/{id}/exportar")
    ResponseEntity<byte[]> export(@PathVariable String id, Principal principal) {
        UUID conversationId = parse(id);
        byte[] file = this.requests.export(conversationId, principal.getName());
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("conversa-" + conversationId + ".json").build().toString())
            // A citizen's conversation: no shared or browser cache keeps a copy.
            .cacheControl(CacheControl.noStore())
            .body(file);
    }

    /** Erasure asks first: the page says what goes and that it cannot be undone. */
    @GetMapping("/conversas/{id}/apagar")
    String confirmErase(@PathVariable String id, Model model) {
        model.addAttribute("conversa", this.review.detail(parse(id)).orElseThrow(ConversationNotFound::new));
        return "admin/assistente/apagar";
    }

    @PostMapping("/conversas/{id}/apagar")
    String erase(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        this.requests.erase(parse(id), principal.getName());
        redirect.addFlashAttribute("mensagem", "revisao.conversa.apagada");
        return "redirect:/admin/assistente";
    }

    /** A malformed id cannot name a conversation: the same 404 as an erased one. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        }
        catch (IllegalArgumentException ex) {
            throw new ConversationNotFound();
        }
    }

}
