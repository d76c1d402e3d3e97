// The org function's inputs (zod, validated at the boundary) and outputs, shared by the front end and the function.

/** Every org action: its input and output. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface OrgApi {}
