package br.jus.tjes.cariacica.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import br.jus.tjes.cariacica.content.CnjNumber;
import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.time.CourtTime;
import br.jus.tjes.cariacica.web.CourtDates;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hearing list (pauta), filtered by local dates, type, mode and case number. Every
 * parameter arrives as text and is checked here, so a bad value becomes a message next to
 * its field (status 400), never an error page.
 */
@Controller
class PautaController {

    static final int PAGE_SIZE = 20;

    static final int DEFAULT_DAYS = 30;

    static final int MAX_DAYS = 366;

    private final SiteContent content;

    private final Clock clock;

    PautaController(SiteContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    @GetMapping("/pauta")
    String pauta(@RequestParam(name = "de", required = false) String from,
            @RequestParam(name = "ate", required = false) String to,
            @RequestParam(name = "tipo", required = false) String type,
            @RequestParam(name = "modo", required = false) String mode,
            @RequestParam(name = "processo", required = false) String caseNumber,
            @RequestParam(name = "pagina", required = false) String page, Model model, HttpServletResponse response) {
        LocalDate today = this.clock.instant().atZone(CourtTime.ZONE).toLocalDate();
        Map<String, String> errors = new LinkedHashMap<>();

        LocalDate fromDate = date(from, "de", errors);
        LocalDate toDate = date(to, "ate", errors);
        if (fromDate == null) {
            fromDate = (toDate != null && !errors.containsKey("ate")) ? toDate.minusDays(DEFAULT_DAYS) : today;
        }
        if (toDate == null) {
            toDate = fromDate.plusDays(DEFAULT_DAYS);
        }
        if (toDate.isBefore(fromDate)) {
            errors.put("ate", "pauta.erro.ate-antes");
            toDate = fromDate.plusDays(DEFAULT_DAYS);
        }
        else if (ChronoUnit.DAYS.between(fromDate, toDate) > MAX_DAYS) {
            errors.put("ate", "pauta.erro.intervalo-longo");
            toDate = fromDate.plusDays(MAX_DAYS);
        }
        Hearing.Type hearingType = option(Hearing.Type.class, type, "tipo", errors);
        Hearing.Mode hearingMode = option(Hearing.Mode.class, mode, "modo", errors);
        String number = null;
        if (caseNumber != null && !caseNumber.isBlank()) {
            var parsed = CnjNumber.parse((caseNumber.length() > CaseLookupController.MAX_INPUT) ? "x" : caseNumber);
            if (parsed.valid()) {
                number = parsed.number().formatted();
            }
            else {
                errors.put("processo", "pauta.erro.processo");
            }
        }

        var hearings = this.content.hearings(new HearingFilter(fromDate, toDate, hearingType, hearingMode, number));
        var paged = Paged.of(hearings, page, PAGE_SIZE);
        if (paged.hasError()) {
            errors.put("pagina", paged.errorKey());
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Instant updated = hearings.stream().map(Hearing::updatedAt).max(Instant::compareTo).orElse(null);

        model.addAttribute("de", fromDate);
        model.addAttribute("ate", toDate);
        model.addAttribute("tipo", hearingType);
        model.addAttribute("modo", hearingMode);
        model.addAttribute("processo", (caseNumber != null) ? caseNumber.strip() : "");
        model.addAttribute("tipos", Hearing.Type.values());
        model.addAttribute("modos", Hearing.Mode.values());
        model.addAttribute("audiencias", paged);
        model.addAttribute("atualizadoEm", updated);
        model.addAttribute("erros", errors);
        return "pauta/pauta";
    }

    private static LocalDate date(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var date = CourtDates.date(raw);
        if (date.isEmpty()) {
            errors.put(field, "pauta.erro.data");
        }
        return date.orElse(null);
    }

    private static <E extends Enum<E>> E option(Class<E> type, String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.strip().toUpperCase(Locale.ROOT);
        if (Arrays.stream(type.getEnumConstants()).noneMatch((constant) -> constant.name().equals(name))) {
            errors.put(field, "pauta.erro.opcao");
            return null;
        }
        return Enum.valueOf(type, name);
    }

}
