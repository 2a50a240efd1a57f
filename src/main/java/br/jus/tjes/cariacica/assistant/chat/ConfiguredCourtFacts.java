package br.jus.tjes.cariacica.assistant.chat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import br.jus.tjes.cariacica.assistant.AssistantProperties;
import br.jus.tjes.cariacica.assistant.CourtFacts;

/**
 * The unit's facts from {@code court.assistant.unit.*}: working days Monday to Friday,
 * one opening window for every channel. It knows no holidays or closures; a module that
 * owns them replaces it with its own {@link CourtFacts} bean.
 */
final class ConfiguredCourtFacts implements CourtFacts {

    private static final Locale PT_BR = Locale.of("pt", "BR");

    private final AssistantProperties.Unit unit;

    private final Clock clock;

    ConfiguredCourtFacts(AssistantProperties.Unit unit, Clock clock) {
        this.unit = unit;
        this.clock = clock;
    }

    @Override
    public List<Fact> facts() {
        ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(this.unit.zone()));
        String hours = "das " + time(this.unit.opensAt()) + " às " + time(this.unit.closesAt());
        String today = now.getDayOfWeek().getDisplayName(TextStyle.FULL, PT_BR);
        String status = openNow(now)
                ? "Agora (" + today + ", " + time(now.toLocalTime()) + ") a vara está aberta: o balcão, o Balcão "
                        + "Virtual e o telefone atendem até as " + time(this.unit.closesAt()) + "."
                : "Agora (" + today + ", " + time(now.toLocalTime()) + ") a vara está fechada. O atendimento é de "
                        + "segunda a sexta-feira, " + hours + ". Casos urgentes fora do expediente vão ao plantão "
                        + "judiciário.";
        return List.of(
                new Fact("Horário de atendimento",
                        "A 2ª Vara Cível de Cariacica atende de segunda a sexta-feira, " + hours + " (horário de "
                                + "Brasília), no balcão presencial, no Balcão Virtual e por telefone. Em feriados e "
                                + "dias sem expediente forense não há atendimento.",
                        "/atendimento",
                        Set.of("horario", "hora", "abre", "fecha", "funciona", "funcionamento", "expediente",
                                "atendimento", "atende")),
                new Fact("Atendimento agora", status, "/atendimento",
                        Set.of("hoje", "agora", "aberta", "aberto", "fechada", "fechado", "abre", "funcionando")),
                new Fact("Contatos da vara",
                        "Telefone da secretaria: " + this.unit.phone() + ". E-mail: " + this.unit.email()
                                + ". Balcão Virtual " + "(atendimento por videochamada): "
                                + this.unit.balcaoVirtualUrl() + ". Endereço: " + this.unit.address() + ".",
                        "/atendimento",
                        Set.of("telefone", "ligar", "contato", "email", "e-mail", "endereco", "onde fica", "balcao",
                                "falar", "whatsapp")),
                new Fact("Defensoria Pública",
                        "Quem não pode pagar advogado pode procurar a Defensoria Pública do Espírito Santo, pelo "
                                + "telefone " + this.unit.defensoriaPhone() + " ou pelo site "
                                + this.unit.defensoriaUrl() + ". A vara não presta orientação jurídica.",
                        "/atendimento",
                        Set.of("defensoria", "advogado", "advogada", "gratuito", "gratuita", "pagar", "orientacao")));
    }

    @Override
    public List<Channel> channels() {
        boolean open = openNow(ZonedDateTime.now(this.clock.withZone(this.unit.zone())));
        return List.of(new Channel("balcao-virtual", "Balcão Virtual", this.unit.balcaoVirtualUrl().toString(), open),
                new Channel("telefone", "Telefone " + this.unit.phone(),
                        "tel:" + this.unit.phone().replaceAll("[^0-9+]", ""), open),
                new Channel("email", "E-mail " + this.unit.email(), "mailto:" + this.unit.email(), null),
                new Channel("defensoria", "Defensoria Pública (" + this.unit.defensoriaPhone() + ")",
                        this.unit.defensoriaUrl().toString(), null));
    }

    private boolean openNow(ZonedDateTime now) {
        DayOfWeek day = now.getDayOfWeek();
        LocalTime time = now.toLocalTime();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !time.isBefore(this.unit.opensAt())
                && time.isBefore(this.unit.closesAt());
    }

    private static String time(LocalTime time) {
        return (time.getMinute() == 0) ? time.getHour() + "h"
                : String.format("%dh%02d", time.getHour(), time.getMinute());
    }

}
