// 导入党员名册 (admins): template, upload, check row by row, then import.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { ImportView } from '../../../features/org/components/import-view';

export default function ImportPage() {
  return (
    <PageFrame title='导入党员名册'>
      <SessionGate
        reason='导入名册只给管理员用。请先登录。'
        only={{
          scope: 'manageOrg',
          title: '这里只给管理员用',
          message: '党员名册由管理员导入。如有需要，请联系上级管理员。',
        }}
      >
        {() => <ImportView />}
      </SessionGate>
    </PageFrame>
  );
}
