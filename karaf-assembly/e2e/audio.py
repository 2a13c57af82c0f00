"""Known test audio and how to find it again in a recording (Python 3 standard library only).

* ``write_test_wav(path, seed)``: 7 s of deterministic speech-like audio (syllable-like bursts with a
  gliding pitch and two formants per syllable, band-limited to 300-3400 Hz), 16-bit mono at 8 kHz, the
  format a baresip ``aufile`` source can play with ``ausrc_srate 8000`` and ``ausrc_channels 1``.
* ``read_wav(path)``: any 16-bit PCM WAV as mono float samples at 8 kHz.
* ``best_match(sent, heard)``: (correlation, lag_seconds) of the sent audio found in the heard audio,
  comparing the loudness envelopes of four speech bands, so that G.711, jitter-buffer delay, a level
  change and lost packets still match and a tone, noise or other speech do not.
* ``tone_present(heard, hz)``: whether one tone dominates a recording.

``python3 audio.py`` checks best_match against a transcoded, delayed, lossy copy and against unrelated audio.
"""

import array
import math
import random
import sys
import wave

RATE = 8000
ENVELOPE_RATE = 200          # envelope samples per second (5 ms blocks)
COARSE = 4                   # the lag search first runs on envelopes decimated 4 times (50 Hz)
BANDS = ((300, 700), (700, 1300), (1300, 2200), (2200, 3400))


# ------------------------------------------------------------------------------------ test audio

def speech_like(seed=1, seconds=7.0, rate=RATE):
    """Syllables of 120-380 ms with 40-260 ms gaps; each has its own pitch glide, formants and loudness."""
    rnd = random.Random(seed)
    out = [0.0] * int(seconds * rate)
    t = int(rnd.uniform(0.1, 0.3) * rate)
    while True:
        length = int(rnd.uniform(0.12, 0.38) * rate)
        if t + length > len(out):
            break
        _syllable(out, t, length, rnd, rate)
        t += length + int(rnd.uniform(0.04, 0.26) * rate)
    peak = max(abs(s) for s in out) or 1.0
    return [s / peak * 0.7 for s in out]


def _syllable(out, start, length, rnd, rate):
    f0, f0_end = rnd.uniform(100, 260), rnd.uniform(90, 280)
    formants = (rnd.uniform(350, 1000), rnd.uniform(1000, 3000))
    loudness = rnd.uniform(0.4, 1.0)
    harmonics = []
    for k in range(1, int(3400 / min(f0, f0_end)) + 1):
        f = k * (f0 + f0_end) / 2
        if 300 <= f <= 3400:
            gain = sum(1.0 / (1.0 + ((f - fm) / 150.0) ** 2) for fm in formants)
            harmonics.append((k, gain))
    phase = 0.0
    for i in range(length):
        x = i / length
        phase += 2 * math.pi * (f0 + (f0_end - f0) * x) / rate
        envelope = loudness * math.sin(math.pi * x) ** 2
        out[start + i] += envelope * sum(g * math.sin(k * phase) for k, g in harmonics)


def sine(hz, seconds, rate=RATE, level=0.5):
    return [level * math.sin(2 * math.pi * hz * i / rate) for i in range(int(seconds * rate))]


