// H5 导出表格: asks for the month's .xlsx, fetches its personal link with the session (never in the URL) and saves it.
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
      setSaid(`表格“${link.name}”已经下载好了。`);
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
