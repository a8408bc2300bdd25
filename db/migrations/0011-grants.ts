// Schema 11: small grants. Calls, applications, reviews (working group now, advisory committee later, in the same
// table), decision meetings, awards with their tranches, reports and payments. Every table is syncable (db/syncable.ts):
// stable id, hybrid logical clock, last writer, tombstone. Lists that change with their record are JSON inside it.
import type { WritableDB } from '../handles.js';

export const version = 11;

const SYNC = `
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT`;

export function up(db: WritableDB): void {
  db.exec(`
    CREATE TABLE grant_calls (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      targets TEXT NOT NULL,
      regions TEXT NOT NULL,
      strategy_areas TEXT NOT NULL,
      texts TEXT NOT NULL,
      eligibility TEXT NOT NULL,
      opens_at TEXT NOT NULL,
      closes_at TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      currency TEXT NOT NULL,
      ceiling REAL NOT NULL,
      envelope REAL NOT NULL,
      required_documents TEXT NOT NULL,
      rubric TEXT NOT NULL,
      working_group TEXT NOT NULL,
      quorum INTEGER NOT NULL,
      blind INTEGER NOT NULL,
      state TEXT NOT NULL,
      history TEXT NOT NULL,${SYNC}
    ) STRICT;
    CREATE INDEX grant_calls_by_state ON grant_calls (deleted_at, state);

    -- contacts is sensitive: it never travels (db/sync-tables.ts); the receiver keeps its own.
    CREATE TABLE grant_applications (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      call_id TEXT NOT NULL REFERENCES grant_calls (id),
      community_id TEXT NOT NULL REFERENCES communities (id),
      struggle_id TEXT,
      request_id TEXT,
      collaboration_id TEXT,
      title TEXT NOT NULL,
      entered_by TEXT NOT NULL,
      received_at TEXT NOT NULL,
      channel TEXT NOT NULL,
      original_language TEXT NOT NULL,
      original_text TEXT NOT NULL,
      translation_language TEXT,
      translation TEXT NOT NULL,
      budget TEXT NOT NULL,
      eligibility TEXT NOT NULL,
      documents TEXT NOT NULL,
      late_reason TEXT NOT NULL,
      contacts TEXT NOT NULL DEFAULT '[]',
      recipient TEXT NOT NULL,
      intermediary_name TEXT NOT NULL,
      letter_language TEXT NOT NULL,
      amount_requested REAL NOT NULL,
      approved_amount REAL,
      decision_rationale TEXT NOT NULL,
      meeting_id TEXT,
      documents_resource_id TEXT,
      state TEXT NOT NULL,
      history TEXT NOT NULL,${SYNC}
    ) STRICT;
    CREATE INDEX grant_applications_by_call ON grant_applications (call_id, deleted_at, state);
    CREATE INDEX grant_applications_by_community ON grant_applications (community_id, deleted_at);
    CREATE INDEX grant_applications_by_documents ON grant_applications (documents_resource_id);

    -- One row per reviewer and application: the assignment, the declaration, the scores. kind 'advisory' rows are the
    -- Advisory Committee's, with its advice.
    CREATE TABLE grant_reviews (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      application_id TEXT NOT NULL REFERENCES grant_applications (id),
      kind TEXT NOT NULL,
      reviewer_vault_id TEXT NOT NULL,
      reviewer_name TEXT NOT NULL,
      declaration TEXT NOT NULL,
      conflict_reason TEXT NOT NULL,
      declared_at TEXT,
      scores TEXT NOT NULL,
      advice TEXT NOT NULL,
      submitted_at TEXT,${SYNC}
    ) STRICT;
    CREATE INDEX grant_reviews_by_application ON grant_reviews (application_id, deleted_at);
    CREATE INDEX grant_reviews_by_reviewer ON grant_reviews (reviewer_vault_id, deleted_at);

    CREATE TABLE grant_meetings (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      call_id TEXT NOT NULL REFERENCES grant_calls (id),
      date TEXT NOT NULL,
      attendees TEXT NOT NULL,
      decisions TEXT NOT NULL,
      notes TEXT NOT NULL,
      recusals TEXT NOT NULL,
      quorum TEXT NOT NULL,${SYNC}
    ) STRICT;
    CREATE INDEX grant_meetings_by_call ON grant_meetings (call_id, deleted_at);

    CREATE TABLE grant_awards (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      application_id TEXT NOT NULL REFERENCES grant_applications (id),
      amount REAL NOT NULL,
      awarded_on TEXT NOT NULL,
      tranches TEXT NOT NULL,
      reports TEXT NOT NULL,
      signed_on TEXT,${SYNC}
    ) STRICT;
    CREATE INDEX grant_awards_by_application ON grant_awards (application_id, deleted_at);

    CREATE TABLE grant_reports (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      award_id TEXT NOT NULL REFERENCES grant_awards (id),
      number INTEGER NOT NULL,
      kind TEXT NOT NULL,
      due_date TEXT NOT NULL,
      state TEXT NOT NULL,
      received_on TEXT,
      text TEXT NOT NULL,
      attachment_id TEXT,
      review_note TEXT NOT NULL,
      reviewed_on TEXT,${SYNC}
    ) STRICT;
    CREATE INDEX grant_reports_by_award ON grant_reports (award_id, deleted_at);
    CREATE INDEX grant_reports_by_due ON grant_reports (deleted_at, state, due_date);

    CREATE TABLE grant_payments (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      award_id TEXT NOT NULL REFERENCES grant_awards (id),
      tranche_id TEXT NOT NULL,
      date TEXT NOT NULL,
      amount REAL NOT NULL,
      currency TEXT NOT NULL,
      method TEXT NOT NULL,
      reference TEXT NOT NULL,
      receipt_attachment_id TEXT,
      override_reason TEXT NOT NULL,${SYNC}
    ) STRICT;
    CREATE INDEX grant_payments_by_award ON grant_payments (award_id, deleted_at);
  `);
}
