package br.jus.tjes.cariacica.admin;

import java.util.List;
import java.util.Set;

/**
 * A part of the staff area, shown on the staff home to those whose roles open it (the
 * same rules as {@code SecurityConfiguration}).
 *
 * @param key the message key prefix of its title and description
 * @param path where it lives
 * @param roles any of these opens it
 */
record StaffSection(String key, String path, Set<StaffRole> roles) {

    static final List<StaffSection> ALL = List.of(
            new StaffSection("conteudo", "/admin/conteudo", Set.of(StaffRole.EDITOR, StaffRole.ADMIN)),
            new StaffSection("pauta", "/admin/pauta", Set.of(StaffRole.EDITOR, StaffRole.ADMIN)),
            new StaffSection("assistente", "/admin/assistente", Set.of(StaffRole.EDITOR, StaffRole.ADMIN)),
            new StaffSection("operacoes", "/admin/operacoes", Set.of(StaffRole.OPS, StaffRole.ADMIN)),
            new StaffSection("tarefas", "/admin/tarefas", Set.of(StaffRole.OPS, StaffRole.ADMIN)),
            new StaffSection("contas", "/admin/contas", Set.of(StaffRole.ADMIN)),
            new StaffSection("auditoria", "/admin/auditoria", Set.of(StaffRole.ADMIN)));

}
