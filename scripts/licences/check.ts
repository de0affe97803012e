/**
 * The licence check: every package `npm ci --omit=dev` installs, read from package-lock.json (what
 * npm installs, with each package's declared licence), grouped by licence and judged against
 * policy.ts. SPDX expressions are read as SPDX says: `A OR B` needs one allowed, `A AND B` both.
 */
import { allowedLicences, optionalExceptions } from './policy.ts';

interface LockEntry {
  license?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
}

export interface RuntimePackage {
  name: string;
  version: string;
  licence: string;
  optional: boolean;
}

const LOCK = 'package-lock.json';

/** The packages of the lock file an operator's production install brings, sorted by name. */
export function runtimePackages(lock: unknown): RuntimePackage[] {
  const packages = (lock as { packages?: Record<string, LockEntry & { version?: string }> })
    ?.packages;
  if (!packages || typeof packages !== 'object')
    throw new Error(
      `${LOCK}: no "packages" found. Run npm install to write a lock file (v2 or v3).`,
    );
  const byName = new Map<string, RuntimePackage>();
  for (const [path, entry] of Object.entries(packages)) {
    if (path === '' || entry.dev) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const found: RuntimePackage = {
      name,
      version: entry.version ?? '',
      licence: entry.license ?? 'none declared',
      optional: Boolean(entry.optional || entry.devOptional),
    };
    // A package installed at two places counts once, required if either copy is.
    const known = byName.get(`${name}@${found.version}`);
    byName.set(
      `${name}@${found.version}`,
      known ? { ...known, optional: known.optional && found.optional } : found,
    );
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const allowed = new Set<string>(allowedLicences);

/** Whether an SPDX expression is allowed: one branch of an OR whose every AND part is. */
export function licenceAllowed(expression: string): boolean {
  return expression
    .replace(/[()]/g, ' ')
    .split(/\s+OR\s+/)
    .some((branch) =>
      branch
        .split(/\s+AND\s+/)
        .map((part) => part.trim())
        .every((part) => allowed.has(part)),
    );
}

/** Every problem, in the words an operator reads, and the packages grouped by licence. */
export function judgeLicences(packages: RuntimePackage[]): {
  problems: string[];
  byLicence: Map<string, RuntimePackage[]>;
} {
  const problems: string[] = [];
  const byLicence = new Map<string, RuntimePackage[]>();
  for (const found of packages) {
    byLicence.set(found.licence, [...(byLicence.get(found.licence) ?? []), found]);
    if (licenceAllowed(found.licence)) continue;
    const exception = optionalExceptions[found.name];
    if (exception && found.optional && exception.licence === found.licence) continue;
    problems.push(
      exception && !found.optional
        ? `${found.name}@${found.version} (${found.licence}) is allowed only as an optional dependency (${exception.why}). Move it back to "optionalDependencies" in package.json.`
        : `${found.name}@${found.version} is under ${found.licence}, which scripts/licences/policy.ts does not allow for what an operator installs. Replace it, make it a devDependency if only the tests need it, or, if the project works without it, make it optional and list it in optionalExceptions with the reason.`,
    );
  }
  return { problems, byLicence };
}
