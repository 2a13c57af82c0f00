package org.branchline.media.internal.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.branchline.api.media.Prompt;
import org.branchline.media.internal.codec.Pcmu;
import org.branchline.media.internal.dsp.ToneGenerator;
import org.branchline.media.internal.prompt.MusicLibrary;
import org.branchline.media.internal.prompt.PromptLibrary;
import org.branchline.media.internal.prompt.Speech;

/** Turns a prompt sequence into the audio to play: fragments of the language, recordings, tones, music. */
public final class Clips {
    private final PromptLibrary prompts;
    private final Speech speech;
    private final MusicLibrary music;
    private final String language;
    private final byte[] beep = ulaw(ToneGenerator.beep());

    public Clips(PromptLibrary prompts, Speech speech, MusicLibrary music, String language) {
        this.prompts = prompts;
        this.speech = speech;
        this.music = music;
        this.language = language;
    }

    /**
     * The whole sequence, read now (on the application's thread) so that the media clock never reads files.
     *
     * @throws IllegalArgumentException naming a prompt that does not exist
     * @throws UncheckedIOException when a recording cannot be read
     */
    Clip of(List<Prompt> sequence) {
        List<Clip> clips = new ArrayList<>();
        for (Prompt p : sequence) {
            clips.add(of(p));
        }
        return Clip.sequence(clips);
    }

    private Clip of(Prompt p) {
        if (p instanceof Prompt.Phrase phrase) {
            return fragment(phrase.name());
        } else if (p instanceof Prompt.Recording r) {
            return Clip.ulaw(read(r), false);
        } else if (p instanceof Prompt.Silence s) {
            return Clip.silence(s.millis());
        } else if (p instanceof Prompt.Beep) {
            return Clip.ulaw(beep, false);
        } else if (p instanceof Prompt.Music m) {
            return Clip.ulaw(music.music(m.musicClass()), true);
        }
        return fragments(spoken(p));
    }

    private List<String> spoken(Prompt p) {
        if (p instanceof Prompt.Number n) {
            return speech.number(n.value());
        } else if (p instanceof Prompt.Count c) {
            return speech.count(c.value(), c.singular(), c.plural());
        } else if (p instanceof Prompt.Digits d) {
            return speech.digits(d.digits());
        } else if (p instanceof Prompt.Date d) {
            return speech.date(d.date());
        }
        return speech.time(((Prompt.Time) p).time());
    }

    private Clip fragments(List<String> names) {
        return Clip.sequence(names.stream().map(this::fragment).toList());
    }

    private Clip fragment(String name) {
        return Clip.ulaw(prompts.fragment(language, name), false);
    }

    private static byte[] ulaw(short[] samples) {
        byte[] out = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = Pcmu.fromLinear(samples[i]);
        }
        return out;
    }

    private static byte[] read(Prompt.Recording r) {
        try {
            return Files.readAllBytes(r.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording " + r.file(), e);
        }
    }
}
