// Loaded with `node --require` by the reliability suite: writes the process's peak resident memory (kB) to stderr as its
// last line, so a test can bound the CLI's memory on hostile input.
process.on('exit', () => {
  process.stderr.write('\nPEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\n');
});
