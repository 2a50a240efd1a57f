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
        model.addAttribute("checks", report.checks());
        model.addAttribute("traffic", report.traffic());
        model.addAttribute("pools", report.pools());
        model.addAttribute("breakers", report.breakers());
        model.addAttribute("assistantModes", report.assistantModes());
        return "ops/operacoes";
    }

}
