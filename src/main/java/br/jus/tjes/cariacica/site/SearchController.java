package br.jus.tjes.cariacica.site;

import br.jus.tjes.cariacica.search.SiteSearch;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Site search over pages, guides, FAQ and notices, through the search module. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;

    static final int MAX_QUERY = 200;

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/busca")
    String search(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "pagina", required = false) String page, Model model, HttpServletResponse response) {
        String text = (query != null) ? query.strip() : "";
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        model.addAttribute("q", text);
        int pageNumber = 1;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            }
            catch (NumberFormatException ex) {
                pageNumber = -1;
            }
            if (pageNumber < 1 || pageNumber > 1000) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("erro", Paged.INVALID_PAGE);
                pageNumber = 1;
            }
        }
        if (text.isEmpty()) {
            return "busca/busca";
        }
        model.addAttribute("resultados", this.search.search(text, pageNumber - 1, PAGE_SIZE));
        return "busca/busca";
    }

}
