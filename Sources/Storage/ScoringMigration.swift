import GRDB
import Model

/// Schema v4: templates per round (versioned), scores with an id so the trail and undo can
/// name them, totals kept per sheet for ranks, bands with ids, quotas, and proposals.
enum ScoringMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE template_v4 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                round_id INTEGER NOT NULL REFERENCES round(id),
                group_code TEXT NOT NULL,
                version INTEGER NOT NULL,
                UNIQUE (round_id, group_code, version)
            );
            CREATE TABLE criterion_v4 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                template_id INTEGER NOT NULL REFERENCES criteria_template(id),
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                title TEXT NOT NULL,
                max_points REAL NOT NULL CHECK (max_points >= 0),
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL DEFAULT '',
                UNIQUE (template_id, position)
            );
            CREATE TABLE score_v4 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                round_id INTEGER NOT NULL REFERENCES round(id),
                subject TEXT NOT NULL CHECK (subject IN ('unit', 'person')),
                subject_id INTEGER NOT NULL,
                assessor TEXT NOT NULL CHECK (assessor IN ('self', 'council')),
                criterion_id INTEGER NOT NULL REFERENCES criterion(id),
                points REAL NOT NULL CHECK (points >= 0),
                given_by TEXT NOT NULL DEFAULT '',
                given_at TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL DEFAULT ''
            );
            """)
        // Every round gets version 1 of each group's template as it stood; scores move to
        // their round's copy of the same criterion (same position).
        let latest = try Row.fetchAll(db, sql: """
            SELECT t.id, t.group_code FROM criteria_template t
            WHERE t.version = (SELECT MAX(version) FROM criteria_template u WHERE u.group_code = t.group_code)
            """)
        for round in try Int64.fetchAll(db, sql: "SELECT id FROM round") {
            for template in latest {
                try db.execute(sql: "INSERT INTO template_v4 (round_id, group_code, version) VALUES (?, ?, 1)",
                               arguments: [round, template["group_code"] as String])
                try db.execute(sql: """
                    INSERT INTO criterion_v4 (template_id, position, code, title, max_points)
                    SELECT ?, position, code, title, max_points FROM criterion WHERE template_id = ?
                    """, arguments: [db.lastInsertedRowID, template["id"] as Int64])
            }
        }
        try db.execute(sql: """
            INSERT INTO score_v4 (round_id, subject, subject_id, assessor, criterion_id, points, given_by, given_at,
                                  created_at, updated_at)
            SELECT s.round_id, s.subject, s.subject_id, s.assessor, nc.id, s.points, s.given_by, s.given_at, s.given_at, s.given_at
            FROM score s
            JOIN criterion oc ON oc.id = s.criterion_id
            JOIN criteria_template ot ON ot.id = oc.template_id
            JOIN template_v4 nt ON nt.round_id = s.round_id AND nt.group_code = ot.group_code AND nt.version = 1
            JOIN criterion_v4 nc ON nc.template_id = nt.id AND nc.position = oc.position;
            DROP TABLE score;
            DROP TABLE criterion;
            DROP TABLE criteria_template;
            ALTER TABLE template_v4 RENAME TO criteria_template;
            ALTER TABLE criterion_v4 RENAME TO criterion;
            ALTER TABLE score_v4 RENAME TO score;
            CREATE UNIQUE INDEX score_cell ON score(round_id, subject, subject_id, assessor, criterion_id);

            CREATE TABLE sheet_total (
                round_id INTEGER NOT NULL REFERENCES round(id),
                subject TEXT NOT NULL,
                subject_id INTEGER NOT NULL,
                assessor TEXT NOT NULL,
                group_code TEXT NOT NULL,
                template_id INTEGER NOT NULL REFERENCES criteria_template(id),
                total REAL NOT NULL,
                PRIMARY KEY (round_id, subject, subject_id, assessor)
            ) WITHOUT ROWID;
            CREATE INDEX sheet_total_rank ON sheet_total(round_id, group_code, assessor, total);
            CREATE INDEX sheet_total_by_template ON sheet_total(template_id);
            CREATE INDEX sheet_total_by_subject ON sheet_total(subject, subject_id, assessor, round_id);
            """)
        // The totals as this version's schema held them (frozen: later versions add columns).
        try db.execute(sql: """
            DELETE FROM sheet_total;
            INSERT INTO sheet_total (round_id, subject, subject_id, assessor, group_code, template_id, total)
            SELECT s.round_id, s.subject, s.subject_id, s.assessor, t.group_code, MAX(c.template_id), SUM(s.points)
            FROM score s JOIN criterion c ON c.id = s.criterion_id JOIN criteria_template t ON t.id = c.template_id
            GROUP BY s.round_id, s.subject, s.subject_id, s.assessor;
            """)
        try db.execute(sql: """
            CREATE TABLE band_v4 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                minimum REAL NOT NULL,
                label TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL DEFAULT ''
            );
            INSERT INTO band_v4 (minimum, label) SELECT minimum, label FROM band ORDER BY minimum DESC;
            DROP TABLE band;
            ALTER TABLE band_v4 RENAME TO band;
            ALTER TABLE round ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE round ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
            CREATE TABLE proposal (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                round_id INTEGER NOT NULL REFERENCES round(id),
                subject TEXT NOT NULL CHECK (subject IN ('unit', 'person')),
                subject_id INTEGER NOT NULL,
                reason TEXT NOT NULL,
                dossier TEXT NOT NULL DEFAULT '',
                proposed_on TEXT NOT NULL,
                appraisal TEXT NOT NULL DEFAULT '',
                appraised_on TEXT,
                votes_yes INTEGER,
                votes_no INTEGER,
                votes_abstain INTEGER,
                voted_on TEXT,
                decision_number TEXT NOT NULL DEFAULT '',
                decided_on TEXT,
                awarded INTEGER,
                withdrawn INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE UNIQUE INDEX proposal_by_subject ON proposal(round_id, subject, subject_id);
            """)
        for round in Plan.rounds {
            try db.execute(sql: """
                UPDATE round SET quota_collective = ?, quota_individual = ?
                WHERE code = ? AND quota_collective = 0 AND quota_individual = 0
                """, arguments: [round.quota.collective, round.quota.individual, round.code])
        }
    }
}
