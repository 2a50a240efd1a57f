package br.jus.tjes.cariacica.content.admin.pauta;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import br.jus.tjes.cariacica.content.ContentConflictException;
import br.jus.tjes.cariacica.content.ContentRuleException;
import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingData;
import br.jus.tjes.cariacica.content.HearingFields;
import br.jus.tjes.cariacica.content.internal.HearingEditor;
import br.jus.tjes.cariacica.time.CourtTime;
import br.jus.tjes.cariacica.web.CourtDates;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's pauta: a list by period, and a form to add, change or delete one hearing.
 * Every change is a POST answered by a redirect and a flash message; a save over someone
 * else's change is refused with a conflict message. The form is {@link HearingFields},
 * text as typed, built from the request through its constructor; the version the editor
 * loaded travels beside it ({@code versao}).
 */
@Controller
@RequestMapping("/admin/pauta")
class HearingController {

    static final String LIST = "admin/pauta/lista";
    static final String FORM = "admin/pauta/audiencia";

    /** The longest period the staff list shows at once. */
    private static final int MAX_DAYS = 366;

    private final HearingEditor book;

    private final Clock clock;

    HearingController(HearingEditor book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    /** The form is a record: its constructor takes the fields, nothing is set after. */
    @InitBinder("audiencia")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("tipos", Hearing.Type.values());
        model.addAttribute("formas", Hearing.Mode.values());
        model.addAttribute("situacoes", Hearing.Status.values());
    }

    @GetMapping
    String list(@RequestParam(name = "de", required = false) String from,
            @RequestParam(name = "ate", required = false) String to, Model model) {
        LocalDate today = LocalDate.now(this.clock.withZone(CourtTime.ZONE));
        LocalDate fromDate = CourtDates.date(from).orElse(today);
        LocalDate toDate = CourtDates.date(to).orElse(fromDate.plusDays(30));
        if (toDate.isBefore(fromDate) || ChronoUnit.DAYS.between(fromDate, toDate) > MAX_DAYS) {
            model.addAttribute("erro", "admin.pauta.lista.periodo-invalido");
            toDate = fromDate.plusDays(30);
        }
        model.addAttribute("de", fromDate);
        model.addAttribute("ate", toDate);
        model.addAttribute("audiencias", this.book.between(fromDate, toDate));
        return LIST;
    }

    @GetMapping("/nova")
    String newForm(Model model) {
        return show(model, new HearingFields(null, null, null, null, null, Hearing.Mode.PRESENCIAL.name(), null,
                Hearing.Status.DESIGNADA.name(), null), null);
    }

    @PostMapping("/nova")
    String create(@ModelAttribute("audiencia") HearingFields form, BindingResult binding, RedirectAttributes redirect) {
        HearingData data = checked(form, binding);
        if (data == null) {
            return FORM;
        }
        try {
            this.book.create(data);
            redirect.addFlashAttribute("mensagem", "admin.pauta.criada");
            return "redirect:/admin/pauta?de=" + data.scheduledAt().toLocalDate();
        }
        catch (ContentRuleException ex) {
            binding.reject(ex.messageKey());
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var hearing = this.book.get(id);
        model.addAttribute("id", id);
        model.addAttribute("atualizadaEm", this.book.updatedAt(id));
        return show(model, HearingFields.from(hearing.draft()), String.valueOf(hearing.version()));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("audiencia") HearingFields form, BindingResult binding,
            @RequestParam(name = "versao", required = false) @Nullable String version, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        model.addAttribute("versao", version);
        HearingData data = checked(form, binding);
        if (data == null) {
            return FORM;
        }
        try {
            this.book.update(id, version(version), data);
            redirect.addFlashAttribute("mensagem", "admin.pauta.alterada");
            return "redirect:/admin/pauta/" + id;
        }
        catch (ContentConflictException ex) {
            redirect.addFlashAttribute("erro", "admin.pauta.conflito");
            return "redirect:/admin/pauta/" + id;
        }
        catch (ContentRuleException ex) {
            binding.reject(ex.messageKey());
            return FORM;
        }
    }

    @PostMapping("/{id}/excluir")
    String delete(@PathVariable long id, @RequestParam(name = "versao", required = false) @Nullable String version,
            RedirectAttributes redirect) {
        try {
            this.book.delete(id, version(version));
            redirect.addFlashAttribute("mensagem", "admin.pauta.excluida");
            return "redirect:/admin/pauta";
        }
        catch (ContentConflictException ex) {
            redirect.addFlashAttribute("erro", "admin.pauta.conflito");
            return "redirect:/admin/pauta/" + id;
        }
    }

    /** The form, read field by field as it is bound. */
    private static String show(Model model, HearingFields form, @Nullable String version) {
        model.addAttribute("audiencia", form);
        model.addAttribute("versao", version);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "audiencia",
                new DirectFieldBindingResult(form, "audiencia"));
        return FORM;
    }

    /** The hearing, or {@code null} with every problem put on its field. */
    private static @Nullable HearingData checked(HearingFields form, BindingResult binding) {
        var checked = form.check();
        for (var problem : checked.problems()) {
            if (problem.field() == null) {
                binding.reject(problem.messageKey(), problem.argumentArray(), null);
            }
            else {
                binding.rejectValue(problem.field(), problem.messageKey(), problem.argumentArray(), null);
            }
        }
        return checked.valid() ? checked.hearing() : null;
    }

    /**
     * The version the editor loaded; {@code -1} when missing or garbled, which never
     * matches (a conflict).
     */
    private static long version(@Nullable String text) {
        try {
            return Long.parseLong((text != null) ? text.strip() : "");
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

}
