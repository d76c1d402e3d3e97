// The words of a new chapter (its title and an optional transcript), the same in the browser form and the
// mini-program's adder.
import { TextField } from '../../../components/text-field';
import type { ChapterDraft } from '../chapter-draft';

interface ChapterFieldsProps {
  nextSeq: number;
  draft: ChapterDraft;
  onChange: (draft: ChapterDraft) => void;
}

export function ChapterFields({ nextSeq, draft, onChange }: ChapterFieldsProps) {
  return (
    <>
      <TextField
        id='chapter-title'
        label={`第 ${nextSeq} 章的章节名`}
        placeholder='这一章的名字'
        value={draft.title}
        maxLength={60}
        onChange={(title) => onChange({ ...draft, title })}
      />
      <TextField
        id='chapter-transcript'
        label='文字稿（可以不填）'
        placeholder='这一章念的文字，听不清时可以看'
        value={draft.transcript}
        maxLength={20000}
        onChange={(transcript) => onChange({ ...draft, transcript })}
        multiline
      />
    </>
  );
}
