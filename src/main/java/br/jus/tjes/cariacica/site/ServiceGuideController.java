package br.jus.tjes.cariacica.site;

import br.jus.tjes.cariacica.content.SiteContent;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class ServiceGuideController {

    private final SiteContent content;

    ServiceGuideController(SiteContent content) {
        this.content = content;
    }

    @GetMapping("/servicos")
    String list(Model model) {
        model.addAttribute("guides", this.content.serviceGuides());
        return "servicos/lista";
    }

    @GetMapping("/servicos/{slug}")
    String show(@PathVariable String slug, Model model) {
        var guide = this.content.serviceGuides()
            .stream()
            .filter((candidate) -> candidate.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("guide", guide);
        return "servicos/guia";
    }

}
