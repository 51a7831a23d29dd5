// Preloaded with `node -r` into the CLI under measurement: on exit, writes the process's peak resident set size (bytes)
// and the CPU time it used (user + system, ms), worker threads included as they share the process, to the file named
// by BENCH_RSS_FILE, as JSON: {"rss": …, "cpuMs": …}.
const fs = require('node:fs');

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ rss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
