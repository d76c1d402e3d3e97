// Deletes an export once its link has ended: the file from the store, then its row. Idempotent.
import { z } from 'zod';
import { forgetFiles } from '../data/files';
import { DELETE_EXPORT_JOB } from '../files/personal-copy';
import { defineJob } from './define-job';

export const deleteExport = defineJob({
  kind: DELETE_EXPORT_JOB,
  title: '删除过期的导出表格',
  payload: z.object({ key: z.string().regex(/^exports\/[0-9a-f-]{36}\.xlsx$/) }).strict(),
  async run({ key }, { deps }) {
    await deps.files.delete(key);
    await forgetFiles(deps.database.db, [key]);
  },
});
