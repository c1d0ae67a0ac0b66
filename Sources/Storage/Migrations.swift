import GRDB
import Model

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
        migrator.registerMigration("v2-people-initiatives-scores-audit") { db in
            try db.execute(sql: """
                ALTER TABLE unit ADD COLUMN head_sort TEXT NOT NULL DEFAULT '';
                CREATE INDEX unit_by_name ON unit(archived, name_sort);
                CREATE INDEX unit_by_head ON unit(archived, head_sort, name_sort);
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    name_fold TEXT NOT NULL,
                    name_sort TEXT NOT NULL,
                    unit_id INTEGER REFERENCES unit(id),
                    position TEXT NOT NULL DEFAULT '',
                    kind TEXT NOT NULL,
                    phone TEXT NOT NULL DEFAULT '',
                    archived INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX person_by_unit ON person(unit_id, archived);
                CREATE INDEX person_by_name ON person(archived, name_sort);
                CREATE INDEX person_by_kind ON person(archived, kind, name_sort);
                CREATE TABLE registration (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    unit_id INTEGER REFERENCES unit(id),
                    person_id INTEGER REFERENCES person(id),
                    term TEXT NOT NULL,
                    registered_on TEXT NOT NULL,
                    commitments TEXT NOT NULL DEFAULT '',
                    areas TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    CHECK ((unit_id IS NULL) <> (person_id IS NULL))
                );
                CREATE UNIQUE INDEX registration_by_unit ON registration(unit_id, term) WHERE unit_id IS NOT NULL;
                CREATE UNIQUE INDEX registration_by_person ON registration(person_id, term) WHERE person_id IS NOT NULL;
                CREATE TABLE initiative (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    title TEXT NOT NULL,
                    title_fold TEXT NOT NULL,
                    title_sort TEXT NOT NULL,
                    unit_id INTEGER REFERENCES unit(id),
                    person_id INTEGER REFERENCES person(id),
                    area TEXT NOT NULL CHECK (area IN ('a', 'b', 'c', 'd', 'e', 'g', 'h')),
                    sector TEXT,
                    started_on TEXT,
                    status TEXT NOT NULL CHECK (status IN ('de_xuat', 'cong_nhan', 'nhan_rong')),
                    recognised_by TEXT NOT NULL DEFAULT '',
                    recognised_on TEXT,
                    archived INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    CHECK ((unit_id IS NULL) <> (person_id IS NULL))
                );
                CREATE INDEX initiative_by_unit ON initiative(unit_id, archived);
                CREATE INDEX initiative_by_person ON initiative(person_id, archived);
                CREATE INDEX initiative_by_area_status ON initiative(archived, area, status, title_sort);
                CREATE INDEX initiative_by_title ON initiative(archived, title_sort);
                CREATE TABLE round (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    code TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    quota_collective INTEGER NOT NULL DEFAULT 0,
                    quota_individual INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE score (
                    round_id INTEGER NOT NULL REFERENCES round(id),
                    subject TEXT NOT NULL CHECK (subject IN ('unit', 'person')),
                    subject_id INTEGER NOT NULL,
                    assessor TEXT NOT NULL CHECK (assessor IN ('self', 'council')),
                    criterion_id INTEGER NOT NULL REFERENCES criterion(id),
                    points REAL NOT NULL CHECK (points >= 0),
                    given_by TEXT NOT NULL DEFAULT '',
                    given_at TEXT NOT NULL,
                    PRIMARY KEY (round_id, subject, subject_id, assessor, criterion_id)
                ) WITHOUT ROWID;
                CREATE INDEX score_by_subject ON score(subject, subject_id, assessor, round_id);
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL DEFAULT '',
                    session TEXT NOT NULL DEFAULT '',
                    entity TEXT NOT NULL,
                    entity_id INTEGER NOT NULL,
                    action TEXT NOT NULL,
                    before TEXT,
                    after TEXT,
                    undoes INTEGER REFERENCES audit(id)
                );
                CREATE INDEX audit_by_entity ON audit(entity, entity_id);
                CREATE INDEX audit_by_session ON audit(session, id);
                CREATE INDEX audit_by_undoes ON audit(undoes) WHERE undoes IS NOT NULL;
                """)
            // Sort keys come from Model's collation, so existing heads are filled in Swift.
            for row in try Row.fetchAll(db, sql: "SELECT id, head FROM unit") {
                let head: String = row["head"]
                try db.execute(sql: "UPDATE unit SET head_sort = ? WHERE id = ?",
                               arguments: [VietText.personSortKey(head), row["id"] as Int64])
            }
            for round in Plan.rounds {
                try db.execute(sql: "INSERT INTO round (code, title, year) VALUES (?, ?, ?)",
                               arguments: [round.code, round.title, round.year])
            }
        }
        migrator.registerMigration("v3-receipts-activities") { db in
            // Receipts get an id, a version and times like every edited row, and the compiled
            // report (Phòng VH-XH's own) a row with no unit; SQLite cannot drop NOT NULL in place.
            try db.execute(sql: """
                CREATE TABLE receipt_v3 (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    slot_id INTEGER NOT NULL REFERENCES report_slot(id),
                    unit_id INTEGER REFERENCES unit(id),
                    received_on TEXT NOT NULL,
                    received_by TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    attachment TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                INSERT INTO receipt_v3 (slot_id, unit_id, received_on, received_by, note, attachment, created_at, updated_at)
                    SELECT slot_id, unit_id, received_on, received_by, note, attachment, received_on, received_on
                    FROM report_receipt;
                DROP TABLE report_receipt;
                ALTER TABLE receipt_v3 RENAME TO report_receipt;
                CREATE UNIQUE INDEX receipt_by_unit ON report_receipt(unit_id, slot_id) WHERE unit_id IS NOT NULL;
                CREATE UNIQUE INDEX receipt_compiled ON report_receipt(slot_id) WHERE unit_id IS NULL;
                CREATE INDEX receipt_by_slot ON report_receipt(slot_id, received_on);
                CREATE TABLE activity (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    title TEXT NOT NULL,
                    title_fold TEXT NOT NULL,
                    unit_id INTEGER REFERENCES unit(id),
                    area TEXT NOT NULL CHECK (area IN ('a', 'b', 'c', 'd', 'e', 'g', 'h')),
                    start_on TEXT NOT NULL,
                    end_on TEXT NOT NULL,
                    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
                    status TEXT NOT NULL,
                    archived INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    CHECK (end_on >= start_on)
                );
                CREATE INDEX activity_by_start ON activity(archived, start_on, end_on);
                CREATE INDEX activity_by_unit ON activity(unit_id, archived);
                """)
        }
        migrator.registerMigration("v4-worksheet-awards", migrate: ScoringMigration.migrate)
        migrator.registerMigration("v5-audit-chain") { db in
            try db.execute(sql: "ALTER TABLE audit ADD COLUMN hash TEXT")
            // Entries written before the chain existed are sealed in order, as they stand.
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM audit ORDER BY id") { try Audit.seal(db, entry: id) }
        }
        migrator.registerMigration("v6-accounts") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL CHECK (role IN ('quan_tri', 'can_bo', 'hoi_dong', 'chu_tich', 'xem')),
                    pin_salt BLOB NOT NULL,
                    pin_hash BLOB NOT NULL,
                    pin_rounds INTEGER NOT NULL,
                    failures INTEGER NOT NULL DEFAULT 0,
                    failed_at TEXT,
                    archived INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v7-drafts") { db in
            // A form being filled, per account, so one the program died under can be offered back.
            try db.execute(sql: """
                CREATE TABLE draft (
                    account_id INTEGER PRIMARY KEY REFERENCES account(id),
                    title TEXT NOT NULL,
                    form TEXT NOT NULL,
                    saved_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v8-search-indexes") { db in
            // A search counts its matches on every keystroke: LIKE '%…%' cannot seek, but over
            // these narrow covering indexes it scans a few hundred KB instead of whole rows
            // (10 ms → 1 ms for the province's 10,000 units). The units' sort indexes carry the
            // folded name too, so a window of matches is found in the index before any row is read.
            try db.execute(sql: """
                DROP INDEX unit_by_fold;
                DROP INDEX unit_by_group_name;
                DROP INDEX unit_by_name;
                DROP INDEX unit_by_head;
                CREATE INDEX unit_by_group_name ON unit(archived, group_code, name_sort, name_fold);
                CREATE INDEX unit_by_name ON unit(archived, name_sort, name_fold);
                CREATE INDEX unit_by_head ON unit(archived, head_sort, name_sort, name_fold);
                CREATE INDEX unit_search ON unit(archived, name_fold);
                CREATE INDEX person_search ON person(archived, name_fold);
                CREATE INDEX initiative_search ON initiative(archived, title_fold);
                """)
        }
        migrator.registerMigration("v9-joined-on") { db in
            // The day a unit or person joined the movement: a unit owes only the reports due
            // after it. Those already here keep the movement's start, so what they owe is
            // unchanged; the form edits it.
            try db.execute(sql: """
                ALTER TABLE unit ADD COLUMN joined_on TEXT NOT NULL DEFAULT '2025-07-01';
                ALTER TABLE person ADD COLUMN joined_on TEXT NOT NULL DEFAULT '2025-07-01';
                """)
        }
        migrator.registerMigration("v10-compiled-report-title") { db in
            // The body is named in full, as the plan names it.
            try db.execute(sql: """
                UPDATE report_slot SET title = replace(title, ' của VH-XH', ' của Phòng VH-XH')
                WHERE kind = 'compiled' AND title LIKE '% của VH-XH'
                """)
        }
        migrator.registerMigration("v11-sheet-scored") { db in
            // How many criteria a sheet has scores for: one short of its template's has no
            // band or rank yet, and the ranking reads this without counting scores.
            try db.execute(sql: """
                ALTER TABLE sheet_total ADD COLUMN scored INTEGER NOT NULL DEFAULT 0;
                UPDATE sheet_total SET scored = (SELECT COUNT(*) FROM score s WHERE s.round_id = sheet_total.round_id
                    AND s.subject = sheet_total.subject AND s.subject_id = sheet_total.subject_id AND s.assessor = sheet_total.assessor);
                """)
        }
        migrator.registerMigration("v12-settings") { db in
            // One row: the commune's settings for its documents, as text by key (JSON).
            try db.execute(sql: """
                CREATE TABLE commune_setting (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    body TEXT NOT NULL,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                -- The parts of a year's report an officer writes; id is the year.
                CREATE TABLE report_writing (
                    id INTEGER PRIMARY KEY,
                    strengths TEXT NOT NULL DEFAULT '',
                    weaknesses TEXT NOT NULL DEFAULT '',
                    plans TEXT NOT NULL DEFAULT '',
                    proposals TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v13-decision-signer") { db in
            // Who signed a decision (the Chairman of the settings), apart from who typed it in.
            try db.execute(sql: "ALTER TABLE proposal ADD COLUMN decision_signer TEXT NOT NULL DEFAULT ''")
        }
        migrator.registerMigration("v14-meetings") { db in
            // The council's meeting on a round (id is the round's): who was there. A vote taken
            // in it keeps the members present, against whom it passes.
            try db.execute(sql: """
                CREATE TABLE meeting (
                    id INTEGER PRIMARY KEY REFERENCES round(id),
                    held_on TEXT NOT NULL,
                    present TEXT NOT NULL,
                    absent TEXT NOT NULL,
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                ALTER TABLE proposal ADD COLUMN votes_present INTEGER;
                """)
        }
        migrator.registerMigration("v15-vote-threshold") { db in
            // The share of those present a meeting vote had to exceed, kept with the vote.
            try db.execute(sql: "ALTER TABLE proposal ADD COLUMN votes_threshold INTEGER")
        }
        migrator.registerMigration("v16-import-lookups") { db in
            // An import finds each row's person (or initiative) by its name and owner, archived
            // or not: without these, SQLite walks the owner's rows, scattered over the file.
            try db.execute(sql: """
                CREATE INDEX person_by_fold_unit ON person(name_fold, unit_id);
                CREATE INDEX initiative_by_fold_owner ON initiative(title_fold, unit_id, person_id);
                """)
        }
        migrator.registerMigration("v17-initiative-order") { db in
            // The initiatives list's own order (area, then title): its windows and the export
            // read in the index instead of sorting every initiative for each window.
            try db.execute(sql: "CREATE INDEX initiative_by_area_title ON initiative(archived, area, title_sort)")
        }
        migrator.registerMigration("v18-rank-covering") { db in
            // Whether a sheet is complete (its criteria scored) is read from the ranking index
            // itself: the report and the rank counts go through 200,000 individuals' sheets without
            // a lookup into the table for each.
            try db.execute(sql: """
                DROP INDEX sheet_total_rank;
                CREATE INDEX sheet_total_rank ON sheet_total(round_id, group_code, assessor, total, scored, template_id);
                """)
        }
        migrator.registerMigration("v19-golden-book") { db in
            // The commune's golden book (sổ vàng): each award's number, given once across
            // decisions and years, kept by the award for good.
            try db.execute(sql: """
                ALTER TABLE proposal ADD COLUMN golden_number INTEGER;
                CREATE UNIQUE INDEX proposal_golden_number ON proposal(golden_number) WHERE golden_number IS NOT NULL;
                UPDATE proposal SET golden_number = (
                    SELECT COUNT(*) FROM proposal p2 WHERE p2.awarded = 1 AND (p2.decided_on, p2.id) <= (proposal.decided_on, proposal.id)
                ) WHERE awarded = 1;
                """)
        }
        migrator.registerMigration("v20-person-birth") { db in
            // The person's date of birth and gender, for the báo cáo thành tích; optional.
            try db.execute(sql: """
                ALTER TABLE person ADD COLUMN born_on TEXT;
                ALTER TABLE person ADD COLUMN gender TEXT CHECK (gender IN ('nam', 'nu'));
                """)
        }
        migrator.registerMigration("v21-pin-check") { db in
            // The PIN's hash is a blob, which the trail's snapshots leave out: a digest of salt
            // and hash, as text, puts a PIN changed outside the program in front of `verify`.
            try db.execute(sql: "ALTER TABLE account ADD COLUMN pin_check TEXT")
        }
        return migrator
    }
}
