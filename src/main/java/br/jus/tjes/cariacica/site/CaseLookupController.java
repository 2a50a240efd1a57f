package br.jus.tjes.cariacica.site;

import java.util.List;

import br.jus.tjes.cariacica.content.CnjNumber;
import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.content.SiteContent;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Checks a CNJ number, says whether it belongs to TJES, lists this unit's public hearings
 * for it and points to PJe's public lookup, which holds the case itself.
 */
@Controller
class CaseLookupController {

    static final int MAX_INPUT = 40;

    private final SiteContent content;

    private final SiteProperties properties;

    CaseLookupController(SiteContent content, SiteProperties properties) {
        this.content = content;
        this.properties = properties;
    }

    @GetMapping("/consulta-processual")
    String lookup(@RequestParam(name = "numero", required = false) String input, Model model,
            HttpServletResponse response) {
        model.addAttribute("pjeUrl", this.properties.pjePublicLookupUrl().toString());
        model.addAttribute("numero",
                (input != null) ? ((input.length() > MAX_INPUT) ? input.substring(0, MAX_INPUT) : input) : "");
        if (input == null) {
            return "consulta/consulta";
        }
        var parsed = (input.length() > MAX_INPUT) ? new CnjNumber.Parsed(null, CnjNumber.Problem.FORMAT)
                : CnjNumber.parse(input);
        if (!parsed.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", "consulta.erro." + parsed.problem().name().toLowerCase().replace('_', '-'));
            return "consulta/consulta";
        }
        var number = parsed.number();
        model.addAttribute("processo", number.formatted());
        model.addAttribute("tjes", number.isTjes());
        model.addAttribute("audiencias",
                number.isTjes() ? this.content.hearings(HearingFilter.ofCase(number.formatted())) : List.of());
        return "consulta/consulta";
    }

}
