"""What the benchmarks share: a program in a real pseudo-terminal, keys timed from the key to
the last byte of the frame they cause, peak memory, and percentiles."""
import fcntl, os, pty, select, struct, termios, time


def spawn(argv, env=None, unset=(), rows=40, cols=120):
    """Starts argv in a rows x cols pseudo-terminal (sized before it starts); returns (pid, fd)."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        environment = {k: v for k, v in os.environ.items() if k not in unset}
        environment["TERM"] = "xterm-256color"
        environment.update(env or {})
        os.execvpe(argv[0], argv, environment)
    return pid, fd


def spawn_haian(binary, args, rows=40, cols=120, signed_in=True):
    """haian with LANG unset, as on a bare machine, signed in (the first to sign in on a
    database without accounts becomes its administrator) or at the sign-in screen."""
    env = {"HAIAN_SIGN_IN": "Đo hiệu năng:123456"} if signed_in else {}
    return spawn([binary] + args, env, unset=("LANG", "LC_ALL", "HAIAN_SIGN_IN"), rows=rows, cols=cols)


def drain(fd, quiet):
    """Reads until `quiet` seconds pass with no output; returns (bytes, time of the last byte)."""
    data, last = b"", None
    while True:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            return data, last
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return data, last
        if not chunk:
            return data, last
        data += chunk
        last = time.perf_counter()


def press(fd, key, quiet=0.03, first=None):
    """Sends one key; returns (milliseconds to the frame's last byte, bytes), or None when the
    screen did not change within `first` seconds (by default `quiet`: a key slower than that
    would be missed and its frame counted with the next key's, so slow keys need a longer one)."""
    sent = time.perf_counter()
    os.write(fd, key)
    data, last = drain(fd, first or quiet)
    if last is not None:
        more, later = drain(fd, quiet)
        data, last = data + more, later or last
    return None if last is None else ((last - sent) * 1000, len(data))


def finish(pid, fd, keys=b"q"):
    """Sends the quitting keys, waits for the end; returns the peak resident memory in MB."""
    os.write(fd, keys)
    drain(fd, 0.2)
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return usage.ru_maxrss / 1024


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]
