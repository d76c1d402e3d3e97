import { LEAN_DATA_ID, type LeanLandingData } from '../../contracts/scan-landing';
import { appFilesOf, leanPage } from './scan-landing-route';

const assets = { script: 'void 0', css: 'body{margin:0}', policy: '', app: { scripts: [], styles: [] } };

function data(title: string): LeanLandingData {
  return {
    book: {
      id: 1,
      collectionId: 1,
      title,
      author: '作者',
      reader: '',
      description: '',
      coverColor: '#A3140F',
      coverGlyph: '红',
      chapterCount: 1,
      totalDuration: 60,
    },
    chapters: [{ id: 1, bookId: 1, seq: 1, title: '一', duration: 60, audioUrl: '/media/books/1.mp3' }],
    playerPath: '/subpackages/player/index',
    homePath: '/pages/home/index',
    app: { scripts: ['/js/app.1.js'], styles: [] },
  };
}

describe('the lean landing page', () => {
  it('a title that tries to close the data element stays data: one data element, one script, the title intact', () => {
    const hostile = '</script><script>alert(1)</script><!--\u2028';
    const html = leanPage(assets, data(hostile));
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const json = new RegExp(`<script type="application/json" id="${LEAN_DATA_ID}">(.*?)</script>`).exec(html)?.[1];
    expect((JSON.parse(json ?? '') as LeanLandingData).book.title).toBe(hostile);
  });

  it('reads the app’s files from its index.html, in order, whatever the attribute order', () => {
    const index =
      '<head><script></script><script defer="defer" src="/js/506.2f.js"></script><script src=/js/app.22.js defer>' +
      '</script><link href="/css/app.b0.css" rel="stylesheet"><link rel="icon" href="/favicon.ico"></head>';
    expect(appFilesOf(index)).toEqual({ scripts: ['/js/506.2f.js', '/js/app.22.js'], styles: ['/css/app.b0.css'] });
  });
});
