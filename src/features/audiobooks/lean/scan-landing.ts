// The lean scan landing's script (H5 only; bundled on its own by scripts/build-lean-landing.mjs and inlined by the
// host into `/s` for a book's or a chapter's code, apps/host/scan-landing-route.ts). Between the scan and the sound
// it needs no Taro, no React and no second request: the book arrives in the page. It draws the same landing as the
// app's (listen-landing.tsx, with the kit's classes), in the saved text size; 开始收听 starts the shared <audio>
// (the one the app's audio engine uses, create-audio-engine.h5.ts) inside the tap; once sound plays, the address
// becomes the player's and the app is loaded into this page, where the player takes over the playing element.
// A tap without signal says so and gives the button back; the next tap, once the signal is back, plays.
import type { ProgressItem } from '../../../../contracts/audiobooks';
import { LEAN_DATA_ID, LEAN_ROOT_ID, type LeanLandingData } from '../../../../contracts/scan-landing';
import { TOKEN_KEY } from '../../../lib/session-key';
import { savedTextSize, textSizeClasses } from '../../../lib/text-size';
import { isPlace, PLACES_KEY, SERVER_WAIT_MS } from '../progress/place-records';
import { newerPlace } from '../progress/resume-point';
import { startAt, whereWords } from '../scan/start-place';

/** The app's audio element (create-audio-engine.h5.ts finds it by this id and goes on with what it plays). */
const AUDIO_ID = 'sp-audio';
/** The scan page's title for a book's or a chapter's code (src/features/scan/scene-words.ts). */
const TITLE = '扫码听书';
const OFFLINE_SENTENCE = '手机没有连上网络，声音放不出来。等手机有了信号，再按一次“开始收听”。';
const FAILED_SENTENCE = '声音没有打开，可能是网络不好。请再按一次“开始收听”。';
const EMPTY_SENTENCE = '这本书还没有可以听的章节。请回到首页看看别的书。';
const HINT = '手机浏览器要您先点一下按钮，才会放出声音。点“开始收听”就能听到。';
const HANDING_OVER = '声音已经开始了。正在打开播放的页面，请稍等。';

/** What Taro's H5 storage holds under `key` (localStorage, the value wrapped as `{ data }`). */
function stored(key: string): unknown {
  try {
    const item: unknown = JSON.parse(localStorage.getItem(key) ?? '');
    return typeof item === 'object' && item !== null && 'data' in item ? (item as { data: unknown }).data : undefined;
  } catch {
    return undefined;
  }
}

type Child = Node | string | null;

function el(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

const offline = () => navigator.onLine === false;

/** The account's places for a signed-in listener: one call, waited for SERVER_WAIT_MS at most, never failing. */
function accountPlaces(token: string): Promise<ProgressItem[]> {
  const asked = fetch('/api/audiobooks', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ action: 'myProgress', data: {} }),
  })
    .then((r) => r.json())
    .then((envelope: { ok?: boolean; data?: { items?: unknown } }) =>
      envelope.ok && Array.isArray(envelope.data?.items) ? (envelope.data.items as ProgressItem[]) : [],
    )
    .catch(() => []);
  const timeout = new Promise<ProgressItem[]>((resolve) => setTimeout(() => resolve([]), SERVER_WAIT_MS));
  return Promise.race([asked, timeout]);
}

function sharedAudio(): HTMLAudioElement {
  const found = document.getElementById(AUDIO_ID);
  if (found instanceof HTMLAudioElement) return found;
  const audio = document.createElement('audio');
  audio.id = AUDIO_ID;
  audio.preload = 'none';
  audio.setAttribute('aria-hidden', 'true');
  document.body.appendChild(audio);
  return audio;
}

/** Once sound plays: the address becomes the player's, the app's files load, and its first page replaces this one. */
function handOver(data: LeanLandingData, root: HTMLElement, bookId: number, chapterId: number, said: HTMLElement) {
  history.replaceState(history.state, '', `${data.playerPath}?bookId=${bookId}&chapterId=${chapterId}`);
  // From here on the app's page is the current one (tests and the app's own stack look for .taro_page).
  root.classList.remove('taro_page');
  said.replaceChildren(el('div', { class: 'scan-landing__where', role: 'status' }, HANDING_OVER));
  // The app's first page (Taro's router puts it where it will, in a .taro_page) replaces this one once drawn.
  const drawn = new MutationObserver(() => {
    if (!document.querySelector('.taro_page')) return;
    drawn.disconnect();
    root.remove();
  });
  drawn.observe(document.body, { childList: true, subtree: true });
  for (const href of data.app.styles) document.head.append(el('link', { rel: 'stylesheet', href }));
  // No signal for the app's files: the sound goes on here, and those that did not come are asked for again once it
  // is back (the ones that came are not run twice).
  const missing = new Set(data.app.scripts);
  let waiting = false;
  const load = () => {
    waiting = false;
    for (const src of data.app.scripts) {
      // Not twice: neither one that came nor one still on its way.
      if (!missing.has(src) || document.querySelector(`script[src="${src}"]`)) continue;
      const script = document.createElement('script');
      script.src = src;
      // In order, as the app's own page lists them.
      script.async = false;
      script.onload = () => missing.delete(src);
      script.onerror = () => {
        script.remove();
        if (waiting) return;
        waiting = true;
        window.addEventListener('online', load, { once: true });
      };
      document.body.append(script);
    }
  };
  load();
}

