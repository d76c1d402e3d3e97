// The floor of `scan-to-audio`, measured in the same run: the least any scan landing could do on that line. A page
// of about 1 KB gzipped (its script inline), one JSON call (the host's own qrcode.resolve for the code), a button,
// and the same MP3 from the host's /media with Range. Served by a bare node:http server in the bench's process
// that hands /api and /media to the host, so the book, its answer and its audio are the host's own.
import { createServer, request } from 'node:http';
import { gzipSync } from 'node:zlib';

const PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>floor</title></head><body>
<h1>扫码听书</h1><p id="book"></p><button id="go" hidden>开始收听</button><audio id="a" preload="none"></audio>
<script>
var scene = new URLSearchParams(location.search).get('scene');
fetch('/api/qrcode', { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ action: 'resolve', data: { scene: scene } }) })
  .then(function (r) { return r.json(); })
  .then(function (e) {
    var c = e.data.chapters[0];
    document.getElementById('book').textContent = e.data.book.title;
    var go = document.getElementById('go');
    go.hidden = false;
    go.onclick = function () { var a = document.getElementById('a'); a.src = c.audioUrl; a.play(); };
  });
</script></body></html>`;

/**
 * @param {string} hostUrl the host the floor takes its answers and audio from
 * @returns {Promise<{ url: string, pageBytesGzipped: number, close: () => Promise<void> }>}
 */
export async function startScanFloor(hostUrl) {
  const page = gzipSync(Buffer.from(PAGE, 'utf8'), { level: 9 });
  const host = new URL(hostUrl);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith('/api/') || path.startsWith('/media/')) {
      // Straight through to the host, headers (Range) and all.
      const upstream = request(
        {
          hostname: host.hostname,
          port: host.port,
          path,
          method: req.method,
          headers: { ...req.headers, host: host.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-encoding': 'gzip',
      'content-length': page.length,
      'cache-control': 'no-store',
    });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    pageBytesGzipped: page.length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
