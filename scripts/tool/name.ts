/**
 * The name this project's commands give themselves, wherever another party reads it: the audit's
 * reports and records ("odwb-cookie-policy audit 1.0.0"), the user agent of `npm run verify` and of
 * the Open Cookie Database refresh. It is package.json's name and version, declared there once; a
 * re-user who renames the package renames the tool everywhere.
 */
import pkg from '../../package.json' with { type: 'json' };

export const tool = { name: pkg.name, version: pkg.version } as const;

/** How one command of the tool introduces itself: "odwb-cookie-policy verify 1.0.0". */
export const toolCommand = (command: string) => `${tool.name} ${command} ${tool.version}`;
