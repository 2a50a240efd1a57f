package br.jus.tjes.cariacica.audit;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit trail for administrators: read-only, so there is no form that posts here. */
@Controller
@RequestMapping("/admin/auditoria")
class AuditTrailController {

    private final AuditTrail trail;

    AuditTrailController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filtro") AuditFilter filter, BindingResult binding, Model model) {
        // An unreadable filter (a date typed by hand, an unknown action) shows its
        // message and the unfiltered trail.
        var page = this.trail.find(binding.hasErrors() ? AuditFilter.none() : filter);
        model.addAttribute("pagina", page);
        model.addAttribute("acoes", AuditAction.values());
        return "auditoria/lista";
    }

}
