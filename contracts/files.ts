// Files the server makes for one person: a download link that only they can use, for a short while.

/**
 * An expiring, personal download (an export). Fetch `path` from the host with the same sign-in
 * (`Authorization: Bearer …`); the link alone grants nothing, and it ends at `expiresAt`.
 */
export interface FileLink {
  /** `/files/exports/<id>.xlsx?until=…&sig=…`, relative to the host. */
  path: string;
  /** The same link as a full address (the host's public address + `path`); `path` alone where none is known. */
  url: string;
  /** What to save it as, e.g. 学习情况-第一支部-2026年11月.xlsx */
  name: string;
  expiresAt: string;
}
