#!/usr/bin/env python3
"""Two programs on one database file, each adding EDITS units by keys at the same time; then
every unit either screen said was saved must be there, and both must end cleanly.
Usage: twoproc.py BINARY DB [EDITS]"""
import os, sys, time

from harness import App, unit_names, verify


def main():
    binary, db = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    apps = [App(binary, db), App(binary, db)]
    for app in apps:
        app.wait_for("Thoát", 10)
    confirmed, refused = [[], []], [0, 0]
    started = time.perf_counter()
    for n in range(edits):
        # Interleaved key by key: each save lands while the other program is busy too.
        for which, app in enumerate(apps):
            name = f"Xom Song Song {which} {n}"
            if app.add_unit(name):
                confirmed[which].append(name)
            else:
                refused[which] += 1
                app.send("\x1b\x1b")
                app.pump(0.1)
    seconds = time.perf_counter() - started
    statuses = []
    for app in apps:
        app.send("q")
        _, status = os.waitpid(app.pid, 0)
        statuses.append(status)
    present = unit_names(db)
    lost = sum(1 for names in confirmed for name in names if name not in present)
    crashes = sum(1 for status in statuses if status != 0)
    print(f"hai phiên cùng tệp: {edits} lần sửa mỗi phiên trong {seconds:.1f} s, đã lưu {len(confirmed[0])} + {len(confirmed[1])}, "
          f"không lưu được {refused[0]} + {refused[1]}, mất {lost}, sập {crashes}; "
          f"haian verify: {'đạt' if verify(binary, db) == 0 else 'LỖI'}")
    sys.exit(1 if lost or crashes else 0)


if __name__ == "__main__":
    main()
