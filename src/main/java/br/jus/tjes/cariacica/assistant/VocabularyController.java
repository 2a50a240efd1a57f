package br.jus.tjes.cariacica.assistant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the assistant understands, taught by staff: synonyms and alternative phrasings of
 * FAQ entries, used by the next question. The frequent unanswered questions page posts
 * here to turn a question into a phrasing of an existing entry.
 */
@Controller
@RequestMapping("/admin/assistente/vocabulario")
class VocabularyController {

    private static final String PAGE = "/admin/assistente/vocabulario";

    private static final String QUESTIONS = "/admin/assistente/perguntas";

    private final VocabularyEditing editing;

    VocabularyController(VocabularyEditing editing) {
        this.editing = editing;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("sinonimos", this.editing.vocabulary().synonyms());
        model.addAttribute("formas", this.editing.vocabulary().phrasings());
        model.addAttribute("entradas", this.editing.vocabulary().faqEntries());
        model.addAttribute("maxPalavra", VocabularyEditing.MAX_WORD);
        model.addAttribute("maxSignificado", VocabularyEditing.MAX_EXPANSION);
        model.addAttribute("maxForma", VocabularyEditing.MAX_PHRASING);
        return "admin/assistente/vocabulario";
    }

    @PostMapping("/sinonimos")
    String saveSynonym(@RequestParam(name = "palavra", required = false) String word,
            @RequestParam(name = "significado", required = false) String expansion, RedirectAttributes redirect) {
        return done(this.editing.saveSynonym(word, expansion), PAGE, redirect);
    }

    @PostMapping("/sinonimos/apagar")
    String removeSynonym(@RequestParam(name = "palavra", required = false) String word, RedirectAttributes redirect) {
        return done(this.editing.removeSynonym(word), PAGE, redirect);
    }

    @PostMapping("/formas")
    String addPhrasing(@RequestParam(name = "entrada", required = false) String entry,
            @RequestParam(name = "texto", required = false) String text,
            @RequestParam(name = "voltar", required = false) String back, RedirectAttributes redirect) {
        return done(this.editing.addPhrasing(entry, text), ("perguntas".equals(back)) ? QUESTIONS : PAGE, redirect);
    }

    @PostMapping("/formas/{id}/apagar")
    String removePhrasing(@PathVariable("id") long id, RedirectAttributes redirect) {
        return done(this.editing.removePhrasing(id), PAGE, redirect);
    }

    private static String done(String message, String page, RedirectAttributes redirect) {
        boolean failed = message.endsWith("-invalido") || message.endsWith("-invalida")
                || message.endsWith("inexistente") || message.endsWith("nao-adicionada");
        redirect.addFlashAttribute((failed) ? "erro" : "mensagem", message);
        return "redirect:" + page;
    }

}
