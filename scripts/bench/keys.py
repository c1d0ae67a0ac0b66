#!/usr/bin/env python3
"""Per-keystroke time in a real 120x40 pseudo-terminal, from a key to the last byte of the
frame it causes (the frame has ended when nothing more arrives for 30 ms), bytes sent per key,
and the program's peak memory.

Usage: keys.py BINARY DB LABEL SETUP KEYS [COUNT]
  SETUP  keys sent once before measuring (e.g. "4f" opens the worksheet of group b)
  KEYS   keys sent in turn, COUNT times in all; only the first of them is measured when
         MEASURE_FIRST=1 (e.g. "1\x7f": type a digit, then take it back, timing the digit)
FIRST_BYTE_MS (default 30) is how long a key may take to start its frame before it counts as
changing nothing. Prints figures only.
"""
import os, statistics, sys

from terminal import drain, finish, percentile, press, spawn_haian


def split_keys(keys):
    """The keys of a byte string: an escape sequence (ESC [ ... ~) is one key."""
    result, index = [], 0
    while index < len(keys):
        if keys[index] == 0x1b and keys[index + 1:index + 2] == b"[":
            end = keys.index(b"~", index) + 1
            result.append(keys[index:end])
            index = end
        else:
            result.append(keys[index:index + 1])
            index += 1
    return result


def main():
    binary, db, label, setup, keys = sys.argv[1:6]
    setup = setup.encode().decode("unicode_escape").encode()
    keys = keys.encode().decode("unicode_escape").encode()
    count = int(sys.argv[6]) if len(sys.argv) > 6 else 300
    first_only = os.environ.get("MEASURE_FIRST") == "1"
    pid, fd = spawn_haian(binary, ["--db", db, "--today", "2026-05-21"])
    drain(fd, 1.0)
    # Escape sequences (F4 is ESC [ 1 4 ~) go whole; other keys one by one.
    for key in split_keys(setup):
        os.write(fd, key)
        drain(fd, 0.5)
    times, sizes = [], []
    for index in range(count):
        result = press(fd, bytes([keys[index % len(keys)]]), first=float(os.environ.get("FIRST_BYTE_MS", "30")) / 1000)
        if result is not None and (not first_only or index % len(keys) == 0):
            times.append(result[0])
            sizes.append(result[1])
    rss = finish(pid, fd, b"\x1b\x1bq")
    print(f"{label}, {len(times)} keys on {os.path.basename(db)}: "
          f"p50 {statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms, "
          f"p99 {percentile(times, 0.99):.2f} ms; bytes per key p50 {int(statistics.median(sizes))}, "
          f"mean {statistics.mean(sizes):.0f}, max {max(sizes)}; peak RSS {rss:.1f} MB")


if __name__ == "__main__":
    main()
