"""Counts the RTP packets a phone receives, from outside every process: tcpdump on lo writes each UDP packet
to the phone's RTP ports with the kernel's timestamp; gaps() gives the pauses between consecutive packets.

Needs tcpdump and root (it captures on lo)."""
import os
import struct
import subprocess
import time

import pbx


class RtpWatch:
    def __init__(self, path, first_port, last_port):
        self.path = path
        self.p = subprocess.Popen(
            [pbx.require_tool("tcpdump"), "-i", "lo", "-n", "-s", "64", "-U", "-w", path,
             "udp and dst portrange %d-%d" % (first_port, last_port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 10
        while not os.path.exists(path) and time.time() < deadline:  # tcpdump writes the header when listening
            time.sleep(0.05)
        time.sleep(0.5)

    def stop(self):
        if self.p.poll() is None:
            self.p.terminate()
            self.p.wait(10)

    def times(self):
        """Arrival times (seconds) of the packets captured."""
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
            out.append(sec + frac * scale)
            at += 16 + incl
        return out

    def gaps(self):
        """(packets, longest pause in ms, when it began as seconds after the first packet)."""
        t = self.times()
        if len(t) < 2:
            return len(t), float("inf"), 0.0
        pause, where = max((t[i + 1] - t[i], t[i] - t[0]) for i in range(len(t) - 1))
        return len(t), pause * 1000.0, where
