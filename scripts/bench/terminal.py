"""What the benchmarks share: haian in a real pseudo-terminal, and percentiles."""
import fcntl, os, pty, struct, termios


def spawn(binary, args, rows=40, cols=120):
    """Starts the binary in a rows x cols pseudo-terminal with LANG unset; returns (pid, fd)."""
    pid, fd = pty.fork()
    if pid == 0:
        env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL")}
        env["TERM"] = "xterm-256color"
        env["HAIAN_SIGN_IN"] = "Đo hiệu năng:1234"
        os.execve(binary, [binary] + args, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]
