// What 朗读 reads, the same words in the browser's voice and in the server's audio. No zod here: the front end
// imports it directly.

/** The title (after "通知" or "重要通知"), then the body paragraph by paragraph. */
export function speechText(n: { title: string; body: string; importance: 'normal' | 'important' }): string {
  const paragraphs = n.body
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return [`${n.importance === 'important' ? '重要通知。' : '通知。'}${n.title}。`, ...paragraphs].join('\n');
}
