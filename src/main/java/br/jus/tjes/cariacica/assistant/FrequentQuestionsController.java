package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.search.SearchVocabulary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questions citizens ask most without a good answer, each with a shortcut to the FAQ
 * form prefilled with it ({@code /admin/conteudo/faq/nova?pergunta=...}, in the content
 * module) and a form that makes it another phrasing of an existing entry
 * ({@link VocabularyController}).
 */
@Controller
@RequestMapping("/admin/assistente/perguntas")
class FrequentQuestionsController {

    static final int MAX_FILTER = 200;

    private final UnansweredQuestions questions;

    private final SearchVocabulary vocabulary;

    FrequentQuestionsController(UnansweredQuestions questions, SearchVocabulary vocabulary) {
        this.questions = questions;
        this.vocabulary = vocabulary;
    }

    @GetMapping
    String list(@RequestParam(name = "contem", required = false) String contains, Model model) {
        String filter = (contains != null) ? contains.strip() : "";
        if (filter.length() > MAX_FILTER) {
            filter = filter.substring(0, MAX_FILTER);
        }
        model.addAttribute("contem", filter);
        model.addAttribute("perguntas", this.questions.mostFrequent(filter, UnansweredQuestions.LIMIT));
        model.addAttribute("limite", UnansweredQuestions.LIMIT);
        // For the one-step "this is another way of asking an existing entry".
        model.addAttribute("entradas", this.vocabulary.faqEntries());
        return "admin/assistente/perguntas";
    }

}
