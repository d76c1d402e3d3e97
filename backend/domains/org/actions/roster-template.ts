// The import template: the headers in order and one example row, so an office worker fills in the same shape.
import { rosterTemplateInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { exportSpreadsheet } from '../../../files/exports';
import { action } from '../../../runtime/define-function';
import { ROSTER_COLUMNS } from './roster-sheet';

type Output = OrgApi['rosterTemplate']['output'];

export const rosterTemplate = action(
  {
    access: { roles: SCOPES.manageOrg },
    input: rosterTemplateInput,
    limit: { points: 20, seconds: 600 },
  },
  async function rosterTemplate(_input, ctx): Promise<Output> {
    const example = {
      name: '张秀英',
      gender: '女',
      birthYear: 1948,
      phone: '13905920000',
      joinedPartyOn: '1972-07',
      formerPost: '市纺织厂 工会主席',
      branch: '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部',
      rosterNo: '',
      skills: '书法',
      status: '',
    };
    return exportSpreadsheet({
      deps: ctx.deps,
      transaction: ctx.transaction,
      personId: ctx.caller.person.id,
      sheet: { name: '党员名册', columns: ROSTER_COLUMNS.filter((c) => c.key !== 'status'), rows: [example] },
      title: '党员名册导入模板',
      fileName: '党员名册导入模板.xlsx',
      about: { kind: 'roster-template' },
    });
  },
);
