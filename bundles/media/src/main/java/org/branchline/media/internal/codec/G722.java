package org.branchline.media.internal.codec;

import java.util.Arrays;

/**
 * ITU-T G.722 at 64 kbit/s behind our 8 kHz interface: a frame is interpolated to 16 kHz and encoded, one code word
 * per 16 kHz sample pair, so 160 samples still make 160 bytes; decoding runs the other way. The RTP clock is
 * 8000 (RFC 3551). Encoder and decoder keep separate state.
 */
public final class G722 implements Codec {
    private final G722Encoder encoder = new G722Encoder();
    private final G722Decoder decoder = new G722Decoder();
    private final Resampler resampler = new Resampler();
    private short[] wide = new short[320];

    @Override
    public String name() {
        return "G722";
    }

    @Override
    public int payloadType() {
        return 9;
    }

    @Override
    public void encode(short[] pcm8k, byte[] payload) {
        int n = pcm8k.length;
        resampler.up(pcm8k, n, wide(n));
        encoder.encode(wide, 2 * n, payload);
    }

    @Override
    public void decode(byte[] payload, int offset, int length, short[] pcm8k) {
        int n = Math.min(length, pcm8k.length);
        decoder.decode(payload, offset, n, wide(n));
        resampler.down(wide, 2 * n, pcm8k);
        Arrays.fill(pcm8k, n, pcm8k.length, (short) 0);
    }

    private short[] wide(int n) {
        if (wide.length < 2 * n) {
            wide = new short[2 * n];
        }
        return wide;
    }

    @Override
    public Codec fresh() {
        return new G722();
    }
}
