package br.jus.tjes.cariacica.site;

import java.time.Clock;

import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.time.CourtTime;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages about the unit itself: what it does, how to reach it, accessibility and
 * privacy.
 */
@Controller
class UnitPagesController {

    private final SiteContent content;

    private final Clock clock;

    UnitPagesController(SiteContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    @GetMapping("/a-vara")
    String unit(Model model) {
        model.addAttribute("unit", this.content.unit());
        return "site/a-vara";
    }

    @GetMapping("/atendimento")
    String attendance(Model model) {
        var now = this.clock.instant();
        var unit = this.content.unit();
        model.addAttribute("unit", unit);
        model.addAttribute("statuses", ChannelStatus.of(unit, now));
        model.addAttribute("closures", unit.upcomingClosures(now.atZone(CourtTime.ZONE).toLocalDate()));
        return "site/atendimento";
    }

    @GetMapping("/acessibilidade")
    String accessibility(Model model) {
        model.addAttribute("page", this.content.page("acessibilidade").orElseThrow(UnitPagesController::notFound));
        return "site/acessibilidade";
    }

    @GetMapping("/privacidade")
    String privacy(Model model) {
        model.addAttribute("unit", this.content.unit());
        model.addAttribute("page", this.content.page("privacidade").orElseThrow(UnitPagesController::notFound));
        return "site/privacidade";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

}
