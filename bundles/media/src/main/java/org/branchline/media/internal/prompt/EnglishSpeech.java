package org.branchline.media.internal.prompt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** US English: no "and" in numbers, 12-hour times. */
public final class EnglishSpeech implements Speech {
    private static final String[] SCALES = {"", "num/thousand", "num/million", "num/billion", "num/trillion",
            "num/quadrillion", "num/quintillion"};

    @Override
    public List<String> number(long n) {
        if (n == 0) {
            return List.of("num/0");
        }
        List<String> words = new ArrayList<>();
        if (n < 0) {
            words.add("num/minus");
        }
        // read as unsigned, -Long.MIN_VALUE is its magnitude
        addThousands(Math.abs(n), 0, words);
        return words;
    }

    private static void addThousands(long unsigned, int scale, List<String> words) {
        long higher = Long.divideUnsigned(unsigned, 1000);
        if (higher != 0) {
            addThousands(higher, scale + 1, words);
        }
        int group = (int) Long.remainderUnsigned(unsigned, 1000);
        if (group != 0) {
            addBelowThousand(group, words);
            if (scale > 0) {
                words.add(SCALES[scale]);
            }
        }
    }

    private static void addBelowThousand(int n, List<String> words) {
        if (n >= 100) {
            words.add("num/" + n / 100);
            words.add("num/hundred");
        }
        int belowHundred = n % 100;
        if (belowHundred >= 20) {
            words.add("num/" + belowHundred / 10 * 10);
            belowHundred %= 10;
        }
        if (belowHundred > 0) {
            words.add("num/" + belowHundred);
        }
    }

    @Override
    public List<String> count(long n, String singularPhrase, String pluralPhrase) {
        List<String> words = new ArrayList<>(n == 0 ? List.of("mc/no") : number(n));
        words.add(n == 1 ? singularPhrase : pluralPhrase);
        return words;
    }

    @Override
    public List<String> digits(String digits) {
        List<String> words = new ArrayList<>();
        for (char c : digits.toCharArray()) {
            if (c >= '0' && c <= '9') {
                words.add("digit/" + c);
            } else if (c == '*') {
                words.add("digit/star");
            } else if (c == '#') {
                words.add("digit/pound");
            }
        }
        return words;
    }

    @Override
    public List<String> date(LocalDate date) {
        return List.of("date/" + lower(date.getDayOfWeek()), "date/" + lower(date.getMonth()),
                "date/" + date.getDayOfMonth() + ordinalSuffix(date.getDayOfMonth()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String ordinalSuffix(int day) {
        if (day / 10 == 1) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    @Override
    public List<String> time(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        List<String> words = new ArrayList<>(number(hour));
        int minute = time.getMinute();
        if (minute > 0 && minute < 10) {
            words.add("time/oh");
        }
        if (minute > 0) {
            words.addAll(number(minute));
        }
        words.add(time.getHour() < 12 ? "time/am" : "time/pm");
        return words;
    }
}
