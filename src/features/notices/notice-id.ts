// A notice id from a page's query: plain digits only, else null (the page then says the link is incomplete).
export function noticeIdFrom(raw: string | undefined): number | null {
  if (raw === undefined || !/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= 2_147_483_647 ? n : null;
}
