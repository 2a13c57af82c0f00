package org.branchline.api.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchline.api.directory.Presence;

/** Parses, for every admin door, the enumerated fields of requests, naming the field and its allowed values when they are wrong. */
public final class RequestFields {
    private RequestFields() {
    }

    /** A request's body, which must be there; InvalidFieldException "body: a JSON object is required" otherwise. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidFieldException("body", "a JSON object is required");
        }
        return body;
    }

    /** The value of a field that must be given; InvalidFieldException "field: is required" otherwise. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /** A value of an enumerated field, by its constant name in any case, '-' standing for '_'. */
    public static <E extends Enum<E>> E oneOf(String field, Class<E> type, String text) {
        String name = text == null ? "" : text.trim().toUpperCase().replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, "must be one of "
                        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }

    public static Presence presence(String text) {
        return presence("presence", text);
    }

    private static Presence presence(String field, String text) {
        return Presence.parse(text).orElseThrow(() -> new InvalidFieldException(field, "must be one of "
                + String.join(", ", Arrays.stream(Presence.values()).map(Presence::title).toList())));
    }

    /** Presences by name ("in-office", "In Office", "IN_OFFICE"), or the single word "all" for the seven. */
    public static Set<Presence> presences(String field, List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            throw new InvalidFieldException(field, "name at least one presence, or all");
        }
        if (texts.size() == 1 && "all".equalsIgnoreCase(String.valueOf(texts.get(0)).trim())) {
            return EnumSet.allOf(Presence.class);
        }
        Set<Presence> out = EnumSet.noneOf(Presence.class);
        texts.forEach(text -> out.add(presence(field, text)));
        return out;
    }

    /** An ISO-8601 instant (2026-11-23T09:00:00Z) or a date (2026-11-23, its start in UTC); null when not given. */
    public static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String t = text.trim();
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field,
                    "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, or a date");
        }
    }

    /**
     * A moment given as an ISO-8601 instant (2026-11-24T07:00:00Z) or as the server's local time
     * (2026-11-24T02:00), e.g. when an update is to be activated; null when not given.
     */
    public static Instant instantOrLocalTime(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidFieldException(field, "is not a time like 2026-11-24T02:00 (local) or"
                        + " 2026-11-24T07:00:00Z");
            }
        }
    }

    /** Maps given as repeated "key=value" strings (shell options, SOAP lists); null when none are given. */
    public static Map<String, String> keyValues(String field, List<String> pairs) {
        if (pairs == null || pairs.isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair == null ? -1 : pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidFieldException(field, "expected key=value, got '" + pair + "'");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }
}
