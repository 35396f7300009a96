// Test-server side of the language tests (test/helpers/fresh-page.ts).
//
// Fresh pages: `/__fresh/<id>/src/index.ts` is `/src/index.ts`. A page that loads its modules under its own
// prefix shares none of them with other pages through the browser's cache (the test runner lets every file be
// cached for a year), so each of its requests reaches this server.
//
// The English gate: holds back or fails the English message modules on request, so a test can see what a widget
// shows while English is on its way, and when it cannot be fetched (offline). `executeServerCommand('english',
// { mode })` from a test: `hold` (answer only once released), `release`,
// `fail` (connection dropped) or `normal`.

const FRESH = /^\/__fresh\/[\w-]+(?=\/)/;
/** `/src/i18n/messages/common.en.ts` as the test server serves it, and `dist/chunks/common.en-<hash>.js`. */
const ENGLISH = /\/[\w-]+\.en(\.ts|\.js|-[\w-]+\.js)$/;

let mode = 'normal';
let held = [];

export const englishGateMiddleware = async (ctx, next) => {
  if (FRESH.test(ctx.path)) ctx.path = ctx.path.replace(FRESH, '');
  if (ENGLISH.test(ctx.path)) {
    if (mode === 'hold') await new Promise((resume) => held.push(resume));
    if (mode === 'fail') {
      // A dropped connection, as offline: nothing the browser could cache (an error status would be, for a year).
      // The status only keeps the test runner from listing the request as a missing file.
      ctx.status = 503;
      ctx.respond = false;
      ctx.req.socket.destroy();
      return undefined;
    }
  }
  return next();
};

export const englishGateCommand = {
  name: 'dvc-english-gate',
  executeCommand({ command, payload }) {
    if (command !== 'english') return undefined;
    mode = payload.mode === 'release' ? 'normal' : payload.mode;
    if (mode !== 'hold') {
      held.forEach((resume) => resume());
      held = [];
    }
    return true;
  },
};
