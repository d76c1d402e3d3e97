// A search over a list of people: the box with its hint, 找一找 beside it (or the keyboard's search key), and, while a
// search is shown, one button back to the whole list. The screen keeps only what is searched for (`query`).
import { useState } from 'react';
import { BigButton } from '../big-button';
import { TextField } from '../text-field';

interface SearchBoxProps {
  id: string;
  label: string;
  hint: string;
  /** What the list is searched for now ('' shows everyone). */
  query: string;
  onQuery: (query: string) => void;
  /** The way back to the whole list: "显示全部党员". */
  clearLabel: string;
}

export function SearchBox({ id, label, hint, query, onQuery, clearLabel }: SearchBoxProps) {
  const [typed, setTyped] = useState(query);
  const search = () => onQuery(typed.trim());
  return (
    <>
      <TextField
        id={id}
        label={label}
        value={typed}
        onChange={setTyped}
        confirmType='search'
        onConfirm={search}
        hint={hint}
        maxLength={20}
        action={
          <BigButton variant='primary' onClick={search}>
            找一找
          </BigButton>
        }
      />
      {query ? (
        <BigButton
          onClick={() => {
            setTyped('');
            onQuery('');
          }}
        >
          {clearLabel}
        </BigButton>
      ) : null}
    </>
  );
}
