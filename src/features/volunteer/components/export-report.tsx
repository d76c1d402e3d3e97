// 导出表格: asks for the month's .xlsx and saves it through its personal link (lib/save-file-link, per platform: a
// browser download with the session on H5, opened in WeChat in the mini-program).
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import { messageOf } from '../../../lib/api-error';
import { saveFileLink } from '../../../lib/save-file-link';
import { exportReport } from '../api/export-report';

export function ExportReport({ month }: { month: string }) {
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const link = await exportReport(month, month);
      await saveFileLink(link);
      setSaid(`表格“${link.name}”已经导出了。`);
    } catch (error) {
      setSaid(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <BigButton onClick={() => void save()} busy={busy} busyLabel='正在导出…'>
        导出本月表格
      </BigButton>
      {said ? <View {...a11y({ role: 'status' })}>{said}</View> : null}
    </>
  );
}
