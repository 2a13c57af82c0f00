#!/usr/bin/env bash
# Generates the prompt set of one language and the default music on hold:
#   <lang>/<name>.snd for every "name|text" line of the language's list (prompts.txt for en, prompts.<lang>.txt else)
#   music/moh_supplied.snd
# Both are raw 8 kHz mono 8-bit µ-law, headerless (the "Telephony" .snd format of the admin guide).
# Same input, same bytes: espeak-ng is deterministic and sox runs with -R (fixed random seed) and no dither.
# Usage: generate.sh [en|es|fr-CA]
set -euo pipefail
cd "$(dirname "$0")"

lang=${1:-en}
case $lang in
    en) voice=en-us list=prompts.txt ;;
    es) voice=es-419 list=prompts.es.txt ;;
    fr-CA) voice=fr list=prompts.fr-CA.txt ;;
    *) echo "usage: $0 [en|es|fr-CA]" >&2; exit 2 ;;
esac
[ -f "$list" ] || { echo "no prompt list $list" >&2; exit 1; }

if ! command -v espeak-ng >/dev/null || ! command -v sox >/dev/null; then
    apt-get install -y espeak-ng sox
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ulaw=(-t raw -r 8000 -c 1 -e u-law -b 8)
pcm=(-t raw -r 8000 -c 1 -e signed -b 16)

# Speech at ~150 words a minute, silence trimmed to 50 ms each side, peak at -3 dBFS.
# espeak-ng spells "PIN" out letter by letter; the lists keep the written form.
speak() {
    local text=${1//PIN/pin} out=$2
    espeak-ng -v "$voice" -s 150 -w "$work/speech.wav" --stdin <<<"$text"
    mkdir -p "$(dirname "$out")"
    sox -R -D "$work/speech.wav" "${ulaw[@]}" "$out" \
        silence 1 0.01 -50d reverse silence 1 0.01 -50d reverse \
        rate 8000 norm -3 pad 0.05 0.05
}

generate_prompts() {
    rm -rf "$lang"
    local name text
    while IFS='|' read -r name text; do
        case $name in ''|'#'*) continue ;; esac
        speak "$text" "$lang/$name.snd"
    done <"$list"
}

hz() {
    awk -v n="$1" 'BEGIN { printf "%.2f", 440 * 2 ^ ((n - 69) / 12) }'
}

# One bar of 1.875 s: a soft three-note pad swelling in and out, and a plucked arpeggio of eight notes over it.
# Arguments: the MIDI notes of the chord's root, third and fifth an octave below the pad (the pad stays above
# 250 Hz, where telephones still carry it), and the output file.
bar() {
    local root=$1 third=$2 fifth=$3 out=$4 note
    sox -R -r 8000 -c 3 -n "${pcm[@]}" "$work/pad.raw" \
        synth 1.875 sine "$(hz $((root + 12)))" sine "$(hz $((third + 12)))" sine "$(hz $((fifth + 12)))" \
        remix - fade q 0.5 1.875 0.5 vol 0.5
    : >"$work/arpeggio.raw"
    for note in "$root" "$third" "$fifth" $((root + 12)) $((third + 12)) "$fifth" "$third" "$fifth"; do
        sox -R -n "${pcm[@]}" "$work/note.raw" \
            synth 0.234375 pluck "$(hz $((note + 24)))" fade 0 0.234375 0.08 vol 0.4
        cat "$work/note.raw" >>"$work/arpeggio.raw"
    done
    sox -R -m "${pcm[@]}" "$work/pad.raw" "${pcm[@]}" "$work/arpeggio.raw" "${pcm[@]}" "$out"
}

# I-vi-IV-V in C, four times: 16 bars, 30 s. Every bar starts and ends near silence, so the file loops cleanly.
generate_music() {
    local i chord
    : >"$work/music.raw"
    for i in 1 2 3 4; do
        for chord in "48 52 55" "45 48 52" "41 45 48" "43 47 50"; do
            bar $chord "$work/bar.raw"
            cat "$work/bar.raw" >>"$work/music.raw"
        done
    done
    mkdir -p music
    sox -R -D "${pcm[@]}" "$work/music.raw" "${ulaw[@]}" music/moh_supplied.snd lowpass 3000 norm -6
}

generate_prompts
generate_music
