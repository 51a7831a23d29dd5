// npm run start:web -- --document <url>: build, serve, and sideload into Word on the web for that document.
// Word on the web needs the pane over HTTPS that the browser trusts (office-addin-dev-certs, Windows or macOS).
import { build, devCertificates, readState, runOfficeDebugging, startServer, writeState, PORT } from './dev-session.mjs';

const i = process.argv.indexOf('--document');
const documentUrl = i > 0 ? process.argv[i + 1] : undefined;
if (!documentUrl || !/^https:\/\//.test(documentUrl)) {
  console.error('Usage: npm run start:web -- --document <https URL of a Word document in OneDrive or SharePoint>');
  process.exit(2);
}
if (readState()) {
  console.error('A session is already running. Run npm stop first.');
  process.exit(1);
}
const certs = await devCertificates();
if (!certs) console.warn('No trusted HTTPS certificate here: Word on the web will refuse to load the pane from http.');
const built = await build(`https://localhost:${PORT}`);
const server = await startServer(certs);
const state = { serverPid: server.pid, url: server.url, sideloaded: false, web: true };
writeState(state);
const result = runOfficeDebugging(['start', 'dist/manifest.xml', 'web', '--document', documentUrl, '--no-debug', '--dev-server-port', String(PORT)]);
state.sideloaded = result.status === 0;
writeState(state);
console.log(`Serving dist/ at ${server.url}. Stop with: npm stop`);
await built.saved;
