package br.jus.tjes.cariacica.site;

import java.time.Clock;

import br.jus.tjes.cariacica.content.SiteContent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final int LATEST_NOTICES = 3;

    private final SiteContent content;

    private final Clock clock;

    HomeController(SiteContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        var now = this.clock.instant();
        var unit = this.content.unit();
        model.addAttribute("unit", unit);
        model.addAttribute("statuses", ChannelStatus.of(unit, now));
        model.addAttribute("balcaoVirtual",
                unit.channels()
                    .stream()
                    .filter((c) -> c.kind() == br.jus.tjes.cariacica.content.Channel.Kind.BALCAO_VIRTUAL)
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

}
