#!/usr/bin/env python3
"""The bad-input catalogue: each bad input, the Vietnamese message it gets, and whether the
database (or the file) is exactly as it was. Usage: bad_input.py BINARY FOLDER"""
import hashlib, os, shutil, sqlite3, subprocess, sys, time

from harness import App


def dump(db):
    """The records, to compare before and after (the file's bytes may move with WAL). The draft
    of an open form, preferences and sign-in counters are not records and are left out."""
    skipped = ('"draft"', '"setting"', '"account"')
    with sqlite3.connect(db) as connection:
        lines = [line for line in connection.iterdump() if not any(name in line[:40] for name in skipped)]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def file_bytes(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def cli(binary, *args):
    env = dict(os.environ, HAIAN_SIGN_IN="Đo hiệu năng:123456")
    result = subprocess.run([binary, *args], capture_output=True, text=True, env=env)
    return result.returncode, (result.stderr or result.stdout).strip().splitlines()


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    db = os.path.join(folder, "bad.sqlite")
    subprocess.run([binary, "demo", "--db", db, "--seed", "1"], capture_output=True, check=True)
    header_only = os.path.join(folder, "chi-tieu-de.csv")
    with open(header_only, "w", encoding="utf-8") as handle:
        handle.write("Vòng,Nhóm,Mã,Người chấm,tc1\n")
    cli(binary, "import", "scores", header_only, "--db", db)  # the first sign-in makes the account, once
    rows = []

    def check(item, message, same):
        rows.append((item, message, same))

    before = dump(db)
    status, out = cli(binary, "reminders", "--db", db, "--today", "2026-02-30")
    check("ngày không có thật (--today 2026-02-30)", next((l for l in out if "Ngày" in l), out[0]), dump(db) == before and status != 0)

    bad_csv = os.path.join(folder, "rac.csv")
    with open(bad_csv, "wb") as handle:
        handle.write(bytes([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x0A, 0x22, 0x22, 0x22]))
    status, out = cli(binary, "import", "scores", bad_csv, "--db", db)
    check("tệp CSV hỏng (không phải UTF-8)", out[-1].strip(), dump(db) == before and status != 0)

    over = os.path.join(folder, "qua-diem.csv")
    with open(over, "w", encoding="utf-8") as handle:
        handle.write("Vòng,Nhóm,Mã,Người chấm,tc1\n2026,a,1,Hội đồng chấm,120\n2026,a,2,Hội đồng chấm,7\n")
    status, out = cli(binary, "import", "scores", over, "--db", db)
    check("CSV có một dòng điểm 120 (tối đa 15)", out[-1].strip(), dump(db) == before and status != 0)

    text = os.path.join(folder, "ghi-chu.txt")
    with open(text, "w") as handle:
        handle.write("không phải cơ sở dữ liệu\n")
    fingerprint = file_bytes(text)
    status, out = cli(binary, "reminders", "--db", text)
    check("tệp văn bản thay cho cơ sở dữ liệu", out[-1], file_bytes(text) == fingerprint and status != 0)

    corrupt = os.path.join(folder, "hong.sqlite")
    shutil.copy(db, corrupt)
    with open(corrupt, "r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(8192))
    fingerprint = file_bytes(corrupt)
    status, out = cli(binary, "reminders", "--db", corrupt, "--today", "2026-05-21")
    check("cơ sở dữ liệu bị hỏng (ghi đè 8 KB)", out[-1] if out else "(không báo gì)", file_bytes(corrupt) == fingerprint and status != 0)

    if os.geteuid() == 0:
        check("tệp và thư mục chỉ đọc", "(bỏ qua: chạy bằng root, quyền đọc/ghi không chặn được root)", True)
    else:
        read_only(binary, db, folder, check)

    good = os.path.join(folder, "dung.csv")
    with open(good, "w", encoding="utf-8") as handle:
        handle.write("Vòng,Nhóm,Mã,Người chấm,tc1\n2026,a,2,Hội đồng chấm,7\n")
    holder = sqlite3.connect(db, isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    status, out = cli(binary, "import", "scores", good, "--db", db)
    holder.execute("ROLLBACK")
    holder.close()
    check("cơ sở dữ liệu đang bị chương trình khác khoá (BEGIN EXCLUSIVE)", out[-1], dump(db) == before and status != 0)

    in_the_program(binary, db, before, check)

    width = max(len(item) for item, _, _ in rows)
    for item, message, same in rows:
        print(f"{item.ljust(width)}  {'giữ nguyên' if same else 'THAY ĐỔI'}  {message}")
    print(f"danh mục đầu vào sai: {len(rows)} mục, {sum(1 for r in rows if r[2])} giữ nguyên dữ liệu")
    sys.exit(0 if all(same for _, _, same in rows) else 1)


def read_only(binary, db, folder, check):
    readonly = os.path.join(folder, "chi-doc")
    os.makedirs(readonly)
    shutil.copy(db, os.path.join(readonly, "h.sqlite"))
    os.chmod(os.path.join(readonly, "h.sqlite"), 0o400)
    os.chmod(readonly, 0o500)
    fingerprint = file_bytes(os.path.join(readonly, "h.sqlite"))
    status, out = cli(binary, "reminders", "--db", os.path.join(readonly, "h.sqlite"))
    same = file_bytes(os.path.join(readonly, "h.sqlite")) == fingerprint
    os.chmod(readonly, 0o700)
    check("tệp và thư mục chỉ đọc", out[-1], same and status != 0)


def in_the_program(binary, db, before, check):
    """The same, typed into the running program."""
    app = App(binary, db)
    app.wait_for("Thoát", 10)
    app.send("n")
    app.wait_for("Thêm đơn vị")
    # Typing stops at the limit, with a message; Esc twice leaves without saving.
    app.send("X" * 130)
    app.wait_for("tối đa")
    check("gõ tên đơn vị 130 ký tự (tối đa 120)", line_with(app, "tối đa"), dump(db) == before)
    app.send("\x1b\x1b")
    app.pump(0.3)
    app.send("n")
    app.wait_for("Thêm đơn vị")
    app.send("\x07\x02 \x13")
    app.wait_for("không được để trống", 3)
    check("chỉ ký tự điều khiển và dấu cách làm tên", line_with(app, "không được để trống"), dump(db) == before)
    app.send("\x1b\x1b")
    app.pump(0.3)
    app.send("3")
    app.wait_for("Phòng VH-XH (tổng hợp)")
    app.send("jj\r")
    app.wait_for("Ghi nhận:")
    app.send("\x7f" * 10 + "31/02/2026\x13")
    app.wait_for("không hợp lệ", 3)
    check("ngày 31/02/2026 trong biểu mẫu ghi nhận báo cáo", line_with(app, "không hợp lệ"), dump(db) == before)
    app.send("\x1b\x1b")
    app.pump(0.3)
    os.write(app.fd, b"\x1bOS")  # F4
    app.wait_for("Chấm điểm ·")
    app.send("120")
    app.wait_for("không nhận 120", 3)
    app.send("\r")
    app.pump(0.3)
    check("điểm 120 cho tiêu chí tối đa 15", line_with(app, "không nhận 120"), dump(db) == before)
    app.send("\x1b")
    import fcntl, struct, termios
    fcntl.ioctl(app.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 15, 60, 0, 0))
    os.kill(app.pid, 28)  # SIGWINCH
    app.screen.resize(15, 60)
    app.wait_for("quá nhỏ", 3)
    check("cửa sổ 60×15 (tối thiểu 80×24)", line_with(app, "quá nhỏ"), dump(db) == before)
    os.kill(app.pid, 15)
    os.waitpid(app.pid, 0)


def line_with(app, needle):
    """The message on screen: from its ✗ (if any) to the next wide gap."""
    line = next((line for line in app.screen.display if needle in line), None)
    if line is None:
        return "(không thấy thông báo)"
    if "✗" in line:
        return line[line.find("✗"):].split("   ")[0].strip()
    return next(part.strip() for part in line.split("   ") if needle in part)


if __name__ == "__main__":
    main()
