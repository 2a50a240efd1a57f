package br.jus.tjes.cariacica.content.internal;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reader is linear: every character is looked at a fixed number of times. It used
 * to copy the field read so far at every quote character, so a 1 MB field of quotes took
 * minutes of CPU from anyone allowed to upload. The bound below is generous (a linear
 * read takes milliseconds); it only catches a quadratic one.
 */
class HearingCsvTests {

    private static final int ONE_MB = 1024 * 1024;

    private static final Duration CPU_BOUND = Duration.ofSeconds(2);

    // A quadratic reader would run for minutes: the test is stopped after 30 s instead.
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMegabyteOfQuoteCharactersIsReadInLinearTime() {
        for (String start : new String[] { "", "data;hora\nx", "data;hora\n   x", "data;hora\n\"a\"", "a;\"\";" }) {
            byte[] file = withQuotes(start, ONE_MB);

            var threads = ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadCpuTime();
            var result = HearingFileCheck.check("a.csv", file, (numbers) -> Set.of());
            var timed = new Timed(result, Duration.ofNanos(threads.getCurrentThreadCpuTime() - before));

            assertThat(timed.result().lines()).as(start).isEmpty();
            assertThat(timed.cpu()).as(start).isLessThan(CPU_BOUND);
        }
    }

    @Test
    void aFieldThatStartsWithTextKeepsItsQuotesAsText() {
        var parsed = HearingCsv.read("a;b\nx\"\"y;\"q;r\"\n".getBytes(StandardCharsets.UTF_8), HearingImport.MAX_LINES);

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.rows()).singleElement()
            .satisfies((row) -> assertThat(row.fields()).containsExactly("x\"\"y", "q;r"));
    }

    @Test
    void aQuoteAfterBlanksOpensAQuotedField() {
        var parsed = HearingCsv.read("a;b\n  \"x;y\";z\n".getBytes(StandardCharsets.UTF_8), HearingImport.MAX_LINES);

        assertThat(parsed.rows()).singleElement()
            .satisfies((row) -> assertThat(row.fields()).containsExactly("x;y", "z"));
    }

    private static byte[] withQuotes(String start, int size) {
        byte[] bytes = new byte[size];
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < size; i++) {
            bytes[i] = '"';
        }
        return bytes;
    }

    private record Timed(HearingImport.Preview result, Duration cpu) {
    }

}
