#!/usr/bin/env python3
"""Per-keystroke time while scrolling the units list, in a real 120x40 pseudo-terminal.

Sends "j" KEYS times; for each, the time from writing the key to the last byte of the frame
it causes (the frame has ended when nothing more arrives for 30 ms), and the bytes sent.
Prints figures only. Usage: scroll.py BINARY DB [KEYS]
"""
import os, select, statistics, sys, time

from terminal import percentile, spawn


def drain(fd, quiet):
    """Reads until `quiet` seconds pass with no output; returns (bytes, time of last byte)."""
    data, last = b"", None
    while True:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            return data, last
        chunk = os.read(fd, 65536)
        if not chunk:
            return data, last
        data += chunk
        last = time.perf_counter()


def main():
    binary, db = sys.argv[1], sys.argv[2]
    keys = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    pid, fd = spawn(binary, ["--db", db, "--today", "2026-05-21"])
    drain(fd, 1.0)
    times, sizes = [], []
    for _ in range(keys):
        sent = time.perf_counter()
        os.write(fd, b"j")
        data, last = drain(fd, 0.03)
        if last is not None:
            times.append((last - sent) * 1000)
            sizes.append(len(data))
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    print(f"scroll units list, {len(times)} keys on {os.path.basename(db)}: "
          f"p50 {statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms, "
          f"p99 {percentile(times, 0.99):.2f} ms; bytes per key p50 {int(statistics.median(sizes))}, "
          f"max {max(sizes)}")


if __name__ == "__main__":
    main()
