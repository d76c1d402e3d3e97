// Roles and org levels with their Chinese names. No zod here: the front end imports these values directly.
export const ROLES = ['member', 'volunteer', 'secretary', 'post_manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  member: '党员',
  volunteer: '志愿者',
  secretary: '支部书记',
  post_manager: '驿站负责人',
  admin: '管理员',
};

export const ORG_LEVELS = ['city', 'district', 'street', 'community', 'branch'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const ORG_LEVEL_NAMES: Record<OrgLevel, string> = {
  city: '市',
  district: '区',
  street: '街道',
  community: '社区',
  branch: '支部',
};

/**
 * Who may do what, named once: the server checks a scope's roles against the caller's grants on the unit concerned
 * (backend/access/unit-scope.ts); the front end uses the same lists only to decide which screens to offer.
 */
export const SCOPES = {
  /** A branch's members and figures: invite members, see study time, step down the org tree below it. */
  manageBranch: ['secretary', 'admin'],
  /** The audiobook library: create books, add chapters, upload their audio. */
  manageLibrary: ['admin'],
  /** Print QR posters of books. */
  printPosters: ['secretary', 'admin'],
  /** The org tree, role grants and roster import/export of a subtree. */
  manageOrg: ['admin'],
  /** See and export the roster of a subtree: a 驿站负责人 organising services sees it with phones masked. */
  viewRoster: ['secretary', 'post_manager', 'admin'],
  /** A service post's shifts, records, corrections and reports: its named 驿站负责人, or an admin above it. */
  managePosts: ['post_manager', 'admin'],
  /** Every post of a subtree, named on it or not, and approving corrections there. */
  adminPosts: ['admin'],
  /** Sign up for shifts and check in and out at a post. */
  serve: ['volunteer'],
  /** See and retry the background jobs that failed (a city admin; backend/jobs). */
  runJobs: ['admin'],
  /** The 驾驶舱 of a subtree (city, district, street admins); its 红黄绿 thresholds are set at the top of the tree. */
  viewDashboard: ['admin'],
  /** The 银发人才库 of a subtree: post requests there, see candidates, invite, and see the health of its talents. */
  manageTalent: ['secretary', 'admin'],
  /** Open a 民情工作室's cases read-only (names, phones, the agreement; every view audited): held on the studio's
   *  community or above it. A branch's secretary sits below the community and is not an official of its studio. */
  superviseCasework: ['secretary', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Scope = keyof typeof SCOPES;

/** The roles an admin grants and revokes; 'member' comes with a branch and is never granted by hand. */
export const GRANTABLE_ROLES = ['secretary', 'post_manager', 'volunteer', 'admin'] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** The roles a person holds on their home branch that follow them when they move (a transfer, an import). */
export const HOME_ROLES: readonly Role[] = ['member', 'volunteer'];
