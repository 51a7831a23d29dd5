// Preloaded with `node -r` into the CLI under measurement: on exit, writes the process's peak resident set size
// (bytes; worker threads included, as they share the process) to the file named by BENCH_RSS_FILE.
const fs = require('node:fs');

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
