import Foundation

/// The PostgreSQL schema as an ordered list of migrations, the same tables as the SQLite store's (in snake case) plus
/// a bigram index for search. A shipped migration is never edited: changes come as new migrations appended to the list.
enum PostgresMigrations {
    /// Each migration's identifier and SQL, in order.
    static let all: [(identifier: String, sql: String)] = [
        ("v1-reports", """
            CREATE TABLE original (
                sha256 TEXT PRIMARY KEY,
                size BIGINT NOT NULL,
                bytes BYTEA NOT NULL
            );
            CREATE TABLE report (
                id BIGSERIAL PRIMARY KEY,
                path TEXT NOT NULL,
                version INTEGER NOT NULL,
                sha256 TEXT NOT NULL REFERENCES original(sha256),
                is_current BOOLEAN NOT NULL,
                ingested_at TEXT NOT NULL,
                ingested_by TEXT,
                name TEXT NOT NULL,
                title TEXT,
                body TEXT,
                body_kind TEXT,
                province TEXT,
                prefecture TEXT,
                region TEXT,
                region_code TEXT,
                level TEXT,
                year INTEGER,
                published_date TEXT,
                late BOOLEAN NOT NULL,
                characters BIGINT NOT NULL,
                figures BIGINT NOT NULL,
                findings BIGINT NOT NULL,
                errors BIGINT NOT NULL,
                document_kind TEXT NOT NULL,
                sector TEXT,
                UNIQUE (path, version)
            );
            CREATE UNIQUE INDEX report_current_path ON report (path) WHERE is_current;
            CREATE INDEX report_current_sha256 ON report (sha256) WHERE is_current;
            CREATE INDEX report_listing ON report ((region_code IS NULL), region_code COLLATE "C", year NULLS FIRST,
                body COLLATE "C" NULLS FIRST, id) WHERE is_current;
            CREATE INDEX report_province ON report (province COLLATE "C") WHERE is_current;
            CREATE TABLE report_analysis (
                report_id BIGINT PRIMARY KEY REFERENCES report(id),
                analysis TEXT NOT NULL
            );
            CREATE TABLE report_text (
                report_id BIGINT PRIMARY KEY REFERENCES report(id),
                text TEXT NOT NULL,
                positions TEXT
            );
            -- Character bigrams of each current report's text (see SearchTerms), one row per chunk of the text
            CREATE TABLE report_search (
                report_id BIGINT NOT NULL REFERENCES report(id),
                chunk INTEGER NOT NULL,
                terms TSVECTOR NOT NULL,
                PRIMARY KEY (report_id, chunk)
            );
            CREATE INDEX report_search_terms ON report_search USING GIN (terms);
            -- Letters and digits folded as the index folds them (ASCII and full-width to lower-case ASCII).
            CREATE FUNCTION fazhi_fold(value TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE STRICT PARALLEL SAFE AS $$
                SELECT translate(value,
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ０１２３４５６７８９',
                    'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789')
            $$;
            CREATE TABLE part (
                report_id BIGINT NOT NULL REFERENCES report(id),
                part TEXT NOT NULL,
                PRIMARY KEY (report_id, part)
            );
            CREATE TABLE finding (
                report_id BIGINT NOT NULL REFERENCES report(id),
                ordinal INTEGER NOT NULL,
                rule TEXT NOT NULL,
                severity TEXT NOT NULL,
                line INTEGER NOT NULL,
                column_number INTEGER NOT NULL,
                message TEXT NOT NULL,
                excerpt TEXT,
                expected TEXT,
                found TEXT,
                cleaned_offset BIGINT,
                PRIMARY KEY (report_id, ordinal)
            );
            CREATE INDEX finding_rule ON finding (rule, report_id);
            CREATE TABLE figure (
                report_id BIGINT NOT NULL REFERENCES report(id),
                ordinal INTEGER NOT NULL,
                indicator TEXT,
                value TEXT NOT NULL,
                unit TEXT,
                qualifier TEXT NOT NULL,
                lower TEXT,
                upper TEXT,
                kind TEXT NOT NULL,
                change TEXT,
                status TEXT NOT NULL,
                scope TEXT NOT NULL,
                line INTEGER NOT NULL,
                column_number INTEGER NOT NULL,
                text TEXT NOT NULL,
                subject TEXT,
                area TEXT,
                cleaned_offset BIGINT,
                PRIMARY KEY (report_id, ordinal)
            );
            CREATE INDEX figure_indicator ON figure (indicator, report_id) WHERE indicator IS NOT NULL;
            CREATE TABLE roster_department (
                division_code TEXT NOT NULL,
                sector TEXT NOT NULL,
                name TEXT NOT NULL,
                division_name TEXT NOT NULL,
                level TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                imported_by TEXT,
                PRIMARY KEY (division_code, sector)
            );
            -- Reviewers' decisions, append-only and kept per path, so a revised version inherits them
            CREATE TABLE review_decision (
                id BIGSERIAL PRIMARY KEY,
                report_id BIGINT NOT NULL REFERENCES report(id),
                path TEXT NOT NULL,
                action TEXT NOT NULL,
                rule TEXT,
                finding_key TEXT,
                line INTEGER,
                text TEXT NOT NULL,
                author TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX review_decision_path ON review_decision (path, id);
            CREATE FUNCTION review_decision_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'review decisions are append-only'; END
            $$;
            CREATE TRIGGER review_decision_no_change BEFORE UPDATE OR DELETE ON review_decision
                FOR EACH ROW EXECUTE FUNCTION review_decision_append_only();
            CREATE TRIGGER review_decision_no_truncate BEFORE TRUNCATE ON review_decision
                FOR EACH STATEMENT EXECUTE FUNCTION review_decision_append_only();
            """),
        ("v2-ingest-jobs", """
            -- Ingest jobs for workers: taken with FOR UPDATE SKIP LOCKED under a lease that expires
            CREATE TABLE ingest_job (
                id BIGSERIAL PRIMARY KEY,
                path TEXT NOT NULL,
                name TEXT NOT NULL,
                bytes BYTEA,
                ingested_by TEXT,
                state TEXT NOT NULL DEFAULT 'queued',
                attempts INTEGER NOT NULL DEFAULT 0,
                worker TEXT,
                lease_until TIMESTAMPTZ,
                enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                finished_at TIMESTAMPTZ,
                report_id BIGINT REFERENCES report(id),
                outcome TEXT,
                error TEXT
            );
            CREATE INDEX ingest_job_open ON ingest_job (id) WHERE state IN ('queued', 'running');
            CREATE INDEX ingest_job_state ON ingest_job (state)
            """),
        ("v3-sessions", """
            -- Desk sessions, so every server over the store knows them (only each id's SHA-256 is kept)
            CREATE TABLE desk_session (
                id_hash TEXT PRIMARY KEY,
                user_name TEXT NOT NULL,
                expires DOUBLE PRECISION NOT NULL
            )
            """),
    ]

    /// A migration's statements, one by one (a prepared statement holds one): split at semicolons outside $$ bodies.
    static func statements(of sql: String) -> [String] {
        var statements: [String] = [], current = "", inBody = false
        var rest = Substring(sql)
        while let first = rest.first {
            if rest.hasPrefix("$$") {
                inBody.toggle()
                current += "$$"
                rest = rest.dropFirst(2)
                continue
            }
            rest = rest.dropFirst()
            if first == ";", !inBody {
                statements.append(current)
                current = ""
            } else {
                current.append(first)
            }
        }
        statements.append(current)
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
