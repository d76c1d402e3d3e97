// The baseline for `throughput`: a bare node:http server that reads and parses the JSON body and answers
// a fixed envelope of the same shape and size as the host's account.me answer.
// Usage: ECHO_PORT=<port> ECHO_BODY='<json>' node bench/echo-server.mjs   (binds 127.0.0.1 only)
import http from 'node:http';

const port = Number(process.env.ECHO_PORT);
const answer = Buffer.from(process.env.ECHO_BODY ?? JSON.stringify({ ok: true, data: { echo: true } }));

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    // Parse like the host does, so the baseline is "HTTP + JSON", not just HTTP.
    let status = 200;
    if (req.method === 'POST') {
      try {
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        status = 400;
      }
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length });
    res.end(answer);
  });
});

server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