def write_wav(path, samples, rate=RATE):
    """Float samples in [-1, 1] as a 16-bit mono WAV."""
    pcm = array.array("h", (max(-32767, min(32767, int(s * 32767))) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def write_test_wav(path, seed=1, seconds=7.0):
    return write_wav(path, speech_like(seed, seconds))


def read_wav(path):
    """A 16-bit PCM WAV (any channels, any rate) as mono floats at 8 kHz: channels averaged, then blocks
    averaged when the rate is a multiple of 8 kHz, linear interpolation otherwise."""
    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2:
            raise AssertionError("%s: expected 16-bit samples, got %d bytes" % (path, w.getsampwidth()))
        channels, rate = w.getnchannels(), w.getframerate()
        pcm = array.array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        pcm.byteswap()
    mono = [sum(pcm[i:i + channels]) / (channels * 32768.0) for i in range(0, len(pcm) - channels + 1, channels)]
    return resample(mono, rate)


def read_ulaw(path, seconds=None):
    """A headerless 8 kHz mu-law file (the PBX's .snd prompts and music) as floats, the first `seconds` only."""
    with open(path, "rb") as f:
        data = f.read() if seconds is None else f.read(int(seconds * RATE))
    return [_ulaw(b) / 32768.0 for b in data]


def _ulaw(byte):
    """G.711 mu-law expansion of one code."""
    u = ~byte & 0xFF
    magnitude = ((((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4)) - 0x84
    return -magnitude if u & 0x80 else magnitude


def resample(samples, rate):
    if rate == RATE:
        return samples
    if rate % RATE == 0:
        n = rate // RATE
        return [sum(samples[i:i + n]) / n for i in range(0, len(samples) - n + 1, n)]
    step = rate / RATE
    out = []
    pos = 0.0
    while pos < len(samples) - 1:
        i = int(pos)
        out.append(samples[i] + (samples[i + 1] - samples[i]) * (pos - i))
        pos += step
    return out


def _samples(audio):
    return read_wav(audio) if isinstance(audio, str) else list(audio)


# ------------------------------------------------------------------------------------- matching

def _bandpass(samples, low, high, rate=RATE):
    """Two RBJ band-pass biquads in series (sharper skirts than one)."""
    f0 = math.sqrt(low * high)
    w0 = 2 * math.pi * f0 / rate
    alpha = math.sin(w0) / (2 * f0 / (high - low))
    a0 = 1 + alpha
    b0, b2, a1, a2 = alpha / a0, -alpha / a0, -2 * math.cos(w0) / a0, (1 - alpha) / a0
    for _ in range(2):
        out = []
        x1 = x2 = y1 = y2 = 0.0
        for x in samples:
            y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2
            out.append(y)
            x2, x1, y2, y1 = x1, x, y1, y
        samples = out
    return samples


def envelopes(samples):
    """Per band, the mean absolute level of each 5 ms block: a list of four lists at 200 Hz."""
    block = RATE // ENVELOPE_RATE
    out = []
    for low, high in BANDS:
        band = _bandpass(samples, low, high)
        out.append([sum(map(abs, band[i:i + block])) / block for i in range(0, len(band) - block + 1, block)])
    return out


def _decimate(env, n):
    return [[sum(b[i:i + n]) / n for i in range(0, len(b) - n + 1, n)] for b in env]


def _correlation(sent, heard, lag):
    """Pearson correlation of the sent envelopes (all bands together, each band's mean removed) with the
    heard ones starting `lag` blocks later (zeros outside the recording)."""
    sxy = sxx = syy = 0.0
    for s_band, h_band in zip(sent, heard):
        n = len(s_band)
        window = [h_band[i + lag] if 0 <= i + lag < len(h_band) else 0.0 for i in range(n)]
        ms, mh = sum(s_band) / n, sum(window) / n
        for s, h in zip(s_band, window):
            sxy += (s - ms) * (h - mh)
            sxx += (s - ms) ** 2
            syy += (h - mh) ** 2
    if sxx <= 1e-18 or syy <= 1e-18:
        return 0.0
    return sxy / math.sqrt(sxx * syy)


def best_match(sent, heard):
    """(correlation, lag_seconds): the highest normalised cross-correlation of the sent audio's band
    envelopes against the heard audio's over all lags (the sent audio may start up to half its length
    before the recording, or anywhere in it); lag_seconds is where in `heard` the sent audio begins.
    sent/heard: WAV paths or 8 kHz float samples. 0.0 for silence."""
    s_env, h_env = envelopes(_samples(sent)), envelopes(_samples(heard))
    s_coarse, h_coarse = _decimate(s_env, COARSE), _decimate(h_env, COARSE)
    n, m = len(s_coarse[0]), len(h_coarse[0])
    coarse = max(range(-n // 2, max(m - n // 2, 1)), key=lambda lag: _correlation(s_coarse, h_coarse, lag))
    fine = range(coarse * COARSE - 2 * COARSE, coarse * COARSE + 2 * COARSE + 1)
    corr, lag = max((_correlation(s_env, h_env, lag), lag) for lag in fine)
    return corr, lag / float(ENVELOPE_RATE)


def tone_fraction(samples, hz, rate=RATE):
    """The share of the signal's power at `hz` (Goertzel over the whole signal)."""
    n = len(samples)
    if n == 0:
        return 0.0
    coeff = 2 * math.cos(2 * math.pi * hz / rate)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    tone_power = (s1 * s1 + s2 * s2 - coeff * s1 * s2) * 2 / (n * n)
    total = sum(x * x for x in samples) / n
    return tone_power / total if total > 1e-12 else 0.0


def tone_present(heard, hz, min_fraction=0.5, skip_seconds=0.5):
    """True when at least min_fraction of the heard power (after skip_seconds) is a tone at hz (±1 bin)."""
    samples = _samples(heard)[int(skip_seconds * RATE):]
    return tone_fraction(samples, hz) >= min_fraction


# ----------------------------------------------------------------------------------- self-check

def _telephone_path(samples, delay, loss_every, seed=7):
    """What a call does to audio: delay, half the level, G.711 µ-law, every loss_every-th 20 ms frame lost."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop
    pcm = array.array("h", (int(s * 0.5 * 32767) for s in [0.0] * int(delay * RATE) + samples))
    decoded = array.array("h", audioop.ulaw2lin(audioop.lin2ulaw(pcm.tobytes(), 2), 2))
    out = [s / 32768.0 for s in decoded]
    frame = RATE // 50
    rnd = random.Random(seed)
    for start in range(0, len(out), frame):
        if rnd.randrange(loss_every) == 0:
            out[start:start + frame] = [0.0] * len(out[start:start + frame])
    return out + [0.0] * RATE


def self_check():
    sent = speech_like(1)
    rnd = random.Random(3)
    cases = {"itself, 0.37 s later, -6 dB, µ-law, 5% frames lost": (_telephone_path(sent, 0.37, 20), True),
             "another seed": (_telephone_path(speech_like(2), 0.2, 20), False),
             "440 Hz tone": (sine(440, 9), False),
             "white noise": ([rnd.uniform(-0.3, 0.3) for _ in range(9 * RATE)], False),
             "silence": ([0.0] * 9 * RATE, False)}
    failed = []
    for name, (heard, same) in cases.items():
        corr, lag = best_match(sent, heard)
        ok = corr > 0.8 if same else corr < 0.3
        print("%-55s correlation %.3f at %.3f s %s" % (name, corr, lag, "ok" if ok else "WRONG"))
        if not ok:
            failed.append(name)
    if not tone_present(sine(1000, 3), 1000) or tone_present(sent, 1000):
        failed.append("tone_present")
    return failed


if __name__ == "__main__":
    problems = self_check()
    print("FAILED: %s" % problems if problems else "audio self-check passed")
    sys.exit(1 if problems else 0)
