package br.jus.tjes.cariacica;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What an attacker (or a broken client) sends: known attack strings, alone or buried in
 * random text, any character at all (controls, NUL, lone surrogates), tens of kilobytes,
 * and byte sequences that are not UTF-8.
 */
final class HostileInputs {

    /** Markup that would run if it reached a page unescaped. */
    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'><svg/onload=alert(1)>", "</textarea><script>alert(1)</script>", "<iframe src=javascript:alert(1)>");

    static final List<String> ATTACKS = List.of("' OR '1'='1' --", "'; DROP TABLE assistant_message; --",
            "1) UNION SELECT username, password_hash FROM staff_account --", "\\'; select pg_sleep(5); --",
            "../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%252f%2e%2e%252fetc/passwd",
            "....//....//etc/passwd", "..\\..\\windows\\win.ini", "/..;/admin", "\u0000", "abc\u0000def", "%00",
            "\r\nSet-Cookie: hacked=1", "%0d%0aLocation: https://evil.example", "${7*7}",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "[[${7*7}]]", "{{7*7}}", "#{7*7}",
            "//evil.example/", "https://evil.example/", "javascript:alert(1)", "\u202Egnp.exe", "\uD800", "\uDC00x",
            "\uFEFF\uFFFE\uFFFF", "😀👍🏽", "%", "%zz", "%C3%28", "a@b.co 123.456.789-09 (27) 99999-9999");

    private HostileInputs() {
    }

    /**
     * One hostile string: an attack, an attack inside random text, any characters, or a
     * huge one.
     */
    static Arbitrary<String> text() {
        Arbitrary<String> attack = Arbitraries.oneOf(Arbitraries.of(MARKUP), Arbitraries.of(ATTACKS));
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(40);
        return Arbitraries.frequencyOf(Tuple.of(4, attack),
                Tuple.of(3, Combinators.combine(noise, attack, noise).as((before, it, after) -> before + it + after)),
                Tuple.of(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(300)), Tuple.of(1, huge(attack)));
    }

    /** Tens of kilobytes of repeated attack. */
    static Arbitrary<String> huge(Arbitrary<String> attack) {
        return Combinators.combine(attack, Arbitraries.integers().between(10_000, 40_000))
            .as((it, size) -> it.repeat(size / it.length() + 1).substring(0, size));
    }

    /**
     * Bytes that are not UTF-8: stray continuation bytes, overlong forms, encoded
     * surrogates, 0xFF.
     */
    static Arbitrary<byte[]> invalidUtf8() {
        Arbitrary<byte[]> broken = Arbitraries.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xA9 },
                new byte[] { (byte) 0xFF, (byte) 0xFE }, new byte[] { (byte) 0xC0, (byte) 0xAF },
                new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0xAF },
                new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
                new byte[] { (byte) 0xE2, (byte) 0x82 }, new byte[] { (byte) 0xF0, (byte) 0x9F, (byte) 0x98 });
        Arbitrary<String> around = Arbitraries.oneOf(Arbitraries.of(MARKUP),
                Arbitraries.strings().alpha().ofMaxLength(10));
        return Combinators.combine(around, broken, around).as((before, bytes, after) -> {
            var out = new ByteArrayOutputStream();
            out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        });
    }

    /**
     * Every byte but the unreserved ASCII ones as %XX: what a client puts in a query or a
     * form body.
     */
    static String percentEncoded(byte[] bytes) {
        var out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append((char) c);
            }
            else {
                out.append('%')
                    .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A string as UTF-8 %XX (a lone surrogate becomes '?', as in any real client). */
    static String percentEncoded(String text) {
        return percentEncoded(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether a page that shows {@code payload} back must have escaped it: it carries
     * markup characters and is long enough that finding it verbatim in a page is no
     * coincidence.
     */
    static boolean needsEscaping(String payload) {
        return payload.strip().length() >= 6 && payload.chars().anyMatch((c) -> c == '<' || c == '"' || c == '\'');
    }

}
