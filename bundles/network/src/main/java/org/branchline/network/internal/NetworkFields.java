package org.branchline.network.internal;

import java.util.regex.Pattern;
import org.branchline.api.admin.InvalidFieldException;

/** Validation of the fields of Network &gt; Configuration. */
final class NetworkFields {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private NetworkFields() {
    }

    static String hostName(String value) {
        if (!LABEL.matcher(value).matches()) {
            throw new InvalidFieldException("host-name", "must be 1 to 63 letters, digits or '-', not starting"
                    + " or ending with '-'");
        }
        return value;
    }

    static String domainName(String value) {
        if (value.length() > 253 || !value.chars().allMatch(c -> c != ' ')
                || !java.util.Arrays.stream(value.split("\\.", -1)).allMatch(l -> LABEL.matcher(l).matches())) {
            throw new InvalidFieldException("domain-name", "must be dot-separated labels of letters, digits or '-'");
        }
        return value;
    }

    static String address(String field, String value) {
        var m = IPV4.matcher(value);
        if (!m.matches() || !java.util.stream.IntStream.rangeClosed(1, 4)
                .allMatch(i -> Integer.parseInt(m.group(i)) <= 255)) {
            throw new InvalidFieldException(field, "must be an IPv4 address such as 192.168.2.254");
        }
        return value;
    }

    static String subnetMask(String field, String value) {
        address(field, value);
        long bits = java.util.Arrays.stream(value.split("\\.")).mapToLong(Long::parseLong)
                .reduce(0, (acc, octet) -> (acc << 8) | octet);
        long inverted = ~bits & 0xFFFFFFFFL;
        if ((inverted & (inverted + 1)) != 0) {
            throw new InvalidFieldException(field, "must be a subnet mask such as 255.255.255.0");
        }
        return value;
    }
}
