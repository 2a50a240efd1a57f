package br.jus.tjes.cariacica.ops.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operations dashboard: the site's health and traffic on one server-rendered page,
 * for OPS and ADMIN.
 */
@Controller
class OperationsController {

    private final OperationsReport report;

    OperationsController(OperationsReport report) {
        this.report = report;
    }

    @GetMapping("/admin/operacoes")
    String dashboard(Model model) {
        model.addAttribute("checks", this.report.checks());
        model.addAttribute("traffic", this.report.traffic());
        model.addAttribute("pools", this.report.pools());
        model.addAttribute("breakers", this.report.breakers());
        model.addAttribute("assistantModes", this.report.assistantModes());
        return "ops/operacoes";
    }

}
