// Loaded first by every embedding page (a same-origin file, allowed under the strict CSP): records what a
// webmaster would see in the console, so the tests can assert that nothing went wrong.
window.__dvc = { violations: [], errors: [], rejections: [], warnings: [], globalsBefore: Object.keys(window) };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__dvc.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
window.addEventListener('error', (e) => window.__dvc.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__dvc.rejections.push(String(e.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__dvc.warnings.push(args.join(' '));
  warn(...args);
};
