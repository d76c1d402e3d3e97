// LIKE patterns with the searched text's own wildcards escaped, so "100%" or "a_b" match only themselves.
// Use them with `escape '\'`: SQLite has no default escape character (PostgreSQL's is the backslash).

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}

export function likeStartsWith(text: string): string {
  return `${escapeLike(text)}%`;
}
