package br.jus.tjes.cariacica.content.admin.pauta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;

import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.internal.HearingImport;
import br.jus.tjes.cariacica.tasks.BackgroundTasks;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CSV import: upload, a preview of every line (the bad ones by number and reason),
 * confirmation, and a status page that follows the background task until the hearings are
 * on the pauta.
 */
@Controller
@RequestMapping("/admin/pauta")
class HearingImportController {

    static final String UPLOAD = "admin/pauta/importar";
    static final String STAGED = "admin/pauta/importacao";

    /** The model CSV offered for download: the header and two example lines. */
    static final String SAMPLE = """
            data;hora;processo;classe;tipo;forma;sala;situacao;segredo
            15/03/2027;14:00;0001234-45.2024.8.08.0012;Procedimento Comum Cível;Conciliação;Presencial;Sala de audiências 1;Designada;não
            15/03/2027;15:30;00012344520248080012;Procedimento Comum Cível;Instrução e julgamento;Virtual;;Designada;sim
            """;

    private final HearingImport imports;

    private final BackgroundTasks tasks;

    HearingImportController(HearingImport imports, BackgroundTasks tasks) {
        this.imports = imports;
        this.tasks = tasks;
    }

    @GetMapping("/importar")
    String uploadForm(Model model) {
        limits(model);
        return UPLOAD;
    }

    @PostMapping("/importar")
    String upload(@RequestParam(name = "arquivo", required = false) MultipartFile file, Principal principal,
            Model model) throws IOException {
        limits(model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("erroArquivo", "admin.pauta.importar.erro.sem-arquivo");
            return UPLOAD;
        }
        if (file.getSize() > HearingImport.MAX_BYTES) {
            model.addAttribute("erroArquivo", "admin.pauta.importar.erro.tamanho");
            return UPLOAD;
        }
        var preview = this.imports.check(file.getOriginalFilename(), file.getBytes(), principal.getName());
        if (preview.clean()) {
            return "redirect:/admin/pauta/importacoes/" + preview.id();
        }
        model.addAttribute("previa", preview);
        return UPLOAD;
    }

    @GetMapping("/importacoes/{id}")
    String staged(@PathVariable String id, Model model) {
        var staged = this.imports.get(uuid(id));
        model.addAttribute("importacao", staged);
        if (staged.taskId() != null) {
            this.tasks.status(staged.taskId()).ifPresent((status) -> model.addAttribute("tarefa", status));
        }
        return STAGED;
    }

    @PostMapping("/importacoes/{id}/confirmar")
    String confirm(@PathVariable String id, RedirectAttributes redirect) {
        UUID importId = uuid(id);
        try {
            this.imports.confirm(importId);
            redirect.addFlashAttribute("mensagem", "admin.pauta.importar.confirmada");
        }
        catch (IllegalStateException ex) {
            redirect.addFlashAttribute("erro", "admin.pauta.importar.ja-confirmada");
        }
        return "redirect:/admin/pauta/importacoes/" + importId;
    }

    @GetMapping("/modelo.csv")
    ResponseEntity<byte[]> sample() {
        // With a byte order mark, so a spreadsheet opens the accents right.
        byte[] body = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("modelo-pauta.csv").build().toString())
            .body(body);
    }

    private static void limits(Model model) {
        model.addAttribute("maxMb", HearingImport.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxLinhas", HearingImport.MAX_LINES);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        }
        catch (IllegalArgumentException ex) {
            throw new ContentNotFoundException("importacao-pauta:" + text);
        }
    }

}
