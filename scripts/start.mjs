// npm start: the production build (reused when nothing changed), then serve dist/ (HTTPS where dev certificates can be
// installed) and sideload into Word desktop where it is installed; otherwise print the preview page's address (the
// real pane beside a sample review). PORT sets the port (default 3000).
import { ALL_PAGES, PREVIEW_PAGES, build, devCertificates, readState, runOfficeDebugging, startServer, wordDesktopPresent, writeState, PORT } from './dev-session.mjs';

if (readState()) {
  console.error('A session from npm start is already running. Run npm stop first.');
  process.exit(1);
}
const desktop = wordDesktopPresent();
const certs = desktop ? await devCertificates() : null;
// manifest.xml always names the HTTPS address Word needs; without Word the preview page is served over plain http, and
// only the pages it uses are built (`npm run build` or `npm run start:web` build the rest).
let built;
try {
  built = await build(`https://localhost:${PORT}`, desktop ? ALL_PAGES : PREVIEW_PAGES);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const server = await startServer(certs);
const state = { serverPid: server.pid, url: server.url, sideloaded: false };
writeState(state);
console.log(`Serving dist/ over ${certs ? 'HTTPS' : 'plain http (no Word here, so no certificates are needed)'} at ${server.url} (process ${server.pid}).`);
if (desktop && certs) {
  const result = runOfficeDebugging(['start', 'dist/manifest.xml', 'desktop', '--app', 'word', '--no-debug', '--dev-server-port', String(PORT)]);
  state.sideloaded = result.status === 0;
  writeState(state);
  if (!state.sideloaded) console.warn('Sideloading into Word did not succeed; the preview page still works.');
} else if (desktop) {
  console.warn('Word is installed, but without trusted HTTPS certificates it cannot load the pane; use the preview page instead.');
}
console.log(`\nPreview page: ${server.url}/preview.html\nStop with: npm stop`);
// The pages are served already; webpack's cache (for a faster start after a change) is written before this exits.
await built.saved;
