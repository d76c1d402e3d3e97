// A certificate's words, line by line, for any kind: the A4 sheet on screen and the saved picture say the same.
// Each kind writes its statement and its details (features/<domain>); the issuer's lines are every kind's.
import type { CertificateSheetFacts } from '../../../contracts/certificates';
import { plainDateWords } from '../time/calendar';

export interface CertificateLines {
  title: string;
  /** "兹证明 …": the one sentence of what is certified. */
  statement: string;
  /** Parts of the statement shown in bold on screen (the name, the hours). */
  emphasis: string[];
  /** Above the details, e.g. "服务内容：". */
  heading: string;
  details: string[];
  foot: string[];
}

/** "ABCD EFGH …": the code in groups of four, easier to read out and type from paper. */
export function groupedCode(sig: string): string {
  return sig.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Who issued it, its number, its day and its typed check code: the foot of every kind's sheet. */
export function issuerLines(cert: CertificateSheetFacts): string[] {
  return [
    `出具单位：${cert.issuer.org}`,
    `负责人：${cert.issuer.personInCharge}`,
    `联系方式：${cert.issuer.contact}`,
    `证明编号：${cert.number}`,
    `核验码：${groupedCode(cert.sig)}`,
    `出具日期：${plainDateWords(cert.issuedOn)}`,
  ];
}

/** The lines as the saved picture draws them: the statement, the heading, the details, the closing. */
export function pictureLines(lines: CertificateLines): { title: string; body: string[]; foot: string[] } {
  return {
    title: lines.title,
    body: [lines.statement, lines.heading, ...lines.details, '特此证明。'],
    foot: lines.foot,
  };
}

/** The statement cut where the emphasised parts are, to show them in bold. */
export function statementParts(
  lines: Pick<CertificateLines, 'statement' | 'emphasis'>,
): { text: string; strong: boolean }[] {
  const parts: { text: string; strong: boolean }[] = [];
  let rest = lines.statement;
  for (const bold of lines.emphasis) {
    const at = bold ? rest.indexOf(bold) : -1;
    if (at < 0) continue;
    if (at > 0) parts.push({ text: rest.slice(0, at), strong: false });
    parts.push({ text: bold, strong: true });
    rest = rest.slice(at + bold.length);
  }
  if (rest) parts.push({ text: rest, strong: false });
  return parts;
}
