import GRDB

/// The schema as an ordered list of migrations. A shipped migration is never edited: changes
/// come as new migrations appended to the list.
enum StoreMigrations {
    /// `application_id` of every Fazhi database ("Fzhi"), telling it apart from other SQLite files.
    static let applicationID: Int32 = 0x467A_6869

    /// The migrator with every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-reports") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE original (
                    sha256 TEXT PRIMARY KEY NOT NULL,
                    size INTEGER NOT NULL,
                    bytes BLOB NOT NULL
                );
                CREATE TABLE report (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES original(sha256),
                    isCurrent INTEGER NOT NULL,
                    ingestedAt TEXT NOT NULL,
                    title TEXT,
                    body TEXT,
                    bodyKind TEXT,
                    province TEXT,
                    prefecture TEXT,
                    region TEXT,
                    level TEXT,
                    year INTEGER,
                    publishedDate TEXT,
                    late INTEGER NOT NULL,
                    characters INTEGER NOT NULL,
                    figures INTEGER NOT NULL,
                    findings INTEGER NOT NULL,
                    errors INTEGER NOT NULL,
                    analysis TEXT NOT NULL,
                    UNIQUE (path, version)
                );
                CREATE INDEX report_current ON report(isCurrent, province, body, year);
                CREATE INDEX report_sha256 ON report(sha256);
                CREATE TABLE report_text (
                    reportId INTEGER PRIMARY KEY REFERENCES report(id),
                    text TEXT NOT NULL,
                    source BLOB
                );
                CREATE VIRTUAL TABLE report_fts USING fts5(
                    text, content='report_text', content_rowid='reportId', tokenize='\(BigramTokenizer.name)'
                );
                CREATE TABLE part (
                    reportId INTEGER NOT NULL REFERENCES report(id),
                    part TEXT NOT NULL,
                    PRIMARY KEY (reportId, part)
                ) WITHOUT ROWID;
                CREATE TABLE finding (
                    reportId INTEGER NOT NULL REFERENCES report(id),
                    ordinal INTEGER NOT NULL,
                    rule TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    columnNumber INTEGER NOT NULL,
                    message TEXT NOT NULL,
                    PRIMARY KEY (reportId, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX finding_rule ON finding(rule, reportId);
                CREATE TABLE figure (
                    reportId INTEGER NOT NULL REFERENCES report(id),
                    ordinal INTEGER NOT NULL,
                    indicator TEXT,
                    value TEXT NOT NULL,
                    unit TEXT,
                    qualifier TEXT NOT NULL,
                    lower TEXT,
                    upper TEXT,
                    kind TEXT NOT NULL,
                    change TEXT,
                    line INTEGER NOT NULL,
                    columnNumber INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    subject TEXT,
                    area TEXT,
                    PRIMARY KEY (reportId, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX figure_indicator ON figure(indicator, reportId) WHERE indicator IS NOT NULL;
                """)
        }
        migrator.registerMigration("v2-document-kind-sector") { db in
            // What the document is (annual reports are counted, look-alikes listed) and a department's sector.
            try db.execute(sql: """
                ALTER TABLE report ADD COLUMN documentKind TEXT NOT NULL DEFAULT 'other';
                ALTER TABLE report ADD COLUMN sector TEXT;
                UPDATE report SET documentKind = CASE WHEN json_extract(analysis, '$.isAnnualReport') THEN 'annualReport' ELSE 'other' END;
                CREATE INDEX report_kind ON report(isCurrent, documentKind, sector);
                """)
        }
        migrator.registerMigration("v3-figure-status-scope") { db in
            // What a figure states (this year's result, a target, a baseline, a change) and whose it is.
            // Figures stored before are taken as achieved and own until their report is ingested again.
            try db.execute(sql: """
                ALTER TABLE figure ADD COLUMN status TEXT NOT NULL DEFAULT 'achieved';
                ALTER TABLE figure ADD COLUMN scope TEXT NOT NULL DEFAULT 'own';
                """)
        }
        migrator.registerMigration("v4-region-code") { db in
            // Lists are ordered by division code (province, its cities, their counties and townships), then year.
            try db.execute(sql: """
                ALTER TABLE report ADD COLUMN regionCode TEXT;
                UPDATE report SET regionCode = json_extract(analysis, '$.region.code');
                CREATE INDEX report_region_code ON report(isCurrent, regionCode, year);
                """)
        }
        migrator.registerMigration("v5-positions") { db in
            // Positions in both texts, recorded once: each figure's offset in the cleaned text, and each text's map
            // back to the original (search shows original line numbers). Reports stored before keep none until
            // ingested again; they are shown with the cleaned text's numbering.
            try db.execute(sql: """
                ALTER TABLE figure ADD COLUMN cleanedOffset INTEGER;
                ALTER TABLE report_text ADD COLUMN positions TEXT;
                """)
        }
        migrator.registerMigration("v6-finding-details") { db in
            // Findings kept whole in their own table, as figures are, so a page of a long report reads only the
            // findings placed on it. Reports stored before keep theirs in the analysis JSON, which is read as before.
            try db.execute(sql: """
                ALTER TABLE finding ADD COLUMN excerpt TEXT;
                ALTER TABLE finding ADD COLUMN expected TEXT;
                ALTER TABLE finding ADD COLUMN found TEXT;
                ALTER TABLE finding ADD COLUMN cleanedOffset INTEGER;
                """)
        }
        migrator.registerMigration("v7-report-name") { db in
            // What readers are shown for a file (its path under the folder ingested, or the upload's name), so pages,
            // the API and CSV never show where it lies on the server. Reports stored before get their file name.
            try db.execute(sql: """
                ALTER TABLE report ADD COLUMN name TEXT NOT NULL DEFAULT '';
                UPDATE report SET name = substr(path, length(rtrim(path, replace(path, '/', ''))) + 1);
                """)
        }
        migrator.registerMigration("v8-analysis-table") { db in
            // The analysis JSON (kilobytes a report, megabytes for a long one) moves out of the report row: columns
            // added later sit after it, so every list, filter and sort read through it — and ingest's lookups with
            // them. Report rows are now a few hundred bytes.
            try db.execute(sql: """
                CREATE TABLE report_analysis (
                    reportId INTEGER PRIMARY KEY REFERENCES report(id),
                    analysis TEXT NOT NULL
                );
                INSERT INTO report_analysis (reportId, analysis) SELECT id, analysis FROM report;
                ALTER TABLE report DROP COLUMN analysis;
                """)
        }
        migrator.registerMigration("v9-listing-index") { db in
            // Lists come in index order (division code, reports without one last, then year, body, id): a page
            // reads its 50 entries instead of sorting every report.
            try db.execute(sql: """
                DROP INDEX report_region_code;
                CREATE INDEX report_listing ON report(isCurrent, regionCode IS NULL, regionCode, year, body, id);
                """)
        }
        migrator.registerMigration("v10-roster") { db in
            // The departments a supervising office receives reports from, by their government's division and sector
            // (governments come from the gazetteer). A department imported again replaces its row.
            try db.execute(sql: """
                CREATE TABLE roster_department (
                    divisionCode TEXT NOT NULL,
                    sector TEXT NOT NULL,
                    name TEXT NOT NULL,
                    divisionName TEXT NOT NULL,
                    level TEXT NOT NULL,
                    importedAt TEXT NOT NULL,
                    PRIMARY KEY (divisionCode, sector)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v11-review-decisions") { db in
            // Reviewers' decisions, append-only (triggers refuse changes): kept per path, so a revised version of a
            // report inherits the decisions on findings it still has.
            try db.execute(sql: """
                CREATE TABLE review_decision (
                    id INTEGER PRIMARY KEY,
                    reportId INTEGER NOT NULL REFERENCES report(id),
                    path TEXT NOT NULL,
                    action TEXT NOT NULL,
                    rule TEXT,
                    findingKey TEXT,
                    line INTEGER,
                    text TEXT NOT NULL,
                    author TEXT NOT NULL,
                    at TEXT NOT NULL
                );
                CREATE INDEX review_decision_path ON review_decision(path, id);
                CREATE INDEX review_decision_report ON review_decision(reportId, action);
                CREATE TRIGGER review_decision_no_update BEFORE UPDATE ON review_decision
                    BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;
                CREATE TRIGGER review_decision_no_delete BEFORE DELETE ON review_decision
                    BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;
                """)
        }
        migrator.registerMigration("v12-authors") { db in
            // Every write names its author: who uploaded a report, who imported a roster row (nil: the command line).
            try db.execute(sql: """
                ALTER TABLE report ADD COLUMN ingestedBy TEXT;
                ALTER TABLE roster_department ADD COLUMN importedBy TEXT;
                """)
        }
        migrator.registerMigration("v13-sessions") { db in
            // Desk sessions live in the store, so every server over it knows them (only each id's SHA-256 is kept).
            try db.execute(sql: """
                CREATE TABLE desk_session (
                    idHash TEXT PRIMARY KEY NOT NULL,
                    user TEXT NOT NULL,
                    expires REAL NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
