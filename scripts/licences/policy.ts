/**
 * Which licences the packages an operator installs (`npm ci --omit=dev`) may carry, so that the
 * project stays reusable by any public body under its own licence, the EUPL-1.2 (LICENSE,
 * README.md "Licence"): permissive licences, and the weak copyleft ones the EUPL names as
 * compatible (MPL-2.0, LGPL). A package under any other licence fails `npm run licences`, unless
 * it is optional (the project works without it) and listed below with the reason.
 */
export const allowedLicences = [
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'LGPL-3.0-or-later',
  'MIT',
  'MPL-2.0',
  'Python-2.0',
] as const;

/** Optional packages allowed under another licence, each with why the project can do without. */
export const optionalExceptions: Record<string, { licence: string; why: string }> = {
  '@ghostery/trackerdb': {
    licence: 'CC-BY-NC-SA-4.0',
    why: 'no commercial reuse: the audit credits it when installed and otherwise attributes hosts from the Open Cookie Database (Apache-2.0); `npm uninstall @ghostery/trackerdb` removes it',
  },
};
