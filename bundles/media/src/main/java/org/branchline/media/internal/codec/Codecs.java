package org.branchline.media.internal.codec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The codecs we speak, by SDP encoding name. */
public final class Codecs {
    private static final List<String> SUPPORTED = List.of("PCMU", "PCMA", "G722");

    private Codecs() {
    }

    /** A fresh codec instance for the encoding name, ignoring case. */
    public static Optional<Codec> byName(String encodingName) {
        return Optional.ofNullable(switch (encodingName.toUpperCase(Locale.ROOT)) {
            case "PCMU" -> new Pcmu();
            case "PCMA" -> new Pcma();
            case "G722" -> new G722();
            default -> null;
        });
    }

    /** Encoding names in order of preference. */
    public static List<String> supported() {
        return SUPPORTED;
    }
}
