package br.jus.tjes.cariacica.site;

import br.jus.tjes.cariacica.content.SiteContent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class FaqController {

    private final SiteContent content;

    FaqController(SiteContent content) {
        this.content = content;
    }

    @GetMapping("/perguntas-frequentes")
    String faq(Model model) {
        model.addAttribute("categories",
                this.content.faq().stream().filter((category) -> !category.entries().isEmpty()).toList());
        return "faq/perguntas";
    }

}
