// Search figure: time from a query to ranked results over all descriptors of both documents, in Node.
// Uses the compiled core (build/cli), the same code the task pane bundles.
const path = require('path');
const { performance } = require('perf_hooks');
const core = path.join(__dirname, '..', 'build', 'cli', 'src', 'core');
const { loadFramework } = require(path.join(core, 'framework', 'load.js'));
const { searchDescriptors } = require(path.join(core, 'query', 'search.js'));
const { queries } = require('./queries.json');

function load() {
  const dir = path.join(__dirname, '..', 'framework-data');
  const read = (f) => require(path.join(dir, f));
  return loadFramework({
    edition: read('edition.json'),
    teachersStandards: read('teachers-standards.json'),
    careerExpectations: read('career-expectations.json'),
    careerStages: read('career-stages.json'),
  });
}

/** Returns per-query times in ms (the median of `rounds` runs of each query), after building the index once. */
function measureSearch(rounds = 7) {
  const framework = load();
  const t0 = performance.now();
  searchDescriptors(framework, 'warm up the index');
  const indexMs = performance.now() - t0;
  const perQuery = [];
  let hits = 0;
  for (const q of queries) {
    const times = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      const result = searchDescriptors(framework, q);
      times.push(performance.now() - start);
      if (r === 0) hits += result.length > 0 ? 1 : 0;
    }
    times.sort((a, b) => a - b);
    perQuery.push(times[Math.floor(times.length / 2)]);
  }
  return { indexMs, perQuery, queriesWithHits: hits, descriptors: framework.descriptors.length };
}

module.exports = { measureSearch };
