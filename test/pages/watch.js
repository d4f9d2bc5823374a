// Records what a hostile page does to us: CSP violations and uncaught errors.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
// And what the widgets tell the developer.
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};
