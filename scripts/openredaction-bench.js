// Measures OpenRedaction (npm "openredaction") on the .txt files of a folder, as
// `shirabe bench detection` measures Shirabe: every text once per round, one warm-up round,
// MB of UTF-8 text per CPU second of the process, the median of the rounds. Run by
// scripts/bench-openredaction.sh, which installs the package and passes its folder.
//   node --single-threaded openredaction-bench.js NODE_MODULES_DIR CORPUS_DIR ROUNDS
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, corpus, roundsArg] = process.argv.slice(2);
const { OpenRedaction } = require(path.resolve(modules, 'openredaction'));
const rounds = Number(roundsArg || 5);

const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
// Its default patterns, as a user starts; no learning store (it would write a file).
const detector = new OpenRedaction({ enableLearning: false });

async function round() {
  let found = 0;
  const start = process.cpuUsage();
  for (const text of texts) {
    found += (await detector.detect(text)).detections.length;
  }
  const used = process.cpuUsage(start);
  return { seconds: (used.user + used.system) / 1e6, found };
}

(async () => {
  const warm = await round();
  const seconds = [];
  for (let r = 0; r < rounds; r++) {
    seconds.push((await round()).seconds);
  }
  seconds.sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)];
  console.log(`${texts.length} texts, ${megabytes.toFixed(2)} MB, ${warm.found} findings a round`);
  console.log(`openredaction ${(megabytes / median).toFixed(3)} MB per CPU second`);
})();
