package org.branchline.licensing.internal.keys;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.licensing.LicensedFeature;

/**
 * A feature key as the vendor issues it: a short text with one field per line, signed over every line but the
 * signature. Lines are trimmed and joined with LF before signing, so a key pasted from an e-mail still checks.
 *
 * <pre>
 * -----BEGIN BRANCHLINE FEATURE KEY-----
 * Key-Id: 2026-0001
 * Server-Id: BL-7F3A-91C2-0D4E
 * Feature: CONFERENCE_CENTER
 * Feature: GENERIC_SIP_HANDSETS 10
 * Issued: 2026-11-23
 * Expires: 2027-11-23
 * Signature: (base64 Ed25519)
 * -----END BRANCHLINE FEATURE KEY-----
 * </pre>
 *
 * @param expires the last valid day, or null for a key that never expires
 */
public record KeyDocument(String id, String serverId, Map<LicensedFeature, Integer> features, LocalDate issued,
        LocalDate expires, byte[] signature) {
    public static final String BEGIN = "-----BEGIN BRANCHLINE FEATURE KEY-----";
    public static final String END = "-----END BRANCHLINE FEATURE KEY-----";
    private static final String FIELD = "key";

    public KeyDocument {
        features = Map.copyOf(features);
    }

    /** The bytes the signature covers. */
    public String signedText() {
        List<String> lines = new ArrayList<>();
        lines.add("Key-Id: " + id);
        lines.add("Server-Id: " + serverId);
        new EnumMap<>(features).forEach((f, n) -> lines.add("Feature: " + f.name() + (f.counted() ? " " + n : "")));
        lines.add("Issued: " + issued);
        if (expires != null) {
            lines.add("Expires: " + expires);
        }
        return String.join("\n", lines);
    }

    public KeyDocument signed(byte[] newSignature) {
        return new KeyDocument(id, serverId, features, issued, expires, newSignature);
    }

    /** The text to hand to the customer. */
    public String format() {
        return BEGIN + "\n" + signedText() + "\nSignature: " + Base64.getEncoder().encodeToString(signature) + "\n"
                + END + "\n";
    }

    public boolean validOn(LocalDate day) {
        return expires == null || !day.isAfter(expires);
    }

    /** Reads a key; anything that is not one gets an InvalidFieldException on "key" saying what is wrong. */
    public static KeyDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(FIELD, "is empty; paste the whole feature key, BEGIN and END lines included");
        }
        Fields fields = new Fields();
        boolean begun = false;
        boolean ended = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals(BEGIN)) {
                begun = true;
            } else if (line.equals(END)) {
                ended = true;
            } else if (begun && !ended) {
                fields.add(line);
            }
        }
        if (!begun || !ended) {
            throw new InvalidFieldException(FIELD, "is not a Branchline feature key: the " + (begun ? "END" : "BEGIN")
                    + " line is missing");
        }
        return fields.document();
    }

    private static final class Fields {
        private String id;
        private String serverId;
        private final Map<LicensedFeature, Integer> features = new EnumMap<>(LicensedFeature.class);
        private LocalDate issued;
        private LocalDate expires;
        private byte[] signature;

        void add(String line) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new InvalidFieldException(FIELD, "line \"" + line + "\" is not \"Name: value\"");
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (name) {
                case "Key-Id" -> id = value;
                case "Server-Id" -> serverId = value;
                case "Feature" -> feature(value);
                case "Issued" -> issued = date(name, value);
                case "Expires" -> expires = date(name, value);
                case "Signature" -> signature = base64(value);
                default -> throw new InvalidFieldException(FIELD, "unknown line \"" + name + "\"");
            }
        }

        private void feature(String value) {
            String[] parts = value.split("\\s+");
            LicensedFeature feature = LicensedFeature.parse(parts[0]).orElseThrow(() ->
                    new InvalidFieldException(FIELD, "names an unknown feature \"" + parts[0] + "\""));
            int count = 1;
            if (feature.counted()) {
                try {
                    count = Integer.parseInt(parts.length > 1 ? parts[1] : "");
                } catch (NumberFormatException e) {
                    throw new InvalidFieldException(FIELD, feature.title() + " needs a count");
                }
            }
            if (count < 1 || features.putIfAbsent(feature, count) != null) {
                throw new InvalidFieldException(FIELD, feature.title() + " is named twice or with a count below 1");
            }
        }

        private static LocalDate date(String name, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(FIELD, name + " \"" + value + "\" is not a date (YYYY-MM-DD)");
            }
        }

        private static byte[] base64(String value) {
            try {
                return Base64.getDecoder().decode(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(FIELD, "the signature is damaged (not base64)");
            }
        }

        KeyDocument document() {
            require(id, "Key-Id");
            require(serverId, "Server-Id");
            require(issued, "Issued");
            require(signature, "Signature");
            if (features.isEmpty()) {
                throw new InvalidFieldException(FIELD, "names no feature");
            }
            return new KeyDocument(id, serverId, features, issued, expires, signature);
        }

        private static void require(Object value, String name) {
            if (value == null) {
                throw new InvalidFieldException(FIELD, "is not complete: the " + name + " line is missing");
            }
        }
    }
}
