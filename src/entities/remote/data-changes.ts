// A count of the writes this phone has made to server data, so a screen that comes back into view knows whether
// what it shows may be out of date (我的活动 still saying 已报名 after a cancel on the detail page). One shared
// mechanism: useAction counts every successful write, useRemote reloads quietly on show when the count moved.
let writes = 0;

/** Called after every successful write (useAction does it). */
export function noteServerChange(): void {
  writes += 1;
}

/** How many writes this phone has made so far: compared, never shown. */
export function serverChanges(): number {
  return writes;
}
