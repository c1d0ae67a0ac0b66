"""What the reliability scripts share: haian in a pseudo-terminal read through a terminal
emulator (pyte), so "the screen says it is saved" is read from the screen itself."""
import os, select, subprocess, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
import pyte  # noqa: E402
from terminal import spawn_haian  # noqa: E402


class App:
    def __init__(self, binary, db):
        self.pid, self.fd = spawn_haian(binary, ["--db", db, "--today", "2026-05-21", "--lock-minutes", "0"])
        self.screen = pyte.Screen(120, 40)
        self.stream = pyte.ByteStream(self.screen)

    def pump(self, seconds):
        """Reads what the program writes for up to `seconds`."""
        deadline = time.perf_counter() + seconds
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.stream.feed(chunk)

    def text(self):
        return "\n".join(self.screen.display)

    def wait_for(self, needle, seconds=5):
        deadline = time.perf_counter() + seconds
        while needle not in self.text():
            if time.perf_counter() > deadline:
                return False
            self.pump(0.02)
        return True

    def send(self, data):
        os.write(self.fd, data.encode())

    def add_unit(self, name, seconds=5):
        """Adds a unit by keys; True once the screen says it is saved."""
        self.send("n")
        if not self.wait_for("Thêm đơn vị", seconds):
            return False
        self.send(name + "\x13")
        return self.wait_for(f"Đã lưu đơn vị “{name}”", seconds)


def unit_names(db):
    out = subprocess.run(["sqlite3", db, "SELECT name FROM unit"], capture_output=True, text=True, check=True).stdout
    return set(out.splitlines())


def verify(binary, db):
    return subprocess.run([binary, "verify", "--db", db], capture_output=True, text=True).returncode
