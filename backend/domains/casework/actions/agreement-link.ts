// The agreement, for the studio's staff and the officials above: a personal link to a copy of it that ends in
// minutes (backend/files/exports.ts), and a view row like opening the case.
import { MAX_AGREEMENT_BYTES, caseInput, type CaseworkApi } from '../../../../contracts/casework';
import { chinaDay } from '../../../common/china-time';
import { sharePersonalCopy } from '../../../files/personal-copy';
import { readAll } from '../../../files/stored-bytes';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireCaseReader } from '../access';
import { recordView } from '../queries/casework';

export const agreementLink = action(
  { access: 'person', input: caseInput, limit: { points: 60, seconds: 3600 } },
  async function agreementLink(
    { caseId },
    { deps, caller, transaction },
  ): Promise<CaseworkApi['agreementLink']['output']> {
    const { row, standing } = await requireCaseReader(deps.database.db, caller, caseId);
    if (!row.agreement_key || !row.agreement_mime) throw fail.notFound('这件纠纷还没有上传调解协议。');
    const bytes = await readAll(await deps.files.read(row.agreement_key), MAX_AGREEMENT_BYTES);
    if (typeof bytes === 'string') throw fail.notFound('调解协议的文件找不到了，请办理的同志重新上传。');
    const ext = row.agreement_key.slice(row.agreement_key.lastIndexOf('.') + 1);
    const link = await sharePersonalCopy({
      deps,
      transaction: (work) =>
        transaction(async (trx, audit, finish) => {
          await recordView(trx, row.id, caller.person.id, 'agreement', deps.now().toISOString());
          return work(trx, audit, finish);
        }),
      personId: caller.person.id,
      bytes,
      kind: { ext, mime: row.agreement_mime },
      fileName: `调解协议-第${row.id}号-${chinaDay(new Date(row.accepted_at))}.${ext}`,
      about: { caseworkCase: row.id, what: 'agreement', as: standing },
    });
    return { link };
  },
);
