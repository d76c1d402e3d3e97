// Rows of the notices tables as the contract's shapes.
import type { ManagedNotice, NoticeDetail, NoticeSummary } from '../../../../contracts/notices';
import type { FoundNotice } from '../queries/notices';
import { isShowing, readerFlags } from '../rules/notices';
import type { NoticeAccess } from '../access';

interface SummaryRow {
  id: number;
  title: string;
  importance: NoticeSummary['importance'];
  needs_ack: number;
  pinned: number;
  version: number;
  publish_at: string;
  expires_at: string | null;
  audience_name: string;
  read_version: number | null;
  acknowledged_at: string | null;
}

/** What every view of a notice says about it, whoever looks. */
function basics(
  row: Pick<SummaryRow, 'id' | 'title' | 'importance' | 'needs_ack' | 'pinned' | 'expires_at' | 'audience_name'>,
) {
  return {
    id: row.id,
    title: row.title,
    importance: row.importance,
    needsAck: row.needs_ack === 1,
    pinned: row.pinned === 1,
    expiresAt: row.expires_at,
    audienceName: row.audience_name,
  };
}

export function toSummary(row: SummaryRow): NoticeSummary {
  const receipt =
    row.read_version === null ? null : { read_version: row.read_version, acknowledged_at: row.acknowledged_at };
  return { ...basics(row), publishedAt: row.publish_at, ...readerFlags(row.version, receipt) };
}

export function toDetail(
  access: NoticeAccess,
  receipt: { read_version: number; acknowledged_at: string | null } | null,
): NoticeDetail {
  const n: FoundNotice = access.notice;
  return {
    ...toSummary({
      ...n,
      read_version: receipt?.read_version ?? null,
      acknowledged_at: receipt?.acknowledged_at ?? null,
    }),
    body: n.body,
    version: n.version,
    publisherName: n.publisher_name,
    updatedAt: n.updated_at,
    withdrawn: n.withdrawn_at !== null,
    showing: access.showing,
    forYou: access.addressedToCaller,
    canManage: access.canManage,
    canSeeReceipts: access.canSeeReceipts,
  };
}

export function toManaged(
  row: {
    id: number;
    title: string;
    importance: ManagedNotice['importance'];
    needs_ack: number;
    pinned: number;
    publish_at: string;
    expires_at: string | null;
    withdrawn_at: string | null;
    version: number;
    audience_name: string;
    members: number;
    read: number;
    acknowledged: number;
  },
  now: Date,
): ManagedNotice {
  return {
    ...basics(row),
    publishAt: row.publish_at,
    withdrawn: row.withdrawn_at !== null,
    showing: isShowing(row, now),
    version: row.version,
    members: row.members,
    read: row.read,
    acknowledged: row.acknowledged,
  };
}
