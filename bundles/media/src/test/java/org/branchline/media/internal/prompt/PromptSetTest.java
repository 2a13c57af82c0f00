package org.branchline.media.internal.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generated files in resources/prompts against prompts.txt and the speech rules. */
class PromptSetTest {
    private static final Path PROMPTS = Path.of(System.getProperty("basedir", "."), "../../resources/prompts")
            .normalize();
    private static final Path ENGLISH = PROMPTS.resolve("en");
    private static final int SAMPLES_PER_SECOND = 8000;

    @Test
    void everyListedPromptHasASoundFileAndNothingElseIsThere() throws IOException {
        assertEquals(new TreeSet<>(listedNames()), englishFiles());
    }

    @Test
    void promptsAreHeaderlessMuLawOfSaneLengthAndLevel() throws IOException {
        for (String name : listedNames()) {
            byte[] sound = Files.readAllBytes(ENGLISH.resolve(name + ".snd"));
            double seconds = (double) sound.length / SAMPLES_PER_SECOND;
            assertTrue(seconds > 0.2 && seconds < 30, name + " lasts " + seconds + " s");
            assertHeaderlessAndLevelled(name, sound);
        }
    }

    @Test
    void suppliedMusicIsAboutThirtySeconds() throws IOException {
        byte[] music = Files.readAllBytes(PROMPTS.resolve("music/moh_supplied.snd"));
        assertEquals(30, music.length / SAMPLES_PER_SECOND);
        assertHeaderlessAndLevelled("music", music);
    }

    @Test
    void everythingEnglishSpeechSaysIsRecorded() throws IOException {
        Set<String> said = new TreeSet<>();
        Speech speech = new EnglishSpeech();
        for (long n = -1000; n <= 100_000; n++) {
            said.addAll(speech.number(n));
        }
        for (long n : new long[] {999_999_999, 1_234_567_890_123L, 7_000_000_000_000_000L, Long.MAX_VALUE,
                Long.MIN_VALUE}) {
            said.addAll(speech.number(n));
        }
        said.addAll(speech.count(0, "mc/new-message", "mc/new-messages"));
        said.addAll(speech.digits("0123456789*#"));
        Stream.of(2024, 2026).flatMap(year -> LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)))
                .forEach(day -> said.addAll(speech.date(day)));
        for (int minute = 0; minute < 24 * 60; minute++) {
            said.addAll(speech.time(LocalTime.MIN.plusMinutes(minute)));
        }
        said.removeAll(englishFiles());
        assertEquals(Set.of(), said);
    }

    private static void assertHeaderlessAndLevelled(String name, byte[] sound) {
        String start = new String(sound, 0, 4, StandardCharsets.ISO_8859_1);
        assertTrue(!start.equals("RIFF") && !start.equals(".snd"), name + " has a header");
        int peak = 0;
        for (byte sample : sound) {
            peak = Math.max(peak, Math.abs(MuLaw.decode(sample)));
        }
        assertTrue(peak > 8000 && peak < MuLaw.MAXIMUM, name + " peaks at " + peak);
    }

    private static List<String> listedNames() throws IOException {
        return Files.readAllLines(PROMPTS.resolve("prompts.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('|')))
                .toList();
    }

    private static Set<String> englishFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ENGLISH)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> ENGLISH.relativize(file).toString().replace('\\', '/').replaceFirst("\\.snd$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** G.711 µ-law expansion, enough to measure levels. */
    private static final class MuLaw {
        static final int MAXIMUM = 32124;

        static int decode(byte encoded) {
            int u = ~encoded & 0xFF;
            int magnitude = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4);
            return (u & 0x80) != 0 ? 0x84 - magnitude : magnitude - 0x84;
        }
    }
}
