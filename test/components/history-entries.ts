/**
 * The history entries the page has gained, counted from `history.pushState` calls (the only way the widgets add
 * one), for the deep-link tests. `history.length` cannot count them here: Chromium and Firefox keep at most 50
 * entries, and the test runner runs every test file in one page, so the entries of the files before can fill it,
 * after which a push leaves the length at 50. Importing this module starts the count.
 */
let pushes = 0;
const pushState = history.pushState;
history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
  pushes++;
  return pushState.apply(this, args);
};

export const historyEntries = (): number => pushes;
