#!/usr/bin/env python3
"""Per-keystroke time in a real 120x40 pseudo-terminal, from a key to the last byte of the
frame it causes (the frame has ended when nothing more arrives for 30 ms), and bytes sent.

Usage: keys.py BINARY DB LABEL SETUP KEYS [COUNT]
  SETUP  keys sent once before measuring (e.g. "4f" opens the worksheet of group b)
  KEYS   keys sent in turn, COUNT times in all; only the first of them is measured when
         MEASURE_FIRST=1 (e.g. "1\x7f": type a digit, then take it back, timing the digit)
Prints figures only.
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
    binary, db, label, setup, keys = sys.argv[1:6]
    setup = setup.encode().decode("unicode_escape").encode()
    keys = keys.encode().decode("unicode_escape").encode()
    count = int(sys.argv[6]) if len(sys.argv) > 6 else 300
    first_only = os.environ.get("MEASURE_FIRST") == "1"
    pid, fd = spawn(binary, ["--db", db, "--today", "2026-05-21"])
    drain(fd, 1.0)
    for key in setup:
        os.write(fd, bytes([key]))
        drain(fd, 0.5)
    times, sizes = [], []
    for index in range(count):
        key = keys[index % len(keys)]
        sent = time.perf_counter()
        os.write(fd, bytes([key]))
        data, last = drain(fd, 0.03)
        if last is not None and (not first_only or index % len(keys) == 0):
            times.append((last - sent) * 1000)
            sizes.append(len(data))
    os.write(fd, b"\x1b")
    drain(fd, 0.2)
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    print(f"{label}, {len(times)} keys on {os.path.basename(db)}: "
          f"p50 {statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms, "
          f"p99 {percentile(times, 0.99):.2f} ms; bytes per key p50 {int(statistics.median(sizes))}, "
          f"max {max(sizes)}")


if __name__ == "__main__":
    main()
