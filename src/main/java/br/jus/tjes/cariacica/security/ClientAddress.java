package br.jus.tjes.cariacica.security;

import java.util.Locale;

/**
 * The key under which rate limits and login throttles count a client address. An IPv4
 * address counts alone; an IPv6 address counts by its /64, because one subscriber (a
 * home, a phone, a server) gets a whole /64 and can use any of its 2^64 addresses: keyed
 * one by one, a single subscriber would evade every limit. An IPv4-mapped IPv6 address
 * ({@code ::ffff:192.0.2.1}) is its IPv4 address. The address is parsed as a literal,
 * never looked up in DNS; anything that is not an address gets a key of its own,
 * printable and at most 64 characters long.
 */
public final class ClientAddress {

    private static final int MAX_KEY = 64;

    private static final int MAX_INPUT = 100;

    private ClientAddress() {
    }

    /**
     * The throttling key of an address as Tomcat reports it ({@code getRemoteAddr()}).
     * @param address the client address, possibly null or not an address at all
     * @return {@code 192.0.2.1} for IPv4, {@code 2001:db8:1:2::/64} for IPv6
     */
    public static String key(String address) {
        if (address == null || address.isBlank()) {
            return "desconhecido";
        }
        String literal = address.strip();
        if (literal.length() > MAX_INPUT) {
            return other(literal);
        }
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0 && literal.indexOf(':') >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.indexOf(':') < 0) {
            int[] ipv4 = ipv4(literal);
            return (ipv4 != null) ? ipv4Text(ipv4) : other(address);
        }
        int[] groups = ipv6(literal);
        if (groups == null) {
            return other(address);
        }
        if (isIpv4Mapped(groups)) {
            return ipv4Text(new int[] { groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff });
        }
        return String.format(Locale.ROOT, "%x:%x:%x:%x::/64", groups[0], groups[1], groups[2], groups[3]);
    }

    private static boolean isIpv4Mapped(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        return groups[5] == 0xffff;
    }

    /** Eight 16-bit groups, or null when this is not an IPv6 literal. */
    private static int[] ipv6(String literal) {
        int gap = literal.indexOf("::");
        if (gap >= 0 && literal.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = (gap < 0) ? groups(literal, true) : groups(literal.substring(0, gap), false);
        int[] tail = (gap < 0) ? new int[0] : groups(literal.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int given = head.length + tail.length;
        if ((gap < 0 && given != 8) || (gap >= 0 && given > 7)) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        return all;
    }

    /**
     * The groups of one side of {@code ::}; the last may be a dotted IPv4 address (two
     * groups) when {@code last}.
     */
    private static int[] groups(String part, boolean last) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] texts = part.split(":", -1);
        int[] ipv4 = null;
        if (last && texts[texts.length - 1].indexOf('.') >= 0) {
            ipv4 = ipv4(texts[texts.length - 1]);
            if (ipv4 == null) {
                return null;
            }
        }
        int hexCount = (ipv4 != null) ? texts.length - 1 : texts.length;
        int[] result = new int[hexCount + ((ipv4 != null) ? 2 : 0)];
        for (int i = 0; i < hexCount; i++) {
            String text = texts[i];
            if (text.isEmpty() || text.length() > 4) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < text.length(); j++) {
                int digit = Character.digit(text.charAt(j), 16);
                if (digit < 0 || text.charAt(j) > 'f') {
                    return null;
                }
                value = (value << 4) | digit;
            }
            result[i] = value;
        }
        if (ipv4 != null) {
            result[hexCount] = (ipv4[0] << 8) | ipv4[1];
            result[hexCount + 1] = (ipv4[2] << 8) | ipv4[3];
        }
        return result;
    }

    /** Four octets of a dotted-decimal IPv4 literal, or null. */
    private static int[] ipv4(String literal) {
        String[] texts = literal.split("\\.", -1);
        if (texts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String text = texts[i];
            if (text.isEmpty() || text.length() > 3) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                value = value * 10 + (c - '0');
            }
            if (value > 255) {
                return null;
            }
            octets[i] = value;
        }
        return octets;
    }

    private static String ipv4Text(int[] octets) {
        return octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
    }

    /**
     * Not an address (only a misconfigured proxy could pass one): a key of its own,
     * printable ASCII, bounded.
     */
    private static String other(String raw) {
        var key = new StringBuilder("?");
        for (int i = 0; i < raw.length() && key.length() < MAX_KEY; i++) {
            char c = raw.charAt(i);
            key.append((c > ' ' && c < 0x7f) ? c : '_');
        }
        return key.toString();
    }

}
