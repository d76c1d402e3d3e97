// 导出名册: makes the .xlsx and saves it — H5 as a download with the session, the mini-program by opening it in WeChat
// (lib/save-file-link, per platform).
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ApiError } from '../../../lib/api-error';
import { exportRoster } from '../api/export-roster';
import { saveFileLink } from '../../../lib/save-file-link';

export function ExportButton({ orgUnitId, onMessage }: { orgUnitId: number; onMessage: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const link = await exportRoster(orgUnitId);
      await saveFileLink(link);
      onMessage(`名册已经导出，文件名是“${link.name}”。手机号只对有权限的人显示全号。`);
    } catch (error) {
      onMessage(error instanceof ApiError ? error.message : '没有导出，请再试一次。');
    } finally {
      setBusy(false);
    }
  };
  return (
    <BigButton onClick={() => void run()} busy={busy} busyLabel='正在导出…'>
      导出名册（Excel）
    </BigButton>
  );
}
