// Table types of the events domain; `Schema` (./schema.ts) includes them. Same conventions as schema.ts.
import type { Generated } from 'kysely';
import type { EnrolmentStatus, EventMode, EventType } from '../../../contracts/events';

export interface EventsTable {
  id: Generated<number>;
  title: string;
  type: EventType;
  description: string;
  place: string;
  start_at: string;
  end_at: string;
  capacity: number;
  /** Seats taken (confirmed, promoted, attended): only ever raised by `confirmed < capacity` in one UPDATE. */
  confirmed: Generated<number>;
  /** Active waitlisted rows, kept with the rows in the same transaction. */
  waitlisted: Generated<number>;
  /** Lottery applications not yet drawn. */
  applicants: Generated<number>;
  /** The last waitlist number given: each new waitlist row takes the next (the order promotions follow). */
  waitlist_seq: Generated<number>;
  signup_opens_at: string;
  signup_closes_at: string;
  audience_org_unit_id: number;
  /** The audience unit's path, copied: "may this person join" is a prefix test without a join. A move of the unit
   * rewrites it in the same transaction (UNIT_PATH_COPIES, backend/domains/org/queries/org.ts). */
  audience_path: string;
  mode: EventMode;
  term: string | null;
  term_cap: number | null;
  confirm_hours: number;
  /** SHA-256 hex of the lottery seed, committed by the system when the event is created. */
  seed_hash: string | null;
  /** The seed the system made at creation: kept here from the start, shown to nobody until the draw. */
  seed: string | null;
  /** 'system' for every lottery (the organiser-chosen seeds of before migration 0011 were replaced). */
  seed_by: string | null;
  drawn_at: string | null;
  /** The draw's published inputs and result: { applicants, winners, waitlist }. */
  draw_json: string | null;
  /** When the day-before reminder went out (null: not yet; cleared when the start moves). */
  reminded_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface EnrolmentsTable {
  id: Generated<number>;
  event_id: number;
  person_id: number;
  status: EnrolmentStatus;
  /** 1 while the row counts (not cancelled): at most one active row per person and event (a unique partial index). */
  active: number;
  /** Waitlist number (the event's sequence); the place shown is how many active waitlisted rows come before it + 1. */
  waitlist_no: number | null;
  /** Who pressed 报名: the person themself, their branch secretary, or a linked relative. */
  signed_up_by: number;
  signed_up_at: string;
  promoted_at: string | null;
  /** A promoted member confirms before this, or the seat passes on. */
  confirm_by: string | null;
  cancelled_at: string | null;
  cancelled_by: number | null;
  /** 'self' | 'other' | 'lapsed' (promotion not confirmed in time) | 'event' (the event was cancelled). */
  cancel_reason: string | null;
  attended_at: string | null;
  /** 'scan' | 'hand' */
  attended_how: string | null;
  /** Courses: the term it counts against (the per-term cap). */
  term: string | null;
}

/** How many active course enrolments a person holds per term: the per-term cap is a conditional update on this row. */
export interface TermLoadsTable {
  person_id: number;
  term: string;
  courses: number;
}

export interface EventsTables {
  events: EventsTable;
  enrolments: EnrolmentsTable;
  term_loads: TermLoadsTable;
}

/** This domain's tables, children before parents: `clearAll` empties them in this order, before the shared tables. */
export const EVENTS_TABLES = ['enrolments', 'term_loads', 'events'] as const;

// This domain's tables are part of Schema wherever the folder is: no shared list to forget.
declare module '../../data/schema' {
  interface Schema extends EventsTables {}
}