function landing(data: LeanLandingData, root: HTMLElement): void {
  const { book, chapters } = data;
  const token = stored(TOKEN_KEY);
  const signedIn = typeof token === 'string' && token.length > 0;
  const saved = stored(PLACES_KEY);
  const devicePlace = (Array.isArray(saved) ? saved.filter(isPlace) : []).find((p) => p.bookId === book.id) ?? null;

  const label = el('span', { class: 'big-button__label' }, '开始收听');
  const button = el(
    'button',
    { type: 'button', class: 'big-button big-button--primary' },
    el(
      'span',
      { class: 'big-button__content' },
      el('span', { class: 'big-button__icon', 'aria-hidden': 'true' }, '▶'),
      label,
    ),
  ) as HTMLButtonElement;
  const where = el('div', { class: 'scan-landing__where' });
  const said = el('div', { class: 'scan-landing__said' });
  const busy = (text: string | null) => {
    button.disabled = text !== null;
    button.classList.toggle('big-button--inactive', text !== null);
    label.textContent = text ?? '开始收听';
  };

  let start = startAt(data, devicePlace);
  const show = () => {
    if (start) where.textContent = whereWords(start.chapters[start.index], start.position);
  };
  show();
  if (signedIn) {
    // The newer of this phone's place and the account's (another phone), as the app's landing does.
    busy('正在找您上次听到的地方…');
    void accountPlaces(token).then((items) => {
      const place = newerPlace<ProgressItem>(
        devicePlace,
        items.find((p) => p.bookId === book.id),
      );
      start = startAt(data, place);
      show();
      busy(null);
    });
  }

  let handedOver = false;
  button.addEventListener('click', () => {
    if (!start || button.disabled) return;
    const chapter = start.chapters[start.index];
    said.replaceChildren();
    busy('正在打开声音…');
    const audio = sharedAudio();
    const failed = () => {
      if (handedOver) return;
      cleanup();
      busy(null);
      said.replaceChildren(
        el('div', { class: 'error-note', role: 'alert' }, offline() ? OFFLINE_SENTENCE : FAILED_SENTENCE),
      );
    };
    const playing = () => {
      cleanup();
      handedOver = true;
      busy('正在播放');
      handOver(data, root, book.id, chapter.id, said);
    };
    const cleanup = () => {
      audio.removeEventListener('playing', playing);
      audio.removeEventListener('error', failed);
    };
    audio.addEventListener('playing', playing);
    audio.addEventListener('error', failed);
    audio.preload = 'auto';
    const same = audio.getAttribute('src') === chapter.audioUrl;
    audio.src = chapter.audioUrl;
    // The same source again (a retry after a failure): start its load over, from the network.
    if (same) audio.load();
    if (start.position > 0) audio.currentTime = start.position;
    if ('mediaSession' in navigator && typeof MediaMetadata !== 'undefined')
      navigator.mediaSession.metadata = new MediaMetadata({
        title: chapter.title,
        artist: book.reader || book.author,
        album: book.title,
      });
    // Inside the tap, as browsers require for sound.
    audio.play().catch((error: unknown) => {
      if ((error as { name?: unknown } | null)?.name !== 'AbortError') failed();
    });
  });

  const meta = (text: string) => el('div', { class: 'scan-landing__meta' }, text);
  const content = start
    ? el(
        'div',
        { class: 'scan-landing' },
        el(
          'div',
          { class: 'scan-landing__book' },
          el(
            'div',
            {
              class: 'book-cover book-cover--large',
              style: `background-color:${book.coverColor}`,
              'aria-hidden': 'true',
            },
            el('div', { class: 'book-cover__glyph' }, book.coverGlyph),
          ),
          el(
            'div',
            { class: 'scan-landing__text' },
            el('div', { class: 'scan-landing__title' }, book.title),
            meta(`作者：${book.author}`),
            book.reader && book.reader !== book.author ? meta(`朗读：${book.reader}`) : null,
            meta(`共${chapters.length}章`),
          ),
        ),
        where,
        button,
        said,
        el('div', { class: 'scan-landing__hint' }, HINT),
      )
    : el('div', { class: 'scan-landing' }, el('div', { class: 'scan-landing__where' }, EMPTY_SENTENCE));

  // Opened from a code, as the app's top bar says then: 返回首页, which opens the app at home.
  const back = el(
    'button',
    { type: 'button', class: 'page-frame__back', 'aria-label': '返回首页' },
    el('span', { class: 'page-frame__back-arrow', 'aria-hidden': 'true' }),
    el(
      'span',
      { class: 'page-frame__back-words' },
      el('span', { class: 'page-frame__back-word' }, '返回'),
      el('span', { class: 'page-frame__back-word' }, '首页'),
    ),
  );
  back.addEventListener('click', () => location.assign(data.homePath));
  document.title = TITLE;
  const size = savedTextSize(stored) ?? 'normal';
  document.documentElement.classList.add(...textSizeClasses(size));
  root.append(
    el(
      'div',
      { class: ['page-frame', ...textSizeClasses(size)].join(' ') },
      el('div', { class: 'page-frame__top-bar', role: 'navigation', 'aria-label': '返回' }, back),
      el(
        'main',
        { class: 'page-frame__main' },
        el('div', { class: 'page-frame__title', role: 'heading', 'aria-level': '1' }, TITLE),
        el('div', { class: 'page-frame__body' }, content),
      ),
    ),
  );
}

const dataElement = document.getElementById(LEAN_DATA_ID);
const rootElement = document.getElementById(LEAN_ROOT_ID);
if (dataElement && rootElement) landing(JSON.parse(dataElement.textContent ?? '') as LeanLandingData, rootElement);
