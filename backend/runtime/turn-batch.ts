// Asks of one turn of the event loop, sent together. In a rush hundreds of calls arrive at once on PostgreSQL, and
// each would pay a round trip for the same kind of statement (its caller's profile, its rate-limit take): the asks
// made during one turn go in one statement, sent once the turn's I/O callbacks are done (setImmediate), so it starts
// after every one of them came in and each still reads or counts as of after its arrival.

/** An ask that waits for its turn's statement. */
export interface Ask<T, R> {
  item: T;
  answer(result: R): void;
  fail(err: unknown): void;
}

/** A function that asks for one item and is answered when `send` answers the turn's asks (each exactly once). */
export function batchedByTurn<T, R>(send: (asks: Ask<T, R>[]) => void): (item: T) => Promise<R> {
  let turn: Ask<T, R>[] | null = null;
  return (item) =>
    new Promise<R>((answer, fail) => {
      if (!turn) {
        const mine: Ask<T, R>[] = (turn = []);
        setImmediate(() => {
          turn = null;
          send(mine);
        });
      }
      turn.push({ item, answer, fail });
    });
}
