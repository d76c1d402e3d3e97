// The lottery, deterministic and checkable by anyone (docs/LOTTERY.md): each applicant's ticket is
// SHA-256(seed + ":" + personId) in lowercase hex; tickets sorted ascending (ties — which SHA-256 never gives in
// practice — by person id); the first `capacity` win a seat, the rest form the waitlist in that order.
import { sha256Hex } from '../../../common/hashing';

export { sha256Hex };

export function ticketOf(seed: string, personId: number): string {
  return sha256Hex(`${seed}:${personId}`);
}

export interface DrawOutcome {
  /** Every applicant, ascending by id: the published input. */
  applicants: number[];
  winners: number[];
  waitlist: number[];
}

export function drawLottery(seed: string, applicantIds: readonly number[], capacity: number): DrawOutcome {
  const applicants = [...new Set(applicantIds)].sort((a, b) => a - b);
  const ranked = applicants
    .map((id) => ({ id, ticket: ticketOf(seed, id) }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.id - b.id))
    .map((r) => r.id);
  return { applicants, winners: ranked.slice(0, capacity), waitlist: ranked.slice(capacity) };
}

export function seedMatches(seed: string, seedHash: string): boolean {
  return sha256Hex(seed) === seedHash.toLowerCase();
}
