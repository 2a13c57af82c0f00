package org.branchline.media.internal.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishSpeechTest {
    private final Speech speech = new EnglishSpeech();

    @Test
    void numbers() {
        assertEquals(List.of("num/0"), speech.number(0));
        assertEquals(List.of("num/7"), speech.number(7));
        assertEquals(List.of("num/40", "num/5"), speech.number(45));
        assertEquals(List.of("num/1", "num/hundred", "num/12"), speech.number(112));
        assertEquals(List.of("num/3", "num/hundred"), speech.number(300));
        assertEquals(List.of("num/minus", "num/20"), speech.number(-20));
        assertEquals(List.of("num/2", "num/million", "num/17"), speech.number(2_000_017));
        assertEquals(List.of("num/1", "num/billion", "num/5", "num/hundred", "num/thousand", "num/90", "num/9"),
                speech.number(1_000_500_099));
    }

    @Test
    void extremes() {
        assertEquals(List.of("num/minus", "num/9", "num/quintillion", "num/2", "num/hundred", "num/20", "num/3",
                "num/quadrillion", "num/3", "num/hundred", "num/70", "num/2", "num/trillion", "num/30", "num/6",
                "num/billion", "num/8", "num/hundred", "num/50", "num/4", "num/million", "num/7", "num/hundred",
                "num/70", "num/5", "num/thousand", "num/8", "num/hundred", "num/8"), speech.number(Long.MIN_VALUE));
    }

    @Test
    void counts() {
        assertEquals(List.of("mc/no", "mc/new-messages"), speech.count(0, "mc/new-message", "mc/new-messages"));
        assertEquals(List.of("num/1", "mc/new-message"), speech.count(1, "mc/new-message", "mc/new-messages"));
        assertEquals(List.of("num/20", "num/1", "mc/new-messages"),
                speech.count(21, "mc/new-message", "mc/new-messages"));
    }

    @Test
    void digits() {
        assertEquals(List.of("digit/2", "digit/star", "digit/0", "digit/pound", "digit/1"), speech.digits("2*0-#1"));
    }

    @Test
    void dates() {
        assertEquals(List.of("date/monday", "date/november", "date/23rd"), speech.date(LocalDate.of(2026, 11, 23)));
        assertEquals(List.of("date/thursday", "date/january", "date/1st"), speech.date(LocalDate.of(2026, 1, 1)));
        assertEquals(List.of("date/sunday", "date/january", "date/11th"), speech.date(LocalDate.of(2026, 1, 11)));
        assertEquals(List.of("date/tuesday", "date/march", "date/12th"), speech.date(LocalDate.of(2024, 3, 12)));
        assertEquals(List.of("date/sunday", "date/march", "date/31st"), speech.date(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void times() {
        assertEquals(List.of("num/10", "time/am"), speech.time(LocalTime.of(10, 0)));
        assertEquals(List.of("num/10", "time/oh", "num/5", "time/am"), speech.time(LocalTime.of(10, 5)));
        assertEquals(List.of("num/10", "num/40", "num/5", "time/pm"), speech.time(LocalTime.of(22, 45)));
        assertEquals(List.of("num/12", "time/am"), speech.time(LocalTime.MIDNIGHT));
        assertEquals(List.of("num/12", "num/30", "time/pm"), speech.time(LocalTime.of(12, 30)));
        assertEquals(List.of("num/11", "num/50", "num/9", "time/pm"), speech.time(LocalTime.of(23, 59, 59)));
    }
}
