package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.content.Channel.Kind;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.content.Unit;
import org.jsoup.Jsoup;

/**
 * The unit's facts from the site's own content: every channel's hours, whether each is
 * open now (closures honoured), contacts, plantão and Defensoria. The same data the pages
 * show, so the assistant never disagrees with them.
 */
final class ContentCourtFacts implements CourtFacts {

    private static final Locale PT_BR = Locale.of("pt", "BR");

    private static final String PAGE = "/atendimento";

    private final SiteContent content;

    private final Clock clock;

    /**
     * The last facts and channels built, reused while the unit (a cached instance) and
     * the minute are the same.
     */
    private volatile Memo memo;

    ContentCourtFacts(SiteContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    @Override
    public List<Fact> facts() {
        return current().facts();
    }

    @Override
    public List<CourtFacts.Channel> channels() {
        return current().channels();
    }

    private Memo current() {
        Unit unit = this.content.unit();
        Instant now = this.clock.instant();
        long minute = now.getEpochSecond() / 60;
        Memo last = this.memo;
        // Every chat message reads the facts and the channels of its handoff; building
        // them parses HTML and works out each channel's hours, yet they change only with
        // the content (a new Unit instance after an edit) or with the clock (open or
        // closed), at minute granularity.
        if (last != null && last.unit() == unit && last.minute() == minute) {
            return last;
        }
        Memo built = new Memo(unit, minute, build(unit, now), handoff(unit, now));
        this.memo = built;
        return built;
    }

    private List<Fact> build(Unit unit, Instant now) {
        // The content module's Channel: its simple name here is CourtFacts.Channel.
        var withHours = unit.channels().stream().filter(br.jus.tjes.cariacica.content.Channel::hasHours).toList();
        String hours = withHours.stream()
            .map((channel) -> channel.name() + ": " + hours(channel))
            .collect(Collectors.joining(". "));
        String status = withHours.stream()
            .map((channel) -> channel.name() + ": " + status(unit, channel, now))
            .collect(Collectors.joining(". "));
        String contacts = unit.channels()
            .stream()
            .map((channel) -> channel.name() + ": " + channel.contact())
            .collect(Collectors.joining(". ")) + ". Endereço: " + unit.address().oneLine() + ".";
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Horário de atendimento",
                "Horários da " + unit.name() + " (horário de Brasília). " + hours
                        + ". Em feriados e dias sem expediente não há atendimento.",
                PAGE, Set.of("horario", "hora", "abre", "fecha", "funciona", "funcionamento", "expediente",
                        "atendimento", "atende"),
                true));
        // Not "hoje" or "agora" alone: "a cotação do dólar hoje" is not about the unit.
        facts.add(new Fact("Atendimento agora", status + ".", PAGE,
                Set.of("aberta", "aberto", "fechada", "fechado", "abre", "funcionando"), true));
        facts.add(new Fact("Contatos da vara", contacts, PAGE, Set.of("telefone", "ligar", "contato", "email", "e-mail",
                "endereco", "onde fica", "balcao", "falar", "whatsapp"), true));
        facts.add(new Fact("Plantão judiciário", text(unit.plantaoHtml()), PAGE,
                Set.of("plantao", "urgente", "urgencia", "noite", "feriado", "fim de semana", "sabado", "domingo"),
                false));
        facts.add(new Fact("Defensoria Pública",
                text(unit.defensoriaHtml()) + " A vara não presta orientação " + "jurídica.", PAGE,
                Set.of("defensoria", "advogado", "advogada", "gratuito", "gratuita", "pagar", "orientacao"), false));
        return List.copyOf(facts);
    }

    private static List<CourtFacts.Channel> handoff(Unit unit, Instant now) {
        List<CourtFacts.Channel> channels = new ArrayList<>();
        offer(channels, unit, now, Kind.BALCAO_VIRTUAL, "balcao-virtual");
        offer(channels, unit, now, Kind.TELEFONE, "telefone");
        offer(channels, unit, now, Kind.EMAIL, "email");
        if (unit.defensoriaPhone() != null && unit.defensoriaUrl() != null) {
            channels.add(new CourtFacts.Channel("defensoria", "Defensoria Pública (" + unit.defensoriaPhone() + ")",
                    unit.defensoriaUrl(), null));
        }
        return List.copyOf(channels);
    }

    private static void offer(List<CourtFacts.Channel> channels, Unit unit, Instant now, Kind kind, String name) {
        unit.channels()
            .stream()
            .filter((channel) -> channel.kind() == kind && channel.contactUrl() != null)
            .findFirst()
            .ifPresent((channel) -> channels.add(new CourtFacts.Channel(name,
                    channel.name() + ((kind == Kind.BALCAO_VIRTUAL) ? "" : " " + channel.contact()),
                    channel.contactUrl(), channel.hasHours() ? unit.statusOf(channel, now).open() : null)));
    }

    private static String hours(br.jus.tjes.cariacica.content.Channel channel) {
        return channel.hours()
            .stream()
            .map((interval) -> day(interval.day()) + " " + time(interval.opens()) + " às " + time(interval.closes()))
            .collect(Collectors.joining(", "));
    }

    private static String status(Unit unit, br.jus.tjes.cariacica.content.Channel channel, Instant now) {
        var status = unit.statusOf(channel, now);
        if (status.open()) {
            return "aberto agora, até as " + time(status.until().toLocalTime());
        }
        String text = "fechado agora";
        if (status.closure() != null) {
            text += " (" + status.closure().reason() + ")";
        }
        if (status.nextOpening() != null) {
            text += "; abre " + day(status.nextOpening().getDayOfWeek()) + " às "
                    + time(status.nextOpening().toLocalTime());
        }
        return text;
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, PT_BR);
    }

    private static String time(LocalTime time) {
        return (time.getMinute() == 0) ? time.getHour() + "h"
                : String.format("%dh%02d", time.getHour(), time.getMinute());
    }

    private static String text(String html) {
        return (html != null) ? Jsoup.parse(html).text() : "";
    }

    private record Memo(Unit unit, long minute, List<Fact> facts, List<CourtFacts.Channel> channels) {
    }

}
