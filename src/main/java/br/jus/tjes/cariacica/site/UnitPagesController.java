package br.jus.tjes.cariacica.site;

import java.time.Clock;
import java.time.Instant;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.content.Unit;
import br.jus.tjes.cariacica.time.CourtTime;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages about the unit itself: the home page, what it does, how to reach it,
 * accessibility and privacy. The home page and the attendance page both show each
 * channel's status now.
 */
@Controller
class UnitPagesController {

    static final int LATEST_NOTICES = 3;

    private final SiteContent content;

    private final Clock clock;

    UnitPagesController(SiteContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        var unit = this.content.unit();
        var now = showStatuses(unit, model);
        model.addAttribute("balcaoVirtual",
                unit.channels()
                    .stream()
                    .filter((c) -> c.kind() == Channel.Kind.BALCAO_VIRTUAL)
                    .findFirst()
                    .orElse(null));
        model.addAttribute("latestNotices",
                this.content.publishedNotices()
                    .stream()
                    .filter((notice) -> notice.isVisibleAt(now))
                    .limit(LATEST_NOTICES)
                    .toList());
        return "site/home";
    }

    @GetMapping("/a-vara")
    String unit(Model model) {
        model.addAttribute("unit", this.content.unit());
        return "site/a-vara";
    }

    @GetMapping("/atendimento")
    String attendance(Model model) {
        var unit = this.content.unit();
        var now = showStatuses(unit, model);
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

    /**
     * Shows the unit and the status of each of its channels now.
     * @param unit the unit
     * @param model the page's model
     * @return the instant the statuses are for
     */
    private Instant showStatuses(Unit unit, Model model) {
        var now = this.clock.instant();
        model.addAttribute("unit", unit);
        model.addAttribute("statuses", ChannelStatus.of(unit, now));
        return now;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

}
