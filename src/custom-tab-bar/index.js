// WeChat custom tab bar (native component: WeChat loads it beside every tab page).
// WeChat's own tab bar draws 10–12px labels; this one uses 18px+ words beside icons, 48px+ targets,
// and marks the current tab with bold words and a bar, not colour alone.
const TABS = [
  { pagePath: 'pages/home/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/books/index', text: '听书', icon: 'books' },
  { pagePath: 'pages/events/index', text: '活动', icon: 'events' },
  { pagePath: 'pages/volunteer/index', text: '志愿', icon: 'volunteer' },
  { pagePath: 'pages/mine/index', text: '我的', icon: 'mine' },
];

// Same key and value the app's display store writes with Taro.setStorageSync.
const LARGE_TEXT_KEY = 'display.largeText';

function currentRoute() {
  const pages = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
  const page = pages[pages.length - 1];
  return page ? String(page.route || '').replace(/^\//, '') : '';
}

function readLargeText() {
  try {
    return wx.getStorageSync(LARGE_TEXT_KEY) === true;
  } catch (e) {
    return false;
  }
}

Component({
  data: {
    selected: -1,
    largeText: false,
    tabs: TABS,
  },
  lifetimes: {
    attached() {
      this.sync();
    },
  },
  pageLifetimes: {
    show() {
      this.sync();
    },
  },
  methods: {
    // Each tab page has its own copy of this component: read the state again whenever it shows.
    sync() {
      const route = currentRoute();
      const index = TABS.findIndex((tab) => tab.pagePath === route);
      const next = { largeText: readLargeText() };
      if (index !== -1) next.selected = index;
      this.setData(next);
    },
    onTap(event) {
      const index = Number(event.currentTarget.dataset.index);
      const tab = TABS[index];
      if (!tab) return;
      this.setData({ selected: index });
      wx.switchTab({ url: '/' + tab.pagePath });
    },
  },
});
