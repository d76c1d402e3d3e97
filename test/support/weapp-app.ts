// The compiled mini-program (dist/weapp) run in miniprogram-simulate: app.js as WeChat loads it first, then each page
// as a component rendered with WeChat's own template compiler (miniprogram-compiler), and a page stack that
// navigateTo, redirectTo, switchTab, reLaunch and navigateBack really move. The wx APIs that reach past the phone's
// screen (cloud, location, camera scan, audio, settings) are the phone's boundary: each is a small fake the test
// steers; wx.cloud.callFunction goes to the built cloud functions (weapp-cloud.ts).
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { FILE_ID_PREFIX } from './weapp-cloud';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as Simulate;
// The exparser instance j-component renders with (one copy in node_modules), to send taps the way a finger does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jComponent = require('j-component') as { register(definition: { id?: string; path?: string }): unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exparser = require('miniprogram-exparser') as Exparser;

// WEAPP_DIST: a copy of the build to test instead (e.g. one built from another commit).
export const DIST = process.env.WEAPP_DIST ?? path.resolve(__dirname, '../../dist/weapp');

interface Simulate {
  load(componentPath: string, options: { rootPath: string; usingComponents?: Record<string, string> }): string;
  render(id: string): SimComponent;
  sleep(ms: number): Promise<void>;
}
interface SimComponent {
  dom: HTMLElement;
  instance: PageInstance;
  attach(parent: Element): void;
  detach(): void;
}
interface ExparserNode {
  readonly __brand?: 'exparser';
}
interface Exparser {
  Event: {
    create(name: string, detail: object, options: object): unknown;
    dispatchEvent(target: ExparserNode, event: unknown): void;
  };
}
type WxElement = HTMLElement & { __wxElement?: ExparserNode };

/** What Taro's createPageConfig gives a page: WeChat calls these lifecycles. */
interface PageInstance {
  route: string;
  options: Record<string, string>;
  onLoad(query: Record<string, string>): void;
  onShow(): void;
  onReady(): void;
  onHide(): void;
  onUnload(): void;
}
type Callback = (res: unknown) => void;
interface WxCallOptions {
  success?: Callback;
  fail?: Callback;
  complete?: Callback;
  [key: string]: unknown;
}
type WxApi = (options?: WxCallOptions) => unknown;
interface AppConfig {
  onLaunch(options: object): void;
  onShow(options: object): void;
}

export interface AppJson {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  tabBar: { list: { pagePath: string }[] };
}

export function readAppJson(): AppJson {
  return JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8')) as AppJson;
}

