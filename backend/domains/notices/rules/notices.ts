// The notices domain's decisions, pure: who a notice reaches, what a reader sees, who may publish, edit, see
// receipts and remind, and whether a schedule makes sense. The clock and the caller's grants are passed in.
import { SCOPES } from '../../../../contracts/roles';
import { isWithin } from '../../../common/org-paths';
import { canActOn, type ScopedGrant } from '../../../rules/org-scope';

export interface NoticeTimes {
  publish_at: string;
  expires_at: string | null;
  withdrawn_at: string | null;
}

/** Readers see a notice once its publish time has come, until it expires or is withdrawn. */
export function isShowing(n: NoticeTimes, now: Date): boolean {
  const at = now.toISOString();
  return n.withdrawn_at === null && n.publish_at <= at && (n.expires_at === null || n.expires_at > at);
}

/** A secretary to their branch, an admin to any unit of a subtree they hold. */
export function mayPublishTo(grants: readonly ScopedGrant[], unitPath: string): boolean {
  return canActOn(grants, SCOPES.manageBranch, unitPath);
}

export interface NoticeOwnership {
  publisherId: number;
  audiencePath: string;
}

/**
 * The publisher edits and withdraws their own notice while the audience is still theirs to address; anyone else
 * needs a secretary's or admin's grant on a unit above the audience (not on it: a fellow secretary is not above).
 */
export function mayEdit(grants: readonly ScopedGrant[], personId: number, n: NoticeOwnership): boolean {
  if (personId === n.publisherId) return mayPublishTo(grants, n.audiencePath);
  return grants.some(
    (g) =>
      (SCOPES.manageBranch as readonly string[]).includes(g.role) &&
      g.orgPath !== n.audiencePath &&
      isWithin(n.audiencePath, g.orgPath),
  );
}

/**
 * Who opens the receipts: the publisher, and a secretary or admin whose managed subtree overlaps the audience (holds
 * it, or lies inside it: a branch secretary chases their own branch's replies to a district notice). Whom each of
 * them then sees is only the people inside their own managed subtree (backend/access/person-access.ts), never a
 * neighbouring branch's members; phone numbers are a further decision (phone-visibility.ts).
 */
export function mayViewReceipts(grants: readonly ScopedGrant[], personId: number, n: NoticeOwnership): boolean {
  if (personId === n.publisherId) return true;
  const officials = grants.filter((g) => (SCOPES.manageBranch as readonly string[]).includes(g.role));
  return officials.some((g) => isWithin(n.audiencePath, g.orgPath) || isWithin(g.orgPath, n.audiencePath));
}

/** A reader's standing with one notice. */
export interface ReaderReceipt {
  read_version: number;
  acknowledged_at: string | null;
}

export interface ReaderFlags {
  read: boolean;
  acknowledged: boolean;
  /** Edited after publishing (a reader sees 已更新). */
  updated: boolean;
  /** Edited since this reader last opened it. */
  updatedSinceRead: boolean;
}

export function readerFlags(version: number, receipt: ReaderReceipt | null): ReaderFlags {
  return {
    read: receipt !== null,
    acknowledged: receipt?.acknowledged_at != null,
    updated: version > 1,
    updatedSinceRead: receipt !== null && receipt.read_version < version,
  };
}

export interface ListedNotice {
  pinned: boolean;
  read: boolean;
  publishedAt: string;
  id: number;
}

/** Pinned on top, then unread before read, then newest first. */
export function orderForReader<T extends ListedNotice>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      Number(a.read) - Number(b.read) ||
      (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0) ||
      b.id - a.id,
  );
}

/** How far ahead a notice may be scheduled, and the least it must stay up. */
export const MAX_SCHEDULE_DAYS = 90;
export const MIN_SHOWING_MINUTES = 10;

/** A schedule's problem as a sentence for the publisher, or null when it makes sense. */
export function scheduleProblem(publishAt: Date, expiresAt: Date | null, now: Date): string | null {
  if (publishAt.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000)
    return `发布时间最多只能定在 ${MAX_SCHEDULE_DAYS} 天以内。`;
  if (expiresAt === null) return null;
  if (expiresAt.getTime() <= now.getTime()) return '截止时间已经过了，请选一个以后的时间。';
  if (expiresAt.getTime() < publishAt.getTime() + MIN_SHOWING_MINUTES * 60_000)
    return '截止时间要比发布时间晚一些，请重新选择。';
  return null;
}

/**
 * Those still to answer: people who have not acknowledged a notice that asks for it, or not opened one that
 * does not.
 */
export function isPending(
  needsAck: boolean,
  receipt: { read_at: string | null; acknowledged_at: string | null } | null,
): boolean {
  if (receipt === null || receipt.read_at === null) return true;
  return needsAck && receipt.acknowledged_at === null;
}

const REMINDER_TITLE_MAX = 40;

/** A title shortened so a 提醒's line stays within an inbox message's 60 characters. */
function shortTitle(title: string): string {
  const chars = Array.from(title);
  return chars.length > REMINDER_TITLE_MAX ? `${chars.slice(0, REMINDER_TITLE_MAX - 1).join('')}…` : title;
}

/** The inbox line of a 提醒 to someone who has not opened the notice. */
export function reminderText(title: string): string {
  return `请您看一下这条通知：「${shortTitle(title)}」。`;
}

/** The inbox line of a 提醒 to someone who opened the notice but has not pressed 收到. */
export function ackReminderText(title: string): string {
  return `请您在这条通知里按“收到”：「${shortTitle(title)}」。`;
}

/** The job that deletes a version's audio once nobody can hear it any more (edited or withdrawn). */
export const DROP_SPEECH_JOB = 'notice.drop-speech';
