// The spreadsheets every runtime that has them uses: each .xlsx built or read in a sheet worker (run-sheet-job.ts).
// Apart from xlsx.ts so that a bundle's entry can offer spreadsheets without loading exceljs: only the worker does,
// on its first .xlsx job (the host's sheet-worker.js, or a cloud function's beside its spreadsheets file).
import type { Spreadsheets } from '../../runtime/deps';
import { runSheetJob } from './run-sheet-job';

export function workerSpreadsheets(): Spreadsheets {
  return {
    xlsx: (sheet) => runSheetJob({ kind: 'write-xlsx', sheet }),
    readRows: (bytes, maxRows) => runSheetJob({ kind: 'read-xlsx', bytes, maxRows }),
  };
}