/** Every page route in app.json: the main package, then each subpackage. */
export function allPages(appJson: AppJson = readAppJson()): string[] {
  return [...appJson.pages, ...appJson.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

export interface OpenPage {
  readonly route: string;
  readonly query: Record<string, string>;
  /** Everything the screen shows, as one string (whitespace squeezed). */
  text(): string;
  /** Taps the innermost element whose own text is `label` (or matches it), as a finger on those words would. */
  tap(label: string | RegExp): Promise<void>;
  /** Types into the n-th text field of the screen (WeChat sends `input` with detail.value). */
  type(value: string, index?: number): Promise<void>;
  /** Resolves once the screen shows `expected`; fails with what it shows instead. */
  waitForText(expected: string | RegExp, timeoutMs?: number): Promise<void>;
}

/** How the fake phone answers the APIs that leave the screen. Each test sets what it needs. */
export interface PhoneState {
  /** What the camera reads when wx.scanCode opens (result, path as WeChat gives for a mini-program code). */
  scan: { result: string; path?: string } | null;
  /** wx.getLocation: a fix, or the refusal WeChat gives when the user has said no. */
  location: { latitude: number; longitude: number } | 'denied';
  /** wx.getSetting's authSetting, and what wx.openSetting turns it into. */
  authSetting: Record<string, boolean>;
  afterOpenSetting: Record<string, boolean>;
  /** wx.requestSubscribeMessage: what the elder answers to each template. */
  subscribeAnswer: 'accept' | 'reject';
  /** wx.showModal: which button the elder presses. */
  modalConfirm: boolean;
  /**
   * wx.chooseMessageFile: the files in the elder's WeChat chats (name as sent, path to a file on this machine). The
   * picker shows only those its `extension` filter lets through and the elder picks the first; none closes it.
   */
  chatFiles: { name: string; path: string }[];
}

export interface WxCall {
  api: string;
  options: Record<string, unknown>;
  /** What a cloud function answered the page (j-component keeps no image src on screen, so a test reads it here). */
  reply?: unknown;
}

export interface Weapp {
  /** The OPENID WeChat gives the cloud functions for the person now using the mini-program. */
  readonly openid: string;
  /**
   * Hands the mini-program to the person with this OPENID. WeChat runs a mini-program per WeChat account, so another
   * person's mini-program starts afresh (no memory of the last person, its own storage); the same person carries on.
   */
  as(openid: string): void;
  readonly phone: PhoneState;
  /** Every wx API call the pages made, in order (cloud calls included), for the test to read. */
  readonly calls: WxCall[];
  /** Uncaught errors, React error logs and rejected promises: a page that throws lands here. */
  readonly errors: string[];
  /** The background audio manager's state: what is playing. */
  readonly audio: { src: string; title: string; playing: boolean };
  /** Opens a page as the only one on the stack (wx.reLaunch), and waits for its first render. */
  launch(route: string, query?: Record<string, string>): Promise<OpenPage>;
  /** The page on top of the stack. */
  current(): OpenPage;
  /** Lets timers, promises and cloud calls finish. */
  settle(ms?: number): Promise<void>;
  /** Leaves every page (onUnload), so nothing of one test keeps running into the next. */
  closeAll(): void;
  /** Resolves when no cloud call is in flight: a page left mid-call must not reach a database being dropped. */
  idle(): Promise<void>;
}

type CloudCall = (name: string, event: unknown, openid: string) => Promise<unknown>;
/** What the phone can download: the local file behind an https link, or null where the link leads nowhere. */
type Download = (url: string) => string | null;

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [routePart, search = ''] = url.split('?');
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=');
    // WeChat hands the page its query still percent-encoded, as it appeared in the url.
    query[k] = v;
  }
  return { route: routePart.replace(/^\//, ''), query };
}

/** The element on screen whose own words (not its children's) are the label, innermost first. */
function findByText(root: HTMLElement, label: string | RegExp): WxElement | null {
  const all = Array.from(root.querySelectorAll<WxElement>('*'));
  const matches = (el: Element) => {
    const own = squeeze(el.textContent ?? '');
    return typeof label === 'string' ? own === label : label.test(own);
  };
  // Innermost: a match none of whose descendants also matches.
  const hits = all.filter((el) => matches(el) && !Array.from(el.querySelectorAll('*')).some(matches));
  return hits.find((el) => el.__wxElement) ?? null;
}

function tapEvent(name: string, detail: object): unknown {
  return exparser.Event.create(name, detail, {
    bubbles: true,
    composed: true,
    capturePhase: true,
    extraFields: { touches: [], changedTouches: [{ x: 0, y: 0 }] },
  });
}

/**
 * Loads dist/weapp/app.js into this (jsdom) realm with WeChat's globals, and gives the harness to drive pages.
 * Call once per test file: app.js and each page's chunk run once, as in WeChat. `cloudStorageDir` is the fake cloud
 * storage the functions read (weapp-cloud.ts's storageDir): wx.cloud.uploadFile puts files there.
 */
export function startWeapp(callCloud: CloudCall, download: Download = () => null, cloudStorageDir?: string): Weapp {
  if (!existsSync(path.join(DIST, 'app.js')))
    throw new Error(
      'dist/weapp is not built: run `node node_modules/@tarojs/cli/bin/taro build --type weapp` (npm test does)',
    );
  const g = globalThis as unknown as Record<string, unknown>;
  const wx = g.wx as Record<string, unknown>;
  const errors: string[] = [];
  const calls: WxCall[] = [];
  // Each person's own storage, as WeChat keeps storage per account; `storage` is the current person's.
  const storages = new Map<string, Map<string, unknown>>();
  let storage = new Map<string, unknown>();
  const audio = { src: '', title: '', playing: false };
  const phone: PhoneState = {
    scan: null,
    location: { latitude: 0, longitude: 0 },
    authSetting: {},
    afterOpenSetting: {},
    subscribeAnswer: 'accept',
    modalConfirm: true,
    chatFiles: [],
  };

  // Errors: React and Taro report to console.error; a rejected promise or an uncaught throw is reported by the realm.
  const originalError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(
      args
        .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a)))
        .join(' ')
        .slice(0, 500),
    );
    if (process.env.WEAPP_DEBUG) originalError(...args);
  };
  window.addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
  const onRejection = (reason: unknown) =>
    errors.push(
      `unhandled rejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`,
    );
  process.on('unhandledRejection', onRejection);

  /** A wx API in WeChat's shape: callbacks (success/fail/complete), and a promise when none is given. */
  const api =
    (name: string, run: (options: WxCallOptions) => Promise<unknown>): WxApi =>
    (options = {}) => {
      calls.push({ api: name, options: { ...options } });
      const done = run(options).then(
        (res) => {
          options.success?.(res);
          options.complete?.(res);
          return res;
        },
        (err: unknown) => {
          options.fail?.(err);
          options.complete?.(err);
          throw err;
        },
      );
      if (options.success || options.fail || options.complete) {
        done.catch(() => undefined);
        return undefined;
      }
      return done;
    };
  const ok = (res: object = {}) => Promise.resolve({ errMsg: 'ok', ...res });
  const refuse = (errMsg: string, errno?: number) =>
    Promise.reject(Object.assign({ errMsg }, errno === undefined ? {} : { errno }));

  let openid = '';
  const inFlight = new Set<Promise<unknown>>();
  const harness: Weapp = {
    get openid() {
      return openid;
    },
    as: () => undefined,
    phone,
    calls,
    errors,
    audio,
    launch: async () => {
      throw new Error('not ready');
    },
    current: () => {
      throw new Error('no page');
    },
    settle: async (ms = 50) => {
      // Cloud calls resolve on the real event loop; give them and the renders they cause a few turns.
      for (let i = 0; i < 4; i++) await simulate.sleep(ms / 4);
    },
    closeAll: () => undefined,
    idle: async () => {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };

  wx.cloud = {
    init: () => undefined,
    callFunction: api('cloud.callFunction', async (o) => {
      const calling = callCloud(String(o.name), o.data, openid);
      inFlight.add(calling);
      const result = await calling.finally(() => inFlight.delete(calling));
      const call = [...calls].reverse().find((c) => c.api === 'cloud.callFunction' && c.options.data === o.data);
      if (call) call.reply = result;
      return { result, errMsg: 'cloud.callFunction:ok' };
    }),
    // The file lands where the functions' fake SDK finds its cloud:// id; WeChat refuses a path that climbs out.
    uploadFile: api('cloud.uploadFile', (o) => {
      const cloudPath = String(o.cloudPath);
      if (!cloudStorageDir) return refuse('cloud.uploadFile:fail this test gave the harness no cloud storage');
      if (!existsSync(String(o.filePath))) return refuse('cloud.uploadFile:fail file not found');
      if (
        cloudPath.startsWith('/') ||
        cloudPath.split('/').some((part) => part === '' || part === '.' || part === '..')
      )
        return refuse('cloud.uploadFile:fail invalid cloudPath', -501001);
      const target = path.join(cloudStorageDir, cloudPath);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(String(o.filePath), target);
      return ok({ fileID: `${FILE_ID_PREFIX}${cloudPath}`, statusCode: 200 });
    }),
  };
  // Storage: kept in memory for this phone.
  wx.getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '');
  wx.setStorageSync = (key: string, value: unknown) => void storage.set(key, value);
  wx.removeStorageSync = (key: string) => void storage.delete(key);
  wx.getStorage = api('getStorage', (o) =>
    storage.has(String(o.key)) ? ok({ data: storage.get(String(o.key)) }) : refuse('getStorage:fail data not found'),
  );
  wx.setStorage = api('setStorage', (o) => (storage.set(String(o.key), o.data), ok()));
  wx.removeStorage = api('removeStorage', (o) => (storage.delete(String(o.key)), ok()));
  // The phone's hardware and WeChat's own sheets.
  wx.scanCode = api('scanCode', () =>
    phone.scan ? ok({ ...phone.scan, scanType: 'WX_CODE', charSet: 'utf-8' }) : refuse('scanCode:fail cancel'),
  );
  wx.getLocation = api('getLocation', () =>
    phone.location === 'denied' ? refuse('getLocation:fail auth deny', 103) : ok({ ...phone.location, accuracy: 20 }),
  );
  wx.getSetting = api('getSetting', () => ok({ authSetting: { ...phone.authSetting } }));
  wx.openSetting = api('openSetting', () => {
    phone.authSetting = { ...phone.authSetting, ...phone.afterOpenSetting };
    if (phone.afterOpenSetting['scope.userLocation']) phone.location = { latitude: 0, longitude: 0 };
    return ok({ authSetting: { ...phone.authSetting } });
  });
  wx.authorize = api('authorize', (o) =>
    phone.authSetting[String(o.scope)] === false ? refuse('authorize:fail auth deny') : ok(),
  );
  wx.requestSubscribeMessage = api('requestSubscribeMessage', (o) => {
    const ids = (o.tmplIds as string[] | undefined) ?? [];
    return ok(Object.fromEntries(ids.map((id) => [id, phone.subscribeAnswer])));
  });
  wx.chooseMessageFile = api('chooseMessageFile', (o) => {
    const wanted = Array.isArray(o.extension)
      ? (o.extension as string[]).map((e) => e.replace(/^\./, '').toLowerCase())
      : null;
    const shown = phone.chatFiles.filter(
      (f) => !wanted || wanted.includes(path.extname(f.name).slice(1).toLowerCase()),
    );
    const picked = shown[0];
    if (!picked) return refuse('chooseMessageFile:fail cancel');
    return ok({
      tempFiles: [
        {
          name: picked.name,
          path: picked.path,
          size: statSync(picked.path).size,
          type: 'file',
          time: Math.floor(Date.now() / 1000),
        },
      ],
    });
  });
  wx.showModal = api('showModal', () => ok({ confirm: phone.modalConfirm, cancel: !phone.modalConfirm }));
  wx.showToast = api('showToast', () => ok());
  wx.hideToast = api('hideToast', () => ok());
  wx.showLoading = api('showLoading', () => ok());
  wx.hideLoading = api('hideLoading', () => ok());
  wx.makePhoneCall = api('makePhoneCall', () => ok());
  wx.pageScrollTo = api('pageScrollTo', () => ok());
  wx.setNavigationBarTitle = api('setNavigationBarTitle', () => ok());
  wx.setInnerAudioOption = api('setInnerAudioOption', () => ok());
  // Files: wx.downloadFile fetches a link (answering its HTTP status) and wx.openDocument shows it; a test reads
  // the opened file from the openDocument call's filePath.
  wx.downloadFile = api('downloadFile', (o) => {
    const file = download(String(o.url));
    return file ? ok({ tempFilePath: file, statusCode: 200 }) : ok({ statusCode: 404 });
  });
  wx.openDocument = api('openDocument', (o) =>
    existsSync(String(o.filePath)) ? ok() : refuse('openDocument:fail file not found'),
  );
  wx.getNetworkType = api('getNetworkType', () => ok({ networkType: 'wifi' }));
  wx.onNetworkStatusChange = () => undefined;
  wx.offNetworkStatusChange = () => undefined;

  // Audio: the background manager plays what its src names (WeChat starts playing when src is set).
  const audioListeners = new Map<string, Callback[]>();
  const emitAudio = (event: string) => (audioListeners.get(event) ?? []).forEach((cb) => cb({}));
  const backgroundAudio: Record<string, unknown> = {
    startTime: 0,
    currentTime: 0,
    duration: 0,
    paused: true,
    play: () => ((audio.playing = true), (backgroundAudio.paused = false), emitAudio('play')),
    pause: () => ((audio.playing = false), (backgroundAudio.paused = true), emitAudio('pause')),
    stop: () => ((audio.playing = false), (backgroundAudio.paused = true), emitAudio('stop')),
    seek: (t: number) => void (backgroundAudio.currentTime = t),
  };
  Object.defineProperty(backgroundAudio, 'src', {
    get: () => audio.src,
    set: (src: string) => {
      audio.src = src;
      audio.title = String(backgroundAudio.title ?? '');
      calls.push({ api: 'backgroundAudio.src', options: { src, title: audio.title } });
      if (src) setTimeout(() => (backgroundAudio.play as () => void)(), 0);
    },
  });
  for (const event of [
    'Play',
    'Pause',
    'Stop',
    'Ended',
    'TimeUpdate',
    'Error',
    'Waiting',
    'Canplay',
    'Prev',
    'Next',
    'Seeked',
    'Seeking',
  ]) {
    backgroundAudio[`on${event}`] = (cb: Callback) =>
      audioListeners.set(event.toLowerCase(), [...(audioListeners.get(event.toLowerCase()) ?? []), cb]);
    backgroundAudio[`off${event}`] = () => audioListeners.delete(event.toLowerCase());
  }
  wx.getBackgroundAudioManager = () => backgroundAudio;
  // The inner audio context (朗读): records what it is told to play.
  wx.createInnerAudioContext = () => {
    const listeners = new Map<string, Callback[]>();
    const ctx: Record<string, unknown> = {
      src: '',
      play: () => {
        calls.push({ api: 'innerAudio.play', options: { src: ctx.src } });
        (listeners.get('play') ?? []).forEach((cb) => cb({}));
      },
      pause: () => undefined,
      stop: () => (listeners.get('stop') ?? []).forEach((cb) => cb({})),
      destroy: () => undefined,
      seek: () => undefined,
    };
    for (const event of ['Play', 'Pause', 'Stop', 'Ended', 'TimeUpdate', 'Error', 'Waiting', 'Canplay']) {
      ctx[`on${event}`] = (cb: Callback) =>
        listeners.set(event.toLowerCase(), [...(listeners.get(event.toLowerCase()) ?? []), cb]);
      ctx[`off${event}`] = () => listeners.delete(event.toLowerCase());
    }
    return ctx;
  };

  // App and pages, as WeChat's framework gives them.
  let app: AppConfig | null = null;
  g.App = (config: AppConfig) => void (app = config);
  g.getApp = () => app;
  g.Page = (options: Record<string, unknown>) => {
    // WeChat's Page() is a Component whose lifecycles the framework calls; j-component knows Component only.
    const methods: Record<string, unknown> = {};
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) (typeof value === 'function' ? methods : fields)[key] = value;
    (g.Component as (o: object) => void)({ ...fields, methods });
  };
  // Taro's comp.js registers the recursive template component once (its webpack chunk runs once): pages loaded
  // after the first reuse that registration, whose id j-component is told when simulate registers comp.js.
  let compId: string | null = null;
  const loadedIds = new Map<string, string>();
  const compPath = path.join(DIST, 'comp');
  const originalRegister = jComponent.register.bind(jComponent);
  jComponent.register = (definition) => {
    if (definition.path === compPath && !compId) compId = definition.id ?? null;
    return originalRegister(definition);
  };

  interface StackEntry {
    page: OpenPage;
    comp: SimComponent;
  }
  const stack: StackEntry[] = [];
  g.getCurrentPages = () => stack.map((e) => e.comp.instance);
  const container = document.createElement('weapp-window');
  document.body.appendChild(container);

  function loadPage(route: string): string {
    const known = loadedIds.get(route);
    if (known) return known;
    if (!existsSync(path.join(DIST, `${route}.json`))) throw new Error(`no page ${route} in dist/weapp`);
    const id = simulate.load(path.join(DIST, route), {
      rootPath: DIST,
      ...(compId ? { usingComponents: { comp: compId } } : {}),
    });
    loadedIds.set(route, id);
    return id;
  }

  function makePage(comp: SimComponent, route: string, query: Record<string, string>): OpenPage {
    const page: OpenPage = {
      route,
      query,
      text: () => squeeze(comp.dom.textContent ?? ''),
      async tap(label) {
        const el = findByText(comp.dom, label);
        if (!el?.__wxElement)
          throw new Error(`nothing reads ${String(label)} on ${route}; the screen shows: ${page.text().slice(0, 400)}`);
        exparser.Event.dispatchEvent(el.__wxElement, tapEvent('tap', { x: 0, y: 0 }));
        await harness.settle();
      },
      async type(value, index = 0) {
        const fields = Array.from(comp.dom.querySelectorAll<WxElement>('wx-input, wx-textarea'));
        const field = fields[index];
        if (!field?.__wxElement)
          throw new Error(
            `no text field #${index} on ${route} (${fields.length} fields; tags ${[...new Set(Array.from(comp.dom.querySelectorAll('*')).map((e) => e.tagName))].join(',')})`,
          );
        exparser.Event.dispatchEvent(field.__wxElement, tapEvent('input', { value, cursor: value.length, keyCode: 0 }));
        await harness.settle();
      },
      async waitForText(expected, timeoutMs = 5000) {
        const started = Date.now();
        const seen = () => (typeof expected === 'string' ? page.text().includes(expected) : expected.test(page.text()));
        while (!seen()) {
          if (Date.now() - started > timeoutMs)
            throw new Error(`${route} never showed ${String(expected)}; it shows: ${page.text().slice(0, 600)}`);
          await simulate.sleep(20);
        }
      },
    };
    return page;
  }

  async function open(route: string, query: Record<string, string>): Promise<OpenPage> {
    const id = loadPage(route);
    const comp = simulate.render(id);
    comp.attach(container);
    const instance = comp.instance;
    instance.route = route;
    instance.options = query;
    const page = makePage(comp, route, query);
    stack.push({ page, comp });
    instance.onLoad(query);
    instance.onShow();
    instance.onReady();
    await harness.settle();
    return page;
  }
  function leaveTop(): void {
    const top = stack.pop();
    if (!top) return;
    top.comp.instance.onUnload();
    top.comp.detach();
  }
  function hideTop(): void {
    stack[stack.length - 1]?.comp.instance.onHide();
  }

  const navigate = (name: string, move: (route: string, query: Record<string, string>) => Promise<void>) =>
    api(name, async (o) => {
      const { route, query } = parseUrl(String(o.url));
      if (!allPages().includes(route)) return refuse(`${name}:fail page "${route}" is not found`);
      // WeChat answers first and then moves; the page opens on a later turn.
      setTimeout(() => void move(route, query).catch((e: unknown) => errors.push(`${name} ${route}: ${String(e)}`)), 0);
      return ok();
    });
  wx.navigateTo = navigate('navigateTo', async (route, query) => {
    hideTop();
    await open(route, query);
  });
  wx.redirectTo = navigate('redirectTo', async (route, query) => {
    leaveTop();
    await open(route, query);
  });
  const relaunch = async (route: string, query: Record<string, string>) => {
    while (stack.length) leaveTop();
    await open(route, query);
  };
  wx.switchTab = navigate('switchTab', relaunch);
  wx.reLaunch = navigate('reLaunch', relaunch);
  wx.navigateBack = api('navigateBack', (o) => {
    const delta = Number(o.delta ?? 1);
    if (stack.length <= 1) return refuse('navigateBack:fail cannot navigate back at first page.');
    for (let i = 0; i < delta && stack.length > 1; i++) leaveTop();
    stack[stack.length - 1]?.comp.instance.onShow();
    return ok();
  });

  /** Starts the mini-program from nothing, as WeChat does for a person: every chunk of dist/weapp runs again. */
  function startApp(): void {
    // A fresh module registry and chunk list: app.js, the webpack runtime, Taro and the pages run anew, so no
    // module state (the signed-in person in the session store above all) survives from the last person's run.
    jest.resetModules();
    delete wx.webpackJsonp;
    app = null;
    compId = null;
    loadedIds.clear();
    // app.js requires the shared chunks (runtime, taro, vendors, common) and calls App().
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(DIST, 'app.js'));
    if (!app) throw new Error('dist/weapp/app.js did not call App()');
    const launched: AppConfig = app;
    launched.onLaunch({ path: 'pages/home/index', query: {}, scene: 1001 });
    launched.onShow({ path: 'pages/home/index', query: {}, scene: 1001 });
  }
  startApp();

  harness.as = (next) => {
    if (next === openid) return;
    // Another WeChat account: its own mini-program, started afresh with its own storage.
    while (stack.length) leaveTop();
    openid = next;
    storage = storages.get(next) ?? new Map<string, unknown>();
    storages.set(next, storage);
    startApp();
  };

  harness.launch = async (route, query = {}) => {
    await relaunch(route, query);
    return harness.current();
  };
  harness.current = () => {
    const top = stack[stack.length - 1];
    if (!top) throw new Error('no page is open');
    return top.page;
  };
  harness.closeAll = () => {
    while (stack.length) leaveTop();
  };
  return harness;
}
