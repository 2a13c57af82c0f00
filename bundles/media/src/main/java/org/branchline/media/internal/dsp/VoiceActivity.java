package org.branchline.media.internal.dsp;

/**
 * Energy-based voice activity for 20 ms frames. A frame is voiced when it is clearly above the noise floor and
 * above an absolute minimum; voicing holds for 200 ms after the last voiced frame, so the gaps between words do
 * not count as silence. The floor starts at the first frame's level (capped, so a caller who speaks at once is
 * still heard), follows quieter frames quickly and louder ones at 1 dB a second.
 */
public final class VoiceActivity {
    private static final double MARGIN_DB = 10;
    private static final double MIN_VOICE_DBFS = -55;
    private static final double MAX_INITIAL_FLOOR_DBFS = -45;
    private static final double FALL = 0.3;
    private static final double RISE_DB_PER_FRAME = 0.02;
    private static final int HANGOVER_FRAMES = 10;

    private boolean started;
    private double floor;
    private int hangover;

    public boolean voiced(short[] frame) {
        double level = Levels.dbfs(frame);
        if (!started) {
            started = true;
            floor = Math.min(level, MAX_INITIAL_FLOOR_DBFS);
        }
        boolean loud = level > Math.max(floor + MARGIN_DB, MIN_VOICE_DBFS);
        floor = level < floor ? floor + FALL * (level - floor) : floor + RISE_DB_PER_FRAME;
        boolean voiced = loud || hangover > 0;
        hangover = loud ? HANGOVER_FRAMES : Math.max(0, hangover - 1);
        return voiced;
    }

    /** The current noise floor estimate in dBFS. */
    public double noiseFloor() {
        return floor;
    }
}
