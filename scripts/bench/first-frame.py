#!/usr/bin/env python3
"""Time from starting haian to its first full frame, in a real 120x40 pseudo-terminal.

A frame is full when the footer's last key ("q Thoát") has been written. Run on the release
build; prints figures only, asserts nothing. Usage: first-frame.py BINARY [RUNS]
"""
import os, select, statistics, sys, tempfile, time

from terminal import percentile, spawn

MARK = "Thoát".encode()


def one_run(binary, db):
    start = time.perf_counter()
    pid, fd = spawn(binary, ["--db", db, "--today", "2026-05-21"])
    seen, elapsed = b"", None
    while elapsed is None and time.perf_counter() - start < 10:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
            if MARK in seen:
                elapsed = time.perf_counter() - start
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed, len(seen)


def main():
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "haian.sqlite")
        first, size = one_run(binary, db)
        print(f"first start (creates and seeds the database): {first * 1000:.1f} ms, {size} bytes to the terminal")
        times = [one_run(binary, db)[0] * 1000 for _ in range(runs)]
    times.sort()
    p95 = percentile(times, 0.95)
    print(f"start to first full frame, seeded database, {runs} runs: "
          f"min {times[0]:.1f} ms, p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms (target <= 30 ms)")


if __name__ == "__main__":
    main()
