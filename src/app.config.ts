// App routes: five tab pages in the main package; secondary pages in subpackages to keep the weapp main package small.
const isWeapp = process.env.TARO_ENV === 'weapp';

// H5 draws icons in Taro's own tab bar; the weapp custom tab bar ships its own copies.
const icon = (name: string) =>
  isWeapp ? {} : { iconPath: `assets/tab-icons/${name}.svg`, selectedIconPath: `assets/tab-icons/${name}.svg` };

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/books/index', 'pages/events/index', 'pages/volunteer/index', 'pages/mine/index'],
  subPackages: [
    { root: 'subpackages/account', pages: ['login/index'] },
    {
      root: 'subpackages/notices',
      pages: ['list/index', 'detail/index', 'publish/index', 'receipts/index', 'manage/index'],
    },
    { root: 'subpackages/player', pages: ['index'] },
    { root: 'subpackages/scan', pages: ['index'] },
    { root: 'subpackages/scanner', pages: ['index'] },
    { root: 'subpackages/study', pages: ['mine/index', 'branch/index'] },
    { root: 'subpackages/library-admin', pages: ['poster/index', 'books/index'] },
    { root: 'subpackages/messages', pages: ['index'] },
    {
      root: 'subpackages/org',
      pages: ['roster/index', 'person/index', 'transfers/index', 'tree/index', 'import/index', 'sheet/index'],
    },
    { root: 'subpackages/events', pages: ['detail/index', 'mine/index', 'roster/index', 'manage/index'] },
    {
      root: 'subpackages/volunteer',
      pages: ['post/index', 'records/index', 'certificate/index', 'verify/index', 'manage/index'],
    },
    { root: 'subpackages/dashboard', pages: ['index/index'] },
    { root: 'subpackages/talent', pages: ['profile/index', 'invitations/index', 'manage/index', 'menu/index'] },
    {
      root: 'subpackages/timebank',
      pages: [
        'mine/index',
        'ask/index',
        'confirm/index',
        'card/index',
        'help/index',
        'branch/index',
        'certificate/index',
      ],
    },
    { root: 'subpackages/casework', pages: ['cases/index', 'visit/index', 'case/index', 'case-file/index'] },
  ],
  window: {
    navigationBarTitleText: '银发先锋',
    navigationBarBackgroundColor: '#A3140F',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F7F3EE',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    // WeChat's own tab bar text is ~10–12px: too small, so weapp draws a native custom one (src/custom-tab-bar).
    custom: isWeapp,
    color: '#333333',
    selectedColor: '#8B0E0A',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', ...icon('home') },
      { pagePath: 'pages/books/index', text: '听书', ...icon('books') },
      { pagePath: 'pages/events/index', text: '活动', ...icon('events') },
      { pagePath: 'pages/volunteer/index', text: '志愿', ...icon('volunteer') },
      { pagePath: 'pages/mine/index', text: '我的', ...icon('mine') },
    ],
  },
  // H5 only: no sliding page transitions (motion can disorient; screens appear at once). Not an app.json field, so
  // the mini-program's config leaves it out.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  requiredBackgroundModes: ['audio'],
  // 朗读 in a WeChat-only deployment: WeChat's 同声传译 plugin speaks the notice on the phone (docs/NOTICES.md). Added
  // once in the admin console (设置 → 第三方设置 → 插件管理); the H5 build has no plugins, so it is weapp only.
  ...(isWeapp ? { plugins: { WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } } } : {}),
  // 志愿服务 check-in at a geo post reads the phone's location once per scan (src/entities/location/location.weapp.ts).
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '志愿服务签到时确认您在服务驿站' } },
});
