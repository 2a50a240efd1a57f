package br.jus.tjes.cariacica.content.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The content section of the staff area: one link per kind of content. */
@Controller
class ContentHome {

    static final List<String> SECTIONS = List.of("alertas", "avisos", "servicos", "faq", "unidade", "canais",
            "fechamentos", "paginas");

    @GetMapping("/admin/conteudo")
    String home(Model model) {
        model.addAttribute("secoes", SECTIONS);
        return "admin/conteudo/inicio";
    }

}
