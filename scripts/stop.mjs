// npm stop: stops what npm start (or start:web) started: the server process it recorded, and the sideloading.
import { clearState, readState, runOfficeDebugging } from './dev-session.mjs';

const state = readState();
if (!state) {
  console.log('Nothing to stop: npm start is not running.');
  process.exit(0);
}
if (state.sideloaded) runOfficeDebugging(['stop', 'dist/manifest.xml']);
try {
  process.kill(state.serverPid);
  console.log(`Stopped the server (process ${state.serverPid}).`);
} catch (error) {
  if (error.code !== 'ESRCH') throw error;
  console.log(`The server (process ${state.serverPid}) had already stopped.`);
}
clearState();
