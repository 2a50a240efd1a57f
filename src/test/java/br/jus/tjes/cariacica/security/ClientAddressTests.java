package br.jus.tjes.cariacica.security;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits and login throttles count IPv6 by /64 (one subscriber's allocation), IPv4
 * by address, and IPv4-mapped IPv6 as its IPv4 address; whatever the input, the key is
 * short, printable and never an exception.
 */
class ClientAddressTests {

    @Property
    void everyAddressOfOneSlash64HasTheSameKey(@ForAll @Size(8) List<@IntRange(max = 0xffff) Integer> a,
            @ForAll @Size(4) List<@IntRange(max = 0xffff) Integer> otherLowBits) {
        int[] first = toArray(a);
        int[] second = first.clone();
        for (int i = 0; i < 4; i++) {
            second[4 + i] = otherLowBits.get(i);
        }
        if (isMapped(first) || isMapped(second)) {
            return;
        }
        assertThat(ClientAddress.key(full(second))).isEqualTo(ClientAddress.key(full(first)));
    }

    @Property
    void addressesOfDifferentSlash64sHaveDifferentKeys(@ForAll @Size(8) List<@IntRange(max = 0xffff) Integer> a,
            @ForAll @IntRange(max = 3) int group, @ForAll @IntRange(min = 1, max = 0xffff) int change) {
        int[] first = toArray(a);
        if (isMapped(first)) {
            return;
        }
        int[] second = first.clone();
        second[group] = second[group] ^ change;
        if (isMapped(second)) {
            return;
        }
        assertThat(ClientAddress.key(full(second))).isNotEqualTo(ClientAddress.key(full(first)));
    }

    @Property
    void everySpellingOfAnIpv6AddressHasTheSameKey(@ForAll @Size(8) List<@IntRange(max = 0xffff) Integer> a) {
        int[] groups = toArray(a);
        String key = ClientAddress.key(full(groups));
        assertThat(ClientAddress.key(padded(groups).toUpperCase(Locale.ROOT))).isEqualTo(key);
        assertThat(ClientAddress.key("[" + full(groups) + "]")).isEqualTo(key);
        assertThat(ClientAddress.key(full(groups) + "%eth0")).isEqualTo(key);
        assertThat(ClientAddress.key(compressed(groups))).isEqualTo(key);
    }

    @Property
    void anIpv4MappedAddressCountsAsItsIpv4Address(@ForAll @IntRange(max = 255) int a,
            @ForAll @IntRange(max = 255) int b, @ForAll @IntRange(max = 255) int c,
            @ForAll @IntRange(max = 255) int d) {
        String ipv4 = a + "." + b + "." + c + "." + d;
        assertThat(ClientAddress.key(ipv4)).isEqualTo(ipv4);
        assertThat(ClientAddress.key("::ffff:" + ipv4)).isEqualTo(ipv4);
        assertThat(ClientAddress.key("0:0:0:0:0:FFFF:" + ipv4)).isEqualTo(ipv4);
        assertThat(ClientAddress.key(String.format("::ffff:%x:%x", (a << 8) | b, (c << 8) | d))).isEqualTo(ipv4);
    }

    @Property(tries = 2000)
    void anyInputGivesAShortPrintableKeyAndNeverThrows(@ForAll("hostile") String input) {
        String key = ClientAddress.key(input);
        assertThat(key).isNotEmpty().hasSizeLessThanOrEqualTo(64);
        assertThat(key.chars()).allMatch((c) -> c > ' ' && c < 0x7f);
    }

    @Example
    void ipv4AddressesCountOneByOne() {
        assertThat(ClientAddress.key("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.key("198.51.100.8")).isEqualTo("198.51.100.8");
    }

    @Example
    void whatTomcatReportsForIpv6IsGroupedBySlash64() {
        assertThat(ClientAddress.key("2001:db8:0:0:1:2:3:4")).isEqualTo("2001:db8:0:0::/64");
        assertThat(ClientAddress.key("2001:db8::ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:0:0::/64");
        assertThat(ClientAddress.key("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    }

    @Example
    void nonAddressesNeverLookLikeAnAddressNorResolveANameNorPassIntact() {
        assertThat(ClientAddress.key(null)).isEqualTo("desconhecido");
        assertThat(ClientAddress.key("localhost")).isEqualTo("?localhost");
        assertThat(ClientAddress.key("1.2.3.256")).startsWith("?");
        assertThat(ClientAddress.key("1.2.3")).startsWith("?");
        assertThat(ClientAddress.key("1:2:3:4:5:6:7:8:9")).startsWith("?");
        assertThat(ClientAddress.key("1::2::3")).startsWith("?");
        assertThat(ClientAddress.key("12345::1")).startsWith("?");
        assertThat(ClientAddress.key("::ffff:1.2.3.4.5")).startsWith("?");
        assertThat(ClientAddress.key("２００１:db8::1")).startsWith("?");
        assertThat(ClientAddress.key("1.2.3.4\r\nX-Evil: 1")).isEqualTo("?1.2.3.4__X-Evil:_1");
        assertThat(ClientAddress.key("a".repeat(10_000))).hasSize(64);
    }

    @Provide
    Arbitrary<String> hostile() {
        var pieces = Arbitraries.of("::", ":", ".", "%", "[", "]", "ffff", "0", "255", "256", "1", "2001", "db8", "g",
                "\u0000", "\r\n", " ", "\uD800", "１", "::ffff:", "1.2.3.4", "x".repeat(70));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                pieces.list().ofMaxSize(20).map((list) -> String.join("", list)));
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isMapped(int[] groups) {
        return groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0xffff;
    }

    private static String full(int[] groups) {
        var out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append((i > 0) ? ":" : "").append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static String padded(int[] groups) {
        var out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append((i > 0) ? ":" : "").append(String.format("%04x", groups[i]));
        }
        return out.toString();
    }

    /** The longest run of zero groups as {@code ::}, as RFC 5952 writes it. */
    private static String compressed(int[] groups) {
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength && j - i >= 2) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        if (bestStart < 0) {
            return full(groups);
        }
        var out = new StringBuilder();
        for (int i = 0; i < bestStart; i++) {
            out.append((i > 0) ? ":" : "").append(Integer.toHexString(groups[i]));
        }
        out.append("::");
        for (int i = bestStart + bestLength; i < 8; i++) {
            out.append(Integer.toHexString(groups[i])).append((i < 7) ? ":" : "");
        }
        return out.toString();
    }

}
