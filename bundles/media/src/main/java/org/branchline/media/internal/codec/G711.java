package org.branchline.media.internal.codec;

import java.util.Arrays;

/** G.711 (µ-law or A-law): one byte per sample, expanded through a table and compressed by a rule. */
abstract class G711 implements Codec {
    private final String name;
    private final int payloadType;
    private final short[] linear;

    G711(String name, int payloadType, short[] linear) {
        this.name = name;
        this.payloadType = payloadType;
        this.linear = linear;
    }

    abstract byte compress(short sample);

    @Override
    public String name() {
        return name;
    }

    @Override
    public int payloadType() {
        return payloadType;
    }

    @Override
    public void encode(short[] pcm8k, byte[] payload) {
        for (int i = 0; i < pcm8k.length; i++) {
            payload[i] = compress(pcm8k[i]);
        }
    }

    @Override
    public void decode(byte[] payload, int offset, int length, short[] pcm8k) {
        int n = Math.min(length, pcm8k.length);
        for (int i = 0; i < n; i++) {
            pcm8k[i] = linear[payload[offset + i] & 0xFF];
        }
        Arrays.fill(pcm8k, n, pcm8k.length, (short) 0);
    }
}
