"""Counts RTP packets from outside every process: tcpdump on lo writes each UDP packet the filter takes with the
kernel's timestamp; leg() splits them by source or destination port and longest_pause() measures a leg's gaps.

Needs tcpdump and root (it captures on lo)."""
import os
import struct
import subprocess
import time

import pbx

ETHERNET = 14


class RtpWatch:
    def __init__(self, path, bpf_filter):
        self.path = path
        self.p = subprocess.Popen(
            [pbx.require_tool("tcpdump"), "-i", "lo", "-n", "-s", "64", "-U", "-w", path, bpf_filter],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 10
        while not os.path.exists(path) and time.time() < deadline:  # tcpdump writes the header when listening
            time.sleep(0.05)
        time.sleep(0.5)

    def stop(self):
        if self.p.poll() is None:
            self.p.terminate()
            self.p.wait(10)

    def packets(self):
        """(time in seconds, source port, destination port, (RTP SSRC, sequence number)) of each UDP packet."""
        with open(self.path, "rb") as f:
            data = f.read()
        if len(data) < 24:
            return []
        magic = struct.unpack("<I", data[:4])[0]
        endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
        scale = 1e-9 if magic in (0xA1B23C4D, 0x4D3CB2A1) else 1e-6
        out, at = [], 24
        while at + 16 <= len(data):
            sec, frac, incl, _ = struct.unpack(endian + "IIII", data[at:at + 16])
            frame = data[at + 16:at + 16 + incl]
            ihl = (frame[ETHERNET] & 0x0F) * 4
            udp = ETHERNET + ihl
            sport, dport = struct.unpack(">HH", frame[udp:udp + 4])
            rtp = frame[udp + 8:udp + 20]
            ident = struct.unpack(">I", rtp[8:12])[0], struct.unpack(">H", rtp[2:4])[0] if len(rtp) == 12 else None
            out.append((sec + frac * scale, sport, dport, ident))
            at += 16 + incl
        return out

    def leg(self, src=None, dst=None):
        """Arrival times of the packets from source ports src=(first, last) or to destination ports dst."""
        def within(port, span):
            return span is None or span[0] <= port <= span[1]
        return [t for t, s, d, _ in self.packets() if within(s, src) and within(d, dst)]

    def transit(self, src, dst, tail=0.2):
        """How long the server held each RTP packet sent from ports src before it went out to ports dst, matched
        by SSRC and sequence number: (packets sent, packets forwarded, longest hold in ms). Packets sent in the
        capture's last `tail` seconds are left out: their copy may go out after tcpdump stopped."""
        packets = self.packets()
        end = max((t for t, _, _, _ in packets), default=0.0) - tail
        sent, held = {}, []
        forwarded = 0
        for t, s, d, ident in packets:
            if src[0] <= s <= src[1] and t <= end:
                sent[ident] = t
            elif dst[0] <= d <= dst[1] and ident in sent:
                forwarded += 1
                held.append(t - sent[ident])
        return len(sent), forwarded, max(held, default=float("inf")) * 1000.0


def longest_pause(times):
    """(packets, longest pause in ms, when it began as seconds after the first packet)."""
    if len(times) < 2:
        return len(times), float("inf"), 0.0
    pause, where = max((times[i + 1] - times[i], times[i] - times[0]) for i in range(len(times) - 1))
    return len(times), pause * 1000.0, where
