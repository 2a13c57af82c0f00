package org.branchline.conference.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The enabled unscheduled conferences: conference ID to password, both digits. */
public record Unscheduled(Map<String, String> passwords) {
    public Unscheduled {
        passwords = Map.copyOf(passwords);
    }

    /**
     * Reads "480=480, 481=1234": entries separated by commas or white space.
     *
     * @throws IllegalArgumentException naming an entry that is not digits=digits, or an ID given twice
     */
    public static Unscheduled parse(String text) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String entry : text == null ? new String[0] : text.trim().split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] pair = entry.split("=", 2);
            if (pair.length != 2 || !pair[0].matches("\\d+") || !pair[1].matches("\\d+")) {
                throw new IllegalArgumentException("not id=password (digits): " + entry);
            }
            if (passwords.put(pair[0], pair[1]) != null) {
                throw new IllegalArgumentException("conference ID given twice: " + pair[0]);
            }
        }
        return new Unscheduled(passwords);
    }

    public boolean exists(String id) {
        return passwords.containsKey(id);
    }

    public boolean admits(String id, String password) {
        return Optional.ofNullable(passwords.get(id)).filter(p -> p.equals(password)).isPresent();
    }
}
