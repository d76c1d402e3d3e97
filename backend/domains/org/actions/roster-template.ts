// The import template: the headers in order and one example row, so an office worker fills in the same shape. The
// example row says in its 说明 cell that it is one, and the import skips it (importing the untouched template changes
// nobody).
import { rosterTemplateInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { exportSpreadsheet } from '../../../files/exports';
import { EXAMPLE_NOTE, NOTE_HEADER, TEMPLATE_EXAMPLE } from '../../../rules/roster';
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
    const example = { ...TEMPLATE_EXAMPLE, rosterNo: '', skills: '书法', note: EXAMPLE_NOTE };
    return exportSpreadsheet({
      deps: ctx.deps,
      transaction: ctx.transaction,
      personId: ctx.caller.person.id,
      sheet: {
        name: '党员名册',
        columns: [
          ...ROSTER_COLUMNS.filter((c) => c.key !== 'status' && c.key !== 'id'),
          { header: NOTE_HEADER, key: 'note' },
        ],
        rows: [example],
      },
      title: '党员名册导入模板',
      fileName: '党员名册导入模板.xlsx',
      about: { kind: 'roster-template' },
    });
  },
);
