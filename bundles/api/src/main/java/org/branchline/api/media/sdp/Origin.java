package org.branchline.api.media.sdp;

/**
 * The o= line: who made the description, its session id and version (numeric strings, kept as written since
 * phones use the full 64-bit range), and the address it came from.
 */
public record Origin(String username, String sessionId, String version, Connection address) {

    /** The origin {@code username sessionId version IN IP4|IP6 host}. */
    public Origin(String username, long sessionId, long version, String host) {
        this(username, Long.toString(sessionId), Long.toString(version), Connection.of(host));
    }

    static Origin parse(String fields) {
        String[] parts = Lines.FIELDS.split(fields.strip());
        if (parts.length != 6) {
            throw new SdpException("malformed origin: " + fields);
        }
        return new Origin(parts[0], parts[1], parts[2], new Connection(parts[3], parts[4], parts[5]));
    }

    String text() {
        return username + " " + sessionId + " " + version + " " + address.text();
    }
}
