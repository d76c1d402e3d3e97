// The org function's inputs (zod, validated at the boundary) and outputs, shared by the front end and the function.
import { z } from 'zod';
import type { FileLink } from './files';
import { id, none, phone, text } from './fields';
import { GRANTABLE_ROLES, ORG_LEVELS, type OrgLevel, type Role } from './roles';

const level = z.enum(ORG_LEVELS, { errorMap: () => ({ message: '单位的级别不对，请选择区、街道、社区或支部。' }) });
/** The bureau's own unit code: letters, digits and dashes, as their registers write them. */
const unitCode = z
  .string({ invalid_type_error: '单位编号的格式不对。' })
  .trim()
  .regex(/^[A-Za-z0-9-]{1,20}$/, '单位编号只能是字母、数字和短横线，最多 20 位。');

export const createOrgUnitInput = z
  .object({ parentId: id('上级单位编号'), name: text('单位名称', 40), level, code: unitCode.optional() })
  .strict();
export const renameOrgUnitInput = z.object({ orgUnitId: id('单位编号'), name: text('单位名称', 40) }).strict();
export const moveOrgUnitInput = z.object({ orgUnitId: id('单位编号'), newParentId: id('新的上级单位编号') }).strict();
export const closeOrgUnitInput = z.object({ orgUnitId: id('单位编号') }).strict();
export const orgUnitInput = z
  .object({ orgUnitId: id('单位编号').optional() })
  .strict()
  .optional()
  .default({});

const gender = z.enum(['男', '女'], { errorMap: () => ({ message: '性别请选“男”或“女”。' }) });
const birthYear = z
  .number({ invalid_type_error: '出生年份要写数字，例如 1948。' })
  .int('出生年份要写四位数的年份，例如 1948。')
  .min(1900, '出生年份不对，请写四位数的年份，例如 1948。')
  .max(new Date().getUTCFullYear() - 40, '出生年份不对，请核对后再填。');
