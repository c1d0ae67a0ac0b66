#!/usr/bin/env python3
"""The attacks on the store, as a dishonest or careless user would try them on copies of a
demo holding an officer's changes; for each, the attempts, how many were refused or detected,
and how many changed the records. Usage: attacks.py BINARY FOLDER"""
import hashlib, os, shutil, sqlite3, subprocess, sys

from bad_input import dump, file_bytes

ADMIN = "Quản Trị:135790"


def cli(binary, *args, sign_in=ADMIN):
    env = {k: v for k, v in os.environ.items() if k != "HAIAN_SIGN_IN"}
    if sign_in:
        env["HAIAN_SIGN_IN"] = sign_in
    result = subprocess.run([binary, *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    return result.returncode, result.stdout, result.stderr


def chain_hash(previous, row):
    """The trail's own hashing (Sources/Storage/Audit.swift), as an attacker would copy it."""
    text = previous
    for column in ["id", "at", "who", "session", "entity", "entity_id", "action", "before", "after", "undoes"]:
        value = row[column]
        value = "∅" if value is None else str(value)
        text += f"\n{column}={len(value.encode())}:{value}"
    return hashlib.sha256(text.encode()).hexdigest()


def rehash(db):
    with sqlite3.connect(db) as c:
        c.row_factory = sqlite3.Row
        previous = ""
        for row in c.execute("SELECT * FROM audit ORDER BY id").fetchall():
            previous = chain_hash(previous, row)
            c.execute("UPDATE audit SET hash = ? WHERE id = ?", (previous, row["id"]))


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    base = os.path.join(folder, "base.sqlite")
    subprocess.run([binary, "demo", "--db", base, "--seed", "1"], capture_output=True, check=True)
    units = os.path.join(folder, "don-vi.csv")
    with open(units, "w", encoding="utf-8") as handle:
        handle.write("Tên đơn vị,Nhóm\nXóm Thử Nghiệm,b\n")
    assert cli(binary, "import", "units", units, "--db", base)[0] == 0
    with sqlite3.connect(base) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    code = cli(binary, "verify", "--db", base, sign_in=None)[1].split("Mã kiểm tra hiện nay: ")[1].strip()
    rows = []

    def copy(name):
        path = os.path.join(folder, name)
        shutil.copy(base, path)
        return path

    # Reads with no account: every command that takes records out.
    db = copy("read.sqlite")
    before, refused, attempts = dump(db), 0, 0
    for command in (["export", "people"], ["export", "units"], ["report", "--year", "2025"], ["reminders"], ["settings"],
                    ["documents", "decision", "--round", "2025", "--out", os.path.join(folder, "qd.docx")],
                    ["backup", os.path.join(folder, "b.sqlite")]):
        attempts += 1
        status, out, err = cli(binary, *command, "--db", db, sign_in=None)
        refused += status == 1 and "Cần đăng nhập" in err and not out
    rows.append(("đọc dữ liệu không đăng nhập", attempts, refused, int(dump(db) != before)))

    # PIN guessing: one account locked after five, the other still signs in.
    db = copy("pin.sqlite")
    status = [cli(binary, "export", "units", "--db", db, sign_in="Quản Trị:000000")[0] for _ in range(12)]
    locked = cli(binary, "export", "units", "--db", db)[2]
    rows.append(("đoán mã PIN (quản trị, 12 lần)", 12, status.count(1), 0))
    rows.append(("mã PIN đúng sau 10 lần sai (khoá 1 giờ)", 1, int("tạm khoá" in locked), 0))

    # demo over an officer's records, with any flag.
    db = copy("demo.sqlite")
    before, refused = file_bytes(db), 0
    for flags in ([], ["--scale", "commune"], ["--seed", "2"]):
        refused += cli(binary, "demo", "--db", db, *flags)[0] == 1
    rows.append(("demo đè lên dữ liệu thật", 3, refused, int(file_bytes(db) != before)))

    # A consistent rewrite of the past: a score, the sheet's total, the entry's after and its
    # author, every hash recomputed. verify alone passes it; the code on paper does not.
    db = copy("rewrite.sqlite")
    with sqlite3.connect(db) as c:
        sid, points = c.execute("SELECT id, points FROM score ORDER BY id LIMIT 1").fetchone()
        c.execute("UPDATE score SET points = 0 WHERE id = ?", (sid,))
        c.execute("""UPDATE sheet_total SET total = total - ? WHERE (round_id, subject, subject_id, assessor) =
                     (SELECT round_id, subject, subject_id, assessor FROM score WHERE id = ?)""", (points, sid))
        c.execute("DELETE FROM audit WHERE id > 1")  # a trail rebuilt from scratch, as a forger would
        c.execute("UPDATE audit SET who = 'Người khác'")
    rehash(db)
    status, _, err = cli(binary, "verify", "--db", db, "--code", code, sign_in=None)
    rows.append(("viết lại nhật ký (băm lại) — verify --code", 1, int(status == 1), 0))

    db = copy("cut.sqlite")
    with sqlite3.connect(db) as c:
        c.execute("DELETE FROM audit WHERE id >= (SELECT MAX(id) - 1 FROM audit)")
    rows.append(("cắt đuôi nhật ký — verify --code", 1, int(cli(binary, "verify", "--db", db, "--code", code, sign_in=None)[0] == 1), 0))

    db = copy("account.sqlite")
    with sqlite3.connect(db) as c:
        c.execute("""INSERT INTO account (name, name_key, role, pin_salt, pin_hash, pin_rounds, archived, created_at, updated_at)
                     SELECT 'Kẻ Lạ', 'ke la', 'quan_tri', pin_salt, pin_hash, pin_rounds, 0, created_at, updated_at FROM account LIMIT 1""")
    rows.append(("thêm tài khoản bằng sqlite3 — verify", 1, int(cli(binary, "verify", "--db", db, sign_in=None)[0] == 1), 0))

    db = copy("swap.sqlite")
    with sqlite3.connect(db) as c:
        c.execute("UPDATE account SET pin_hash = zeroblob(32)")
    rows.append(("thay mã băm PIN bằng sqlite3 — verify", 1, int(cli(binary, "verify", "--db", db, sign_in=None)[0] == 1), 0))

    # Strange files: another program's SQLite file, a dangling link; nothing written.
    other = os.path.join(folder, "khac.sqlite")
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE contacts (name TEXT)")
    before, refused = file_bytes(other), 0
    for command in (["verify"], ["export", "units"], ["backup", os.path.join(folder, "x.sqlite")]):
        refused += cli(binary, *command, "--db", other)[0] == 1
    rows.append(("tệp SQLite của chương trình khác", 3, refused, int(file_bytes(other) != before)))
    link = os.path.join(folder, "lien-ket.sqlite")
    os.symlink(os.path.join(folder, "khong-co", "dich.sqlite"), link)
    status = cli(binary, "verify", "--db", link, sign_in=None)[0]
    rows.append(("liên kết trỏ vào chỗ không có", 1, int(status == 1 and not os.path.exists(os.path.join(folder, "khong-co"))), 0))

    print(f"{'tấn công':45} {'lần thử':>8} {'bị chặn':>8} {'dữ liệu đổi':>12}")
    for name, attempts, refused, changed in rows:
        print(f"{name:45} {attempts:8} {refused:8} {changed:12}")
    bad = [row for row in rows if row[2] != row[1] or row[3]]
    print("tất cả bị chặn, dữ liệu không đổi" if not bad else f"KHÔNG ĐẠT: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
