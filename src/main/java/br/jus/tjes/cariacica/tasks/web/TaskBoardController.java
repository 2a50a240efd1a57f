package br.jus.tjes.cariacica.tasks.web;

import java.util.UUID;

import br.jus.tjes.cariacica.tasks.internal.TaskEngine;
import br.jus.tjes.cariacica.tasks.internal.TaskQueue;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/tarefas}: the background tasks for staff (roles ADMIN and OPS); retry and
 * cancel for ADMIN only.
 */
@Controller
@RequestMapping("/admin/tarefas")
class TaskBoardController {

    private final TaskBoard board;

    private final TaskEngine engine;

    TaskBoardController(TaskBoard board, TaskEngine engine) {
        this.board = board;
        this.engine = engine;
    }

    @GetMapping
    String board(Model model, HttpServletRequest request) {
        model.addAttribute("board", this.board.board());
        // OPS only watches; the security rules refuse its POSTs as well.
        model.addAttribute("podeAgir", request.isUserInRole("ADMIN"));
        model.addAttribute("limite", TaskBoard.LIMIT);
        return "tarefas/painel";
    }

    @PostMapping("/{id}/tentar-de-novo")
    String retry(@PathVariable String id, RedirectAttributes redirect) {
        return after(this.engine.queue().retry(parse(id)), "retry", redirect);
    }

    @PostMapping("/{id}/cancelar")
    String cancel(@PathVariable String id, RedirectAttributes redirect) {
        return after(this.engine.queue().cancel(parse(id)), "cancel", redirect);
    }

    private static String after(TaskQueue.Outcome outcome, String action, RedirectAttributes redirect) {
        switch (outcome) {
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case DONE -> redirect.addFlashAttribute("sucesso", "tarefas.flash." + action + ".ok");
            case RUNNING -> redirect.addFlashAttribute("erro", "tarefas.flash.em-execucao");
            case NOT_ALLOWED -> redirect.addFlashAttribute("erro", "tarefas.flash." + action + ".nao-permitido");
        }
        return "redirect:/admin/tarefas";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        }
        catch (IllegalArgumentException ex) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

}
