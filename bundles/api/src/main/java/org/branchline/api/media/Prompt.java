package org.branchline.api.media;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

/** One piece of a prompt sequence. Spoken pieces are built from the prompt fragments of the session's language. */
public sealed interface Prompt {
    /** A prompt fragment by name, e.g. "mc/main-menu" (a file {@code <name>.snd} of the language). */
    record Phrase(String name) implements Prompt {
    }

    /** A recording: raw 8 kHz µ-law. */
    record Recording(Path file) implements Prompt {
    }

    /** A whole number spoken as a number ("one hundred twelve"). */
    record Number(long value) implements Prompt {
    }

    /** A number and a noun in agreement: "one new message", "two new messages". */
    record Count(long value, String singular, String plural) implements Prompt {
    }

    /** Digits one by one, e.g. an extension. */
    record Digits(String digits) implements Prompt {
    }

    /** "Monday, November twenty-third". */
    record Date(LocalDate date) implements Prompt {
    }

    /** "ten forty-five AM". */
    record Time(LocalTime time) implements Prompt {
    }

    record Silence(int millis) implements Prompt {
    }

    /** The record tone. */
    record Beep() implements Prompt {
    }

    /** Music on hold, looping until stopped: class {@code n} of the moh_n_m.snd files, 0 for the default. */
    record Music(int musicClass) implements Prompt {
    }

    static Phrase phrase(String name) {
        return new Phrase(name);
    }
}