const partyDate = z
  .string({ invalid_type_error: '入党时间的格式不对。' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, '入党时间请写成 1975-07 这样。');
const day = z
  .string({ required_error: '请填写日期。', invalid_type_error: '日期的格式不对。' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期请写成 2026-11-29 这样。');

/** The fields a profile form sends; each may be left out, and null clears an optional one. */
const profileFields = {
  name: text('姓名', 20).optional(),
  gender: gender.nullable().optional(),
  birthYear: birthYear.nullable().optional(),
  phone: phone.nullable().optional(),
  joinedPartyOn: partyDate.nullable().optional(),
  formerPost: text('原单位职务', 60).nullable().optional(),
  skills: text('特长', 200).nullable().optional(),
};

export const peopleInput = z
  .object({
    orgUnitId: id('单位编号').optional(),
    query: text('搜索内容', 20).optional(),
    /** 在册 only unless asked: 转出 and 已故 are kept but leave the active roll. */
    status: z
      .enum(['active', 'transferred', 'deceased', 'all'], { errorMap: () => ({ message: '名单的类别不对。' }) })
      .optional(),
    limit: z.number({ invalid_type_error: '条数要写数字。' }).int().min(1).max(200).optional(),
  })
  .strict()
  .optional()
  .default({});
export const personInput = z.object({ personId: id('党员编号') }).strict();
export const addPersonInput = z
  .object({ orgUnitId: id('支部编号'), ...profileFields, name: text('姓名', 20) })
  .strict();
export const updatePersonInput = z
  .object({ personId: id('党员编号'), ...profileFields })
  .strict()
  .refine((v) => Object.keys(v).length > 1, { message: '没有要保存的修改。' });
export const transferInput = z.object({ personId: id('党员编号'), toOrgUnitId: id('转入支部编号') }).strict();
export const acceptTransferInput = z.object({ transferId: id('转接编号') }).strict();
export const withdrawTransferInput = z.object({ transferId: id('转接编号') }).strict();
export const incomingTransfersInput = none;
export const markDeceasedInput = z.object({ personId: id('党员编号'), on: day }).strict();

const grantable = z.enum(GRANTABLE_ROLES, {
  errorMap: () => ({ message: '只能任命支部书记、驿站负责人、志愿者或管理员。' }),
});
export const grantRoleInput = z
  .object({ personId: id('党员编号'), role: grantable, orgUnitId: id('单位编号') })
  .strict();
export const revokeRoleInput = grantRoleInput;
export const rolesInput = z.object({ orgUnitId: id('单位编号') }).strict();

export const importRosterInput = z
  .object({
    /** What POST /upload/roster returned (host), or a cloud:// file id of the mini-program's wx.cloud.uploadFile. */
    fileRef: z
      .string({ required_error: '请先上传名册文件。', invalid_type_error: '名册文件不对，请重新上传。' })
      .max(300, '名册文件不对，请重新上传。')
      // No ".." or "//" segments: a file id names one stored file and nothing beside it.
      .regex(
        /^(uploads\/[0-9a-f-]{36}\.(xlsx|csv)|cloud:\/\/[\w-]+(\.[\w-]+)*(\/[\w-][\w.-]*)+)$/,
        '名册文件不对，请重新上传。',
      ),
    dryRun: z.boolean({ required_error: '请说明是先检查还是正式导入。', invalid_type_error: '“先检查”的选择不对。' }),
  })
  .strict();
export const branchChoicesInput = z
  .object({ query: text('支部名称', 20).optional() })
  .strict()
  .optional()
  .default({});
export const exportRosterInput = z.object({ orgUnitId: id('单位编号') }).strict();
export const rosterTemplateInput = none;

export { PERSON_STATUS_NAMES, type PersonStatus } from './org-names';
import type { PersonStatus } from './org-names';

export interface OrgUnitView {
  id: number;
  name: string;
  level: OrgLevel;
  parentId: number | null;
  code: string | null;
  closed: boolean;
  /** 在册 members in the unit's whole subtree. */
  memberCount: number;
  /** The path of names below the city, e.g. 东湖区/湖滨街道/莲花社区. */
  fullName: string;
}

export interface RosterPerson {
  id: number;
  name: string;
  /** Masked unless the viewer is the member's own branch secretary or an admin above them. */
  phone: string | null;
  orgUnitId: number;
  orgUnitName: string;
  status: PersonStatus;
}

export interface PersonDetail extends RosterPerson {
  gender: string | null;
  birthYear: number | null;
  joinedPartyOn: string | null;
  formerPost: string | null;
  skills: string | null;
  statusOn: string | null;
  roles: { role: Role; orgUnitId: number; orgUnitName: string }[];
  /** Whether the viewer may edit this record (their own, or a member of their branch). */
  editable: boolean;
  /** A transfer sent and not yet accepted: where to, since when, and whether this viewer may withdraw it. */
  pendingTransfer: PendingTransfer | null;
}

export interface PendingTransfer {
  id: number;
  toOrgUnitName: string;
  createdAt: string;
  /** The sender, or someone who manages the person (never the member themself). */
  withdrawable: boolean;
}

export interface TransferView {
  id: number;
  personId: number;
  personName: string;
  fromOrgUnitName: string;
  toOrgUnitId: number;
  toOrgUnitName: string;
  status: 'pending' | 'accepted' | 'cancelled';
  createdAt: string;
}

/** One person an import updates, for the dry run: who, on which row, and each field old → new. */
export interface ImportChange {
  row: number;
  /** The name on record (the person who changes). */
  name: string;
  /** Each field as the file's header names it (出生年份, 所在支部…); an empty value is "（空）". */
  fields: { field: string; from: string; to: string }[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; message: string }[];
  /** The updates person by person (the first 500; `updated` counts them all). Empty when the file has problems. */
  changes: ImportChange[];
  /** Rows left out on purpose, each with its sentence: the template's example row. */
  skipped: { row: number; message: string }[];
  /** The worksheet read, when the file has sheets (the active visible one with the roster's headers). */
  sheet?: string;
  dryRun: boolean;
  /** The whole outcome in one sentence. */
  message: string;
  /**
   * The file as kept in the file store (`uploads/…`): for the real import after a check. A mini-program upload is
   * taken into the store by its first check, so the import names this key, not the cloud:// file.
   */
  fileRef: string;
}

/** Every org action: its input and output. */
export interface OrgApi {
  orgUnit: { input: z.input<typeof orgUnitInput>; output: { unit: OrgUnitView; children: OrgUnitView[] } };
  createOrgUnit: { input: z.input<typeof createOrgUnitInput>; output: { unit: OrgUnitView } };
  renameOrgUnit: { input: z.input<typeof renameOrgUnitInput>; output: { unit: OrgUnitView } };
  moveOrgUnit: { input: z.input<typeof moveOrgUnitInput>; output: { unit: OrgUnitView; movedUnits: number } };
  closeOrgUnit: { input: z.input<typeof closeOrgUnitInput>; output: { unit: OrgUnitView } };
  people: {
    input: z.input<typeof peopleInput>;
    /** `total`: every match, not only the page shown (a branch of 290 says 共290位). */
    output: { people: RosterPerson[]; more: boolean; total: number };
  };
  person: { input: z.input<typeof personInput>; output: { person: PersonDetail } };
  addPerson: { input: z.input<typeof addPersonInput>; output: { person: PersonDetail } };
  updatePerson: { input: z.input<typeof updatePersonInput>; output: { person: PersonDetail } };
  transfer: { input: z.input<typeof transferInput>; output: { transfer: TransferView; message: string } };
  acceptTransfer: { input: z.input<typeof acceptTransferInput>; output: { transfer: TransferView; message: string } };
  withdrawTransfer: {
    input: z.input<typeof withdrawTransferInput>;
    output: { transfer: TransferView; message: string };
  };
  incomingTransfers: { input: z.input<typeof incomingTransfersInput>; output: { transfers: TransferView[] } };
  markDeceased: { input: z.input<typeof markDeceasedInput>; output: { person: PersonDetail; message: string } };
  grantRole: { input: z.input<typeof grantRoleInput>; output: { message: string } };
  revokeRole: { input: z.input<typeof revokeRoleInput>; output: { message: string } };
  branchChoices: {
    input: z.input<typeof branchChoicesInput>;
    output: { branches: { id: number; name: string; fullName: string }[] };
  };
  importRoster: { input: z.input<typeof importRosterInput>; output: ImportResult };
  exportRoster: { input: z.input<typeof exportRosterInput>; output: FileLink };
  rosterTemplate: { input: z.input<typeof rosterTemplateInput>; output: FileLink };
}
