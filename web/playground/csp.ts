// The playground's Content Security Policy: scripts and WebAssembly only from the page's own
// origin, and no connection anywhere else, so even a bug could not send the post away (and any
// attempt is reported to the page's privacy indicator as a violation).
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
