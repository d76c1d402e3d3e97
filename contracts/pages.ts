// Every page of the app, by domain: the one table the server's message links and QR codes and the front end's
// navigation read. src/app.config.ts lists the same pages for Taro (test/unit/pages.test.ts holds the two together).

export const PAGES = {
  tab: {
    home: '/pages/home/index',
    books: '/pages/books/index',
    events: '/pages/events/index',
    volunteer: '/pages/volunteer/index',
    mine: '/pages/mine/index',
  },
  account: { login: '/subpackages/account/login/index' },
  notices: {
    list: '/subpackages/notices/list/index',
    detail: '/subpackages/notices/detail/index',
    publish: '/subpackages/notices/publish/index',
    receipts: '/subpackages/notices/receipts/index',
    manage: '/subpackages/notices/manage/index',
  },
  player: { index: '/subpackages/player/index' },
  scan: { index: '/subpackages/scan/index' },
  scanner: { index: '/subpackages/scanner/index' },
  study: { mine: '/subpackages/study/mine/index', branch: '/subpackages/study/branch/index' },
  libraryAdmin: { poster: '/subpackages/library-admin/poster/index', books: '/subpackages/library-admin/books/index' },
  messages: { index: '/subpackages/messages/index' },
  org: {
    roster: '/subpackages/org/roster/index',
    person: '/subpackages/org/person/index',
    transfers: '/subpackages/org/transfers/index',
    tree: '/subpackages/org/tree/index',
    import: '/subpackages/org/import/index',
    sheet: '/subpackages/org/sheet/index',
  },
  events: {
    detail: '/subpackages/events/detail/index',
    mine: '/subpackages/events/mine/index',
    roster: '/subpackages/events/roster/index',
    manage: '/subpackages/events/manage/index',
  },
  volunteer: {
    post: '/subpackages/volunteer/post/index',
    records: '/subpackages/volunteer/records/index',
    certificate: '/subpackages/volunteer/certificate/index',
    verify: '/subpackages/volunteer/verify/index',
    manage: '/subpackages/volunteer/manage/index',
  },
  dashboard: { index: '/subpackages/dashboard/index/index' },
  talent: {
    profile: '/subpackages/talent/profile/index',
    invitations: '/subpackages/talent/invitations/index',
    manage: '/subpackages/talent/manage/index',
    menu: '/subpackages/talent/menu/index',
  },
  timebank: {
    mine: '/subpackages/timebank/mine/index',
    ask: '/subpackages/timebank/ask/index',
    confirm: '/subpackages/timebank/confirm/index',
    card: '/subpackages/timebank/card/index',
    help: '/subpackages/timebank/help/index',
    branch: '/subpackages/timebank/branch/index',
    certificate: '/subpackages/timebank/certificate/index',
  },
  casework: {
    cases: '/subpackages/casework/cases/index',
    visit: '/subpackages/casework/visit/index',
    case: '/subpackages/casework/case/index',
    caseFile: '/subpackages/casework/case-file/index',
  },
} as const;

type Domains = typeof PAGES;
/** Any page's path, e.g. "/subpackages/events/detail/index". */
export type PagePath = { [D in keyof Domains]: Domains[D][keyof Domains[D]] }[keyof Domains];
/** A tab page (opened with switchTab, never with a query). */
export type TabPath = Domains['tab'][keyof Domains['tab']];
/** A page's query parameters; numbers are written as digits. */
export type PageParams = Readonly<Record<string, string | number>>;

/** A page path as WeChat's code and message APIs want it: without the leading slash ("subpackages/scan/index"). */
export function wechatPage(path: PagePath): string {
  return path.slice(1);
}

/** A page's url with its query, each value encoded. */
export function pageUrl(path: PagePath, params: PageParams = {}): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** The pages as Taro's app config lists them: the tab pages in the main package, every other domain a subpackage. */
export function appConfigPages(): { pages: string[]; subPackages: { root: string; pages: string[] }[] } {
  const pages = Object.values(PAGES.tab).map(wechatPage);
  const subPackages = new Map<string, string[]>();
  for (const [domain, paths] of Object.entries(PAGES)) {
    if (domain === 'tab') continue;
    for (const path of Object.values(paths) as PagePath[]) {
      const [, , root, ...rest] = path.split('/');
      const list = subPackages.get(root) ?? [];
      list.push(rest.join('/'));
      subPackages.set(root, list);
    }
  }
  return { pages, subPackages: [...subPackages].map(([root, list]) => ({ root: `subpackages/${root}`, pages: list })) };
}
