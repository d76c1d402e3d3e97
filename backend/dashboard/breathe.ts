// A short pause in a long count (the nightly rollup's batches), so the host answers people meanwhile: SQLite answers
// synchronously, and a request needs several turns of the event loop (accept, read, parse, answer) to get through,
// which one setImmediate between two queries does not give it.
export const BREATH_MS = 50;

export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, BREATH_MS));
