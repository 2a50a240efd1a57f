package br.jus.tjes.cariacica.ops.requests;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access line's cost-free parts: cleaning a path by hand, and the asynchronous
 * appender.
 */
class AccessLogTests {

    @Test
    void aPathKeepsItsSafeCharactersAndLosesTheRestWithoutARegularExpression() {
        assertThat(AccessLog.clean("/avisos/mutirao-conciliacao")).isEqualTo("/avisos/mutirao-conciliacao");
        assertThat(AccessLog.clean("/busca\r\nFAKE LINE\u00e3")).isEqualTo("/busca__FAKE_LINE_");
        assertThat(AccessLog.clean("/" + "a".repeat(300))).hasSize(201).endsWith("…");
        assertThat(AccessLog.clean(null)).isEmpty();
    }

    @Test
    void accessLinesGoThroughOneAsynchronousAppenderToTheRootAppenders() {
        assertThat(AsyncAccessLog.install()).isTrue();
        assertThat(AsyncAccessLog.install()).as("installed once").isTrue();

        Logger access = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(AccessLog.LOGGER);
        assertThat(access.getAppender(AsyncAccessLog.APPENDER)).isNotNull();
        assertThat(access.isAdditive()).as("not written twice").isFalse();
    }

}
