// A business rule: a pure function, no I/O, tested alone (greeting.test.ts).

/** The sentence a person is greeted with, counting the notes they have left. */
export function greeting(name: string, notes: number): string {
  return notes === 0 ? `${name}，您好！` : `${name}，您好！您已经留下 ${notes} 条留言。`;
}
