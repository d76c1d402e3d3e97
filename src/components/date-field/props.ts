// What a date or time box takes, the same on both platforms.
export interface DateFieldProps {
  /** Base of the element ids: `${id}-input`, `${id}-words`, `${id}-error`. */
  id: string;
  label: string;
  /** 'date' holds "YYYY-MM-DD", 'time' holds "HH:mm"; empty while nothing is chosen. */
  mode?: 'date' | 'time';
  value: string;
  onChange: (value: string) => void;
  /** The choice in words, said under the box (the caller's calendar words: "2026年12月1日 星期二", "上午9点"). */
  words?: string;
  /** A sentence under the label. */
  hint?: string;
  /** What is wrong with this box, in a sentence, shown next to it. */
  error?: string | null;
  /** Earliest and latest choices, in the value's own form. */
  start?: string;
  end?: string;
}

/** The box alone, drawn per platform inside the field. */
export interface DateBoxProps extends DateFieldProps {
  /** The ids of the hint, words and error, for the H5 box's aria-describedby. */
  describedBy: string;
}
