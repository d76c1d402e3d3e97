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

// Same keys and values the app's display store writes with Taro.setStorageSync: the size ('normal', 'large',
// 'xlarge'), and big-or-not from builds before 特大.
const TEXT_SIZE_KEY = 'display.textSize';
const LARGE_TEXT_KEY = 'display.largeText';
const SIZES = ['normal', 'large', 'xlarge'];

function currentRoute() {
  const pages = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
  const page = pages[pages.length - 1];
  return page ? String(page.route || '').replace(/^\//, '') : '';
}

function readTextSize() {
  try {
    const size = wx.getStorageSync(TEXT_SIZE_KEY);
    if (SIZES.indexOf(size) !== -1) return size;
    return wx.getStorageSync(LARGE_TEXT_KEY) === true ? 'large' : 'normal';
  } catch (e) {
    return 'normal';
  }
}

Component({
  data: {
    selected: -1,
    largeText: false,
    textSize: 'normal',
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
      const textSize = readTextSize();
      const next = { textSize, largeText: textSize !== 'normal' };
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
