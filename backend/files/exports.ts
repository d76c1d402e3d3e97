// Exports: a spreadsheet made for the person who asked (built in a worker thread by Deps.spreadsheets, its rows
// made in turns by inTurns, so a large export never holds the event loop), kept in the file store under
// `exports/<uuid>.xlsx` with a `files` row (owner, download name, end), and answered as a personal link that ends
// after EXPORT_LINK_MINUTES. The host's GET /files/… (apps/host/file-link-route.ts) checks the link, its end and
// the fetcher's sign-in; a job deletes the file when the link ends. WeChat cloud storage (a deployment with no host)
// answers its own temporary https link to the private file instead, ending with the export.
import type { FileLink } from '../../contracts/files';
import { chinaDateWords } from '../common/china-time';
import { fail } from '../runtime/app-error';
import type { Deps, SheetSpec } from '../runtime/deps';
import type { Transact } from '../runtime/unit-of-work';
import { XLSX_MIME } from './file-keys';
import { sharePersonalCopy } from './personal-copy';

/** Rows made per turn of the event loop: a few milliseconds, so other requests are answered in between. */
const ROWS_PER_TURN = 2000;

/** Lets the event loop answer what is waiting (I/O included) before going on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `items` mapped by `make` a slice at a time, yielding the event loop between slices (a sheet's 43,000 rows). */
export async function inTurns<T, R>(items: readonly T[], make: (item: T) => R): Promise<R[]> {
  const made: R[] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_TURN) {
    if (i > 0) await nextTurn();
    for (const item of items.slice(i, i + ROWS_PER_TURN)) made.push(make(item));
  }
  return made;
}

/** "莲花社区第一支部 党员名册（2026年12月6日导出）": a printed page says whose list it is and how old. */
export function exportTitle(title: string, now: Date): string {
  return `${title}（${chinaDateWords(now)}导出）`;
}

export interface ExportRequest {
  deps: Deps;
  transaction: Transact;
  personId: number;
  sheet: Omit<SheetSpec, 'title'>;
  /** What the sheet is and whose, e.g. 莲花社区第一支部 党员名册: printed above the header with the day it was made. */
  title: string;
  /** What the download is saved as, e.g. 学习情况-第一支部-2026年11月.xlsx */
  fileName: string;
  /** What the audit row says was exported (never the rows themselves). */
  about: Record<string, unknown>;
}

export async function exportSpreadsheet({
  deps,
  transaction,
  personId,
  sheet,
  title,
  fileName,
  about,
}: ExportRequest): Promise<FileLink> {
  if (!deps.spreadsheets) throw fail.forbidden('这里还不能导出表格。请在电脑上打开网页版，登录后再导出。');
  const bytes = await deps.spreadsheets.xlsx({ ...sheet, title: exportTitle(title, deps.now()) });
  return sharePersonalCopy({
    deps,
    transaction,
    personId,
    bytes,
    kind: { ext: 'xlsx', mime: XLSX_MIME },
    fileName,
    about: { ...about, rows: sheet.rows.length },
  });
}
