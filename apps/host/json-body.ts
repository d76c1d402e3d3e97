// Bodies of POST /api/<fn>: JSON only, declared as application/json. Anything else is refused before it is read,
// because text/plain and form bodies are "simple" requests a hostile page can send cross-site without a CORS
// preflight; requiring application/json makes the browser ask first, and we never say yes.
import type { FastifyError } from 'fastify';

/** `application/json`, optionally with `charset=utf-8` (JSON is UTF-8 by definition); case and spaces do not matter. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  // What every client of ours sends, checked before any splitting: this runs on every call.
  if (header === 'application/json') return true;
  const [type, ...params] = header.split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  return params.every((param) => {
    if (param.trim() === '') return true;
    const [name, value = ''] = param.split('=');
    return (
      name.trim().toLowerCase() === 'charset' &&
      value
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase() === 'utf-8'
    );
  });
}

/** fastify content-type parser: an empty body is an empty event (the router answers that it has no action). */
export function parseJsonBody(
  _req: unknown,
  body: string | Buffer,
  done: (err: Error | null, value?: unknown) => void,
): void {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (text.trim() === '') return done(null, undefined);
  try {
    done(null, JSON.parse(text));
  } catch {
    const err = new Error('invalid JSON') as FastifyError;
    err.statusCode = 400;
    err.code = 'BAD_JSON';
    done(err, undefined);
  }
}
