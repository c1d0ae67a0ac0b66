import GRDB

/// Named, append-only migrations. The schema is written in plain SQL, never derived from
/// app types, so a shipped migration means the same thing forever.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in
            try db.execute(sql: """
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE phase (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    start_on TEXT NOT NULL,
                    end_on TEXT NOT NULL,
                    years_label TEXT NOT NULL,
                    review TEXT NOT NULL
                );
                CREATE TABLE milestone (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    date TEXT NOT NULL,
                    precision TEXT NOT NULL
                );
                CREATE INDEX milestone_by_date ON milestone(date);
                CREATE TABLE unit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    name_fold TEXT NOT NULL,
                    name_sort TEXT NOT NULL,
                    group_code TEXT NOT NULL CHECK (group_code IN ('a', 'b', 'c')),
                    head TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    role TEXT NOT NULL DEFAULT '',
                    archived INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX unit_by_group_name ON unit(archived, group_code, name_sort);
                CREATE INDEX unit_by_fold ON unit(name_fold);
                CREATE TABLE report_slot (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    due_before TEXT NOT NULL,
                    groups TEXT NOT NULL,
                    UNIQUE (kind, year)
                );
                CREATE TABLE report_receipt (
                    unit_id INTEGER NOT NULL REFERENCES unit(id),
                    slot_id INTEGER NOT NULL REFERENCES report_slot(id),
                    received_on TEXT NOT NULL,
                    received_by TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    attachment TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (unit_id, slot_id)
                );
                CREATE INDEX receipt_by_slot ON report_receipt(slot_id);
                CREATE TABLE criteria_template (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    group_code TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    UNIQUE (group_code, version)
                );
                CREATE TABLE criterion (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    template_id INTEGER NOT NULL REFERENCES criteria_template(id),
                    position INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    title TEXT NOT NULL,
                    max_points REAL NOT NULL CHECK (max_points >= 0),
                    UNIQUE (template_id, position)
                );
                CREATE TABLE band (
                    minimum REAL PRIMARY KEY NOT NULL,
                    label TEXT NOT NULL
                );
                """)
        }
        return migrator
    }
}
