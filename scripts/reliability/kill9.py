#!/usr/bin/env python3
"""kill -9 at random moments while units are being saved by keys; then every unit the screen
said was saved must be in the database. Usage: kill9.py BINARY DB [TRIALS] [SEED]"""
import os, random, signal, sys, time

from harness import App, unit_names, verify


def main():
    binary, db = sys.argv[1], sys.argv[2]
    trials = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    confirmed, mid_save = [], 0
    for trial in range(trials):
        app = App(binary, db)
        app.wait_for("Thoát", 10)
        deadline = time.perf_counter() + rng.uniform(0.02, 0.6)
        n = 0
        while time.perf_counter() < deadline:
            name = f"Xom Thu {trial} {n}"
            app.send("n")
            app.pump(rng.uniform(0, 0.01))
            app.send(name + "\x13")
            # Kill at a random moment: often while this very save is being committed.
            if app.wait_for(f"Đã lưu đơn vị “{name}”", max(0.0, deadline - time.perf_counter())):
                confirmed.append(name)
                app.send("\x1b")
            else:
                mid_save += 1
            n += 1
        os.kill(app.pid, signal.SIGKILL)
        os.waitpid(app.pid, 0)
        os.close(app.fd)
    present = unit_names(db)
    lost = [name for name in confirmed if name not in present]
    print(f"kill -9: {trials} lần giết, {len(confirmed)} lần lưu đã báo trên màn hình, {mid_save} lần giết giữa lúc lưu; "
          f"mất {len(lost)} bản ghi đã lưu; haian verify: {'đạt' if verify(binary, db) == 0 else 'LỖI'}")
    sys.exit(1 if lost else 0)


if __name__ == "__main__":
    main()
