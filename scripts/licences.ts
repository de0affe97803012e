// `npm run licences` (part of `npm test`): lists the licence of every package an operator's
// production install (`npm ci --omit=dev`) brings, from package-lock.json, and fails, naming each
// package, when one is not allowed by scripts/licences/policy.ts. `--list` names every package.
import { readFileSync } from 'node:fs';
import { judgeLicences, runtimePackages } from './licences/check.ts';
import { optionalExceptions } from './licences/policy.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run licences [-- --list]
Lists the licence of every package a production install (npm ci --omit=dev) brings, and exits 1
naming each package scripts/licences/policy.ts does not allow.
Options:
  --list   name every package of each licence
  --help   this help`);
  process.exit(0);
}
const list = process.argv.includes('--list');
let packages;
try {
  packages = runtimePackages(JSON.parse(readFileSync('package-lock.json', 'utf8')));
} catch (error) {
  console.error(
    error instanceof SyntaxError
      ? `package-lock.json cannot be read as JSON (${error.message}). Run npm install to write it again.`
      : (error as Error).message,
  );
  process.exit(1);
}
const { problems, byLicence } = judgeLicences(packages);
console.log(
  `Licences of the ${packages.length} packages of a production install (npm ci --omit=dev):`,
);
for (const [licence, found] of [...byLicence].sort((a, b) => b[1].length - a[1].length)) {
  const optional = found.filter((one) => one.optional).length;
  const names = [...new Set(found.map((one) => one.name))];
  const shown = list || names.length <= 6 ? names.join(', ') : `${names.slice(0, 6).join(', ')}…`;
  console.log(
    `  ${licence}: ${found.length}${optional ? ` (${optional} optional)` : ''}: ${shown}`,
  );
}
for (const [name, { licence, why }] of Object.entries(optionalExceptions))
  if (packages.some((one) => one.name === name))
    console.log(`Optional, under ${licence}: ${name}: ${why}.`);
if (problems.length > 0) {
  console.error(
    `Licences not allowed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Every licence is allowed (scripts/licences/policy.ts).');
