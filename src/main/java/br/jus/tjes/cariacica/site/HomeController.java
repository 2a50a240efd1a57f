package br.jus.tjes.cariacica.site;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import br.jus.tjes.cariacica.content.SiteContent;

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
        var now = clock.instant();
        var unit = content.unit();
        model.addAttribute("unit", unit);
        model.addAttribute("statuses", ChannelStatus.of(unit, now));
        model.addAttribute("balcaoVirtual",
                unit.channels()
                    .stream()
                    .filter(c -> c.kind() == br.jus.tjes.cariacica.content.Channel.Kind.BALCAO_VIRTUAL)
                    .findFirst()
                    .orElse(null));
        model.addAttribute("latestNotices",
                content.publishedNotices()
                    .stream()
                    .filter(notice -> notice.isVisibleAt(now))
                    .limit(LATEST_NOTICES)
                    .toList());
        return "site/home";
    }

}
