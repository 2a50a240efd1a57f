package br.jus.tjes.cariacica.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.time.CourtTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningStatusTests {

    // Monday to Friday, 12:00 to 18:00 in America/Sao_Paulo.
    private static final Channel COUNTER = new Channel("1", Channel.Kind.BALCAO_PRESENCIAL, "Balcão", "Fórum", null, "",
            weekdays());

    private static final Closure CHRISTMAS = new Closure(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 25),
            "Natal");

    private static final Unit UNIT = new Unit("Vara", "", "",
            new Unit.Address("Rua", "Centro", "Cariacica", "ES", "29140-000"), "https://mapa", "", "", "", "",
            "dpo@example.org", "129", "https://defensoria.example", List.of(COUNTER), List.of(CHRISTMAS), List.of());

    @Test
    void openInsideTheIntervalInSaoPauloTimeUntilClosing() {
        // Wednesday 2026-12-02 12:00 in São Paulo is 15:00 UTC.
        var status = UNIT.statusOf(COUNTER, local(2026, 12, 2, 12, 0).toInstant());

        assertThat(status.open()).isTrue();
        assertThat(status.until().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void closedOneMinuteBeforeOpeningAndOpensTheSameDay() {
        var status = UNIT.statusOf(COUNTER, local(2026, 12, 2, 11, 59).toInstant());

        assertThat(status.open()).isFalse();
        assertThat(status.nextOpening()).isEqualTo(local(2026, 12, 2, 12, 0));
    }

    @Test
    void closedAtClosingTimeAndOnTheWeekendOpensOnMonday() {
        assertThat(UNIT.statusOf(COUNTER, local(2026, 12, 4, 18, 0).toInstant()).open()).isFalse();

        var saturday = UNIT.statusOf(COUNTER, local(2026, 12, 5, 14, 0).toInstant());

        assertThat(saturday.open()).isFalse();
        assertThat(saturday.nextOpening()).isEqualTo(local(2026, 12, 7, 12, 0));
    }

    @Test
    void aClosureClosesAWeekdayWithItsReasonAndIsSkippedForTheNextOpening() {
        // Friday 2026-12-25 at 14:00 is Christmas: closed although inside the weekly
        // hours.
        var status = UNIT.statusOf(COUNTER, local(2026, 12, 25, 14, 0).toInstant());

        assertThat(status.open()).isFalse();
        assertThat(status.closure()).isEqualTo(CHRISTMAS);
        assertThat(status.nextOpening()).isEqualTo(local(2026, 12, 28, 12, 0));
    }

    @Test
    void theDateIsTakenInSaoPauloNotInUtc() {
        // 2026-12-03 01:30 UTC is still Wednesday 22:30 in São Paulo: closed, opens
        // Thursday at noon.
        var status = UNIT.statusOf(COUNTER, java.time.Instant.parse("2026-12-03T01:30:00Z"));

        assertThat(status.open()).isFalse();
        assertThat(status.nextOpening()).isEqualTo(local(2026, 12, 3, 12, 0));
    }

    @Test
    void anUrgentNoticeIsActiveOnlyInsideItsWindow() {
        var start = java.time.Instant.parse("2026-12-01T12:00:00Z");
        var notice = new UrgentNotice(1, "<p>x</p>", start, start.plusSeconds(3600));
        var unit = new Unit("Vara", "", "", UNIT.address(), "", "", "", "", "", "", null, null, List.of(), List.of(),
                List.of(notice));

        assertThat(unit.activeUrgentNotices(start.minusSeconds(1))).isEmpty();
        assertThat(unit.activeUrgentNotices(start)).containsExactly(notice);
        assertThat(unit.activeUrgentNotices(start.plusSeconds(3600))).isEmpty();
    }

    private static ZonedDateTime local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CourtTime.ZONE);
    }

    private static List<Channel.Hours> weekdays() {
        var hours = new ArrayList<Channel.Hours>();
        for (int day = 1; day <= 5; day++) {
            hours.add(new Channel.Hours(DayOfWeek.of(day), LocalTime.NOON, LocalTime.of(18, 0)));
        }
        return hours;
    }

}
