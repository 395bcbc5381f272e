'use strict';
/*
 * make.js — writes the four whole-county workbooks of test/corpus/counties/.
 *
 *   node test/corpus/counties/_make/make.js
 *
 * Plain Node, no dependencies, nothing imported from the project. Deterministic (seeded PRNG).
 * One file per county (c01-… c04-…): its parameters are the constant at the top; the long lists
 * (villages, stations, trainees, poor persons) are generated from them. The derivation lines are
 * written by hand from the parameters; check() in common.js only confirms that the generated
 * ledgers really hold the counts a derivation states (it counts records; it scores nothing).
 */
const path = require('path');
const { writeCase } = require('./lib');

const OUT = path.join(__dirname, '..');
const counties = [require('./c01-renhua'), require('./c02-xinfeng'), require('./c03-yangshan'), require('./c04-shixing')];
for (const make of counties) {
  const c = make();
  writeCase(path.join(OUT, c.file), c);
  console.log('wrote', c.file, '— total', c.expect.total, 'bonus', c.expect.bonus, c.expect.vetoed ? '(vetoed)' : '');
}
