// Test-server side of the language tests (test/helpers/fresh-page.ts).
//
// Fresh pages: `/__fresh/<session>.<id>/src/index.ts` is `/src/index.ts`. A page that loads its modules under its
// own prefix shares none of them with other pages through the browser's cache (the test runner lets every file
// be cached for a year), so each of its requests reaches this server.
//
// The English gate: holds back or fails the English message modules on request, so a test can see what a widget
// shows while English is on its way, and when it cannot be fetched (offline). `executeServerCommand('english',
// { mode })` from a test: `hold` (answer only once released), `release`,
// `fail` (connection dropped) or `normal`.

// `/__fresh/<test page's session id>.<page id>/…`: the gate of the test page that opened it applies (the engines
// run their test files side by side, each holding or failing English for its own pages only). The loader's pages
// use `/__fresh/<page id>/…` (test/embedding/cdn-gate.js): no English gate for them.
const FRESH = /^\/__fresh\/(?:([\w-]+)\.)?[\w-]+(?=\/)/;
/** `/src/i18n/messages/common.en.ts` as the test server serves it, and `dist/chunks/common.en-<hash>.js`. */
const ENGLISH = /\/[\w-]+\.en(\.ts|\.js|-[\w-]+\.js)$/;

/** Per test page (session id): its mode, and the requests it holds back. */
const modes = new Map();
const held = new Map();

export const englishGateMiddleware = async (ctx, next) => {
  const fresh = FRESH.exec(ctx.path);
  if (fresh) ctx.path = ctx.path.replace(FRESH, '');
  const session = fresh?.[1];
  const mode = (session && modes.get(session)) ?? 'normal';
  if (session && ENGLISH.test(ctx.path)) {
    if (mode === 'hold') await new Promise((resume) => held.set(session, [...(held.get(session) ?? []), resume]));
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
  executeCommand({ command, payload, session }) {
    if (command !== 'english') return undefined;
    const mode = payload.mode === 'release' ? 'normal' : payload.mode;
    modes.set(session.id, mode);
    if (mode !== 'hold') {
      (held.get(session.id) ?? []).forEach((resume) => resume());
      held.delete(session.id);
    }
    return true;
  },
};
