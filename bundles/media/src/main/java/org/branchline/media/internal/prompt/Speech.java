package org.branchline.media.internal.prompt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A language's rules for saying numbers, counts, digits, dates and times, as prompt fragment names. */
public interface Speech {
    /** "one hundred twelve". */
    List<String> number(long n);

    /** The number, then the singular or plural phrase (prompt names): "no new messages", "one new message". */
    List<String> count(long n, String singularPhrase, String pluralPhrase);

    /** One fragment per digit, star or pound; other characters are skipped. */
    List<String> digits(String digits);

    /** "Monday, November twenty-third". */
    List<String> date(LocalDate date);

    /** "ten AM", "ten oh five AM", "ten forty-five PM". */
    List<String> time(LocalTime time);
}
