package br.jus.tjes.cariacica.site;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pauta's dates are read by {@code web.CourtDates}, bounded to years 1900 to 9999:
 * {@code de=+999999999-12-31} parsed as the last possible date and a day added to it
 * threw (a 500). Any date outside is a message next to its field, with status 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoundedDateParametersTests {

    @LocalServerPort
    int port;

    @Test
    void anOverflowingDateIsA400WithTheDateMessage() {
        for (String query : new String[] { "de=%2B999999999-12-31", "ate=%2B999999999-12-31", "de=-999999999-01-01",
                "ate=-999999999-01-01", "de=%2B10000-01-01", "de=0000-01-01", "de=1899-12-31", "ate=%2B10000-01-01" }) {
            var response = get(this.port, "/pauta?" + query, "Accept", "text/html");

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("Data inválida.").doesNotContain("value=\"+", "value=\"-");
        }
    }

    @Test
    void theLastDayOfTheRangeIsStillAccepted() {
        var response = get(this.port, "/pauta?de=9999-12-01&ate=9999-12-31", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Data inválida.");
    }

}
