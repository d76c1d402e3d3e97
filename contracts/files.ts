// Files the server makes for one person: a download link that only they can use, for a short while.

/**
 * An expiring, personal download (an export), answered only to the person who asked, ending at `expiresAt`. From a
 * host: fetch `path` with the same sign-in (`Authorization: Bearer …`); the link alone grants nothing. From WeChat
 * cloud functions with no host: `url` is cloud storage's temporary link to the private file, fetched as it is.
 */
export interface FileLink {
  /** `/files/exports/<id>.xlsx?until=…&sig=…`, relative to the host; the same as `url` for a cloud storage link. */
  path: string;
  /** The full address (the host's public address + `path`, `path` alone where none is known; or cloud storage's link). */
  url: string;
  /** true: fetch with the sign-in (the host's link); false: the address is the grant, so send no token with it. */
  withSession: boolean;
  /** What to save it as, e.g. 学习情况-第一支部-2026年11月.xlsx */
  name: string;
  expiresAt: string;
}
