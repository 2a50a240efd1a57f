package br.jus.tjes.cariacica.content.admin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import br.jus.tjes.cariacica.content.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyHoursTests {

    @Test
    void aDayTakesSeveralIntervalsAndFormatsBackTheSame() {
        var hours = WeeklyHours.parse(DayOfWeek.MONDAY, " 8:00-12:00, 13:00 – 18:00 ");

        assertThat(hours).containsExactly(new Channel.Hours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new Channel.Hours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(18, 0)));
        assertThat(WeeklyHours.format(hours, DayOfWeek.MONDAY)).isEqualTo("08:00-12:00, 13:00-18:00");
        assertThat(WeeklyHours.parse(DayOfWeek.SUNDAY, "  ")).isEmpty();
        assertThat(WeeklyHours.format(List.of(), DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void unreadableTextAndIntervalsEndingBeforeTheyStartAreRefusedWithTheirMessage() {
        assertThatThrownBy(() -> WeeklyHours.parse(DayOfWeek.MONDAY, "9h às 18h"))
            .hasMessage("conteudo.horario.formato");
        assertThatThrownBy(() -> WeeklyHours.parse(DayOfWeek.MONDAY, "25:00-26:00"))
            .hasMessage("conteudo.horario.formato");
        assertThatThrownBy(() -> WeeklyHours.parse(DayOfWeek.MONDAY, "18:00-08:00"))
            .hasMessage("conteudo.horario.fim-antes");
    }

}
