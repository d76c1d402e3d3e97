// Choosing a roster file, decided apart from the pickers: which files are taken (both platforms), and where the
// mini-program puts one in cloud storage before org.importRoster fetches it (its cloud:// id is the fileRef).

export const MAX_ROSTER_FILE_BYTES = 20 * 1024 * 1024;

/** The sentence that refuses a chosen file, or null when it may be checked. */
export function rosterFileProblem(name: string, bytes: number): string | null {
  if (!/\.(xlsx|csv)$/i.test(name))
    return '只能导入 Excel（.xlsx）或 CSV 格式的名册。请在 Excel 里“另存为”.xlsx 再选。';
  if (bytes > MAX_ROSTER_FILE_BYTES) return '这个文件超过了 20 MB。请按区或街道分成几个文件，分别导入。';
  if (bytes === 0) return '这个文件是空的，里面没有名册。请选另一个文件。';
  return null;
}

/**
 * A cloud path of our own, never the chat's file name (a name may hold characters cloud paths refuse, and names
 * nobody else's file): `roster-uploads/<time>-<random>.<kind>`. The server judges the kind again by the bytes.
 */
export function rosterCloudPath(name: string, now: Date, random: number): string {
  const kind = /\.csv$/i.test(name) ? 'csv' : 'xlsx';
  const tail = Math.floor(Math.abs(random) * 36 ** 8)
    .toString(36)
    .padStart(8, '0')
    .slice(0, 8);
  return `roster-uploads/${now.getTime().toString(36)}-${tail}.${kind}`;
}
