// A form's mistakes, all at once: a form checks every field before sending and shows each mistake next to its field
// (TextField's and DateField's `error`), with one sentence above the button that says how many there are, instead
// of one mistake per press of 提交.

/** Each field's mistake in a sentence; a field with none is absent. */
export type Problems<Field extends string> = Partial<Record<Field, string>>;

export function hasProblems<Field extends string>(problems: Problems<Field>): boolean {
  return Object.values(problems).some(Boolean);
}

/** "有2处要改一下，已经在各自的格子下面说明了。", or null when there are none. */
export function problemsSentence<Field extends string>(problems: Problems<Field>): string | null {
  const count = Object.values(problems).filter(Boolean).length;
  if (count === 0) return null;
  return count === 1
    ? '有1处要改一下，已经在那个格子下面说明了。'
    : `有${count}处要改一下，已经在各自的格子下面说明了。`;
}
