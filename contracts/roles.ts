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
} as const satisfies Record<string, readonly Role[]>;
export type Scope = keyof typeof SCOPES;
