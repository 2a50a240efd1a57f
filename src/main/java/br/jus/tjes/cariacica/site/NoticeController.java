package br.jus.tjes.cariacica.site;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import br.jus.tjes.cariacica.content.Notice;
import br.jus.tjes.cariacica.content.SiteContent;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class NoticeController {

    static final int PAGE_SIZE = 10;

    static final int FEED_SIZE = 20;

    private final SiteContent content;

    private final Clock clock;

    private final AtomFeed feed;

    NoticeController(SiteContent content, Clock clock, AtomFeed feed) {
        this.content = content;
        this.clock = clock;
        this.feed = feed;
    }

    @GetMapping("/avisos")
    String list(@RequestParam(name = "pagina", required = false) String page, Model model,
            HttpServletResponse response) {
        var paged = Paged.of(visibleNotices(), page, PAGE_SIZE);
        if (paged.hasError()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("notices", paged);
        return "avisos/lista";
    }

    @GetMapping("/avisos/{slug}")
    String show(@PathVariable String slug, Model model) {
        var notice = visibleNotices().stream()
            .filter((candidate) -> candidate.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("notice", notice);
        return "avisos/aviso";
    }

    @GetMapping("/avisos/feed.xml")
    ResponseEntity<String> feed() {
        var notices = visibleNotices().stream().limit(FEED_SIZE).toList();
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
            .body(this.feed.render(notices));
    }

    private List<Notice> visibleNotices() {
        Instant now = this.clock.instant();
        return this.content.publishedNotices().stream().filter((notice) -> notice.isVisibleAt(now)).toList();
    }

}
