/**
 * Runs the content check when Astro starts, before any page is rendered, so an incomplete policy
 * never reaches dist/: the build stops with every problem listed, as `npm run check` prints them.
 * The check reads every content file once (readContentFiles); everything the pages need of its
 * result (inventory, operator facts, versions, draft state, policy date, translation notices, the
 * PDF switch) reaches them through one channel, the virtual module `virtual:odwb/content`
 * (content-module.ts, site-data.ts), which the route-data middleware puts on `Astro.locals.policy`
 * for each page (src/route-data/). The policy pages' MDX and the interface strings are compiled
 * from the check's snapshot (policy-mdx.ts, checked-strings.ts), so nothing reads a content file
 * again. In `npm run dev` every edit of a file the check reads (content/, the UI strings,
 * src/config/site.json; not an editor's temporary file) runs the check again and renews that module
 * (a change of the site's settings asks for a restart: site-settings-change.ts): the middleware
 * shows its problems in the browser's error overlay, and the page reloads, so the overlay comes
 * and goes with the mistake. A change not yet recorded as a
 * version (content/versions.yaml) stops the build but only warns in dev, so editors can preview a
 * change before recording it. A policy that lacks a required operator fact is a draft: built
 * with a visible notice and `noindex`, except with POLICY_PUBLISH=1, which refuses it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, relative, sep } from 'node:path';
import { checkReads, singleFiles } from '../data/content-files.ts';
import { fileURLToPath } from 'node:url';
import { checkedFolders } from '../config/paths.ts';
import {
  checkContent,
  readContentFiles,
  contentError,
  draftError,
  formatDraft,
  formatProblems,
  formatWarnings,
  publishing,
  type ContentCheck,
} from '../content-check/index.ts';
import { contentModule, invalidateContentModule, type ContentModule } from './content-module.ts';
import { policyMdx } from './policy-mdx.ts';
import { checkedStrings } from './checked-strings.ts';
import { policyPages, siteDataOf } from './site-data.ts';
import { stopBuild } from './stop-build.ts';
import { siteSettingsChanges } from './site-settings-change.ts';

/**
 * The check as `npm run dev` runs it: besides the content's problems, a change of the site's
 * settings since the process started (site-settings-change.ts says why only a new start takes it).
 */
function checkInDev(root: string): ContentCheck {
  const check = checkContent(readContentFiles(root));
  const changes = siteSettingsChanges(check.files);
  return changes.length > 0 ? { ...check, problems: [...check.problems, ...changes] } : check;
}

/** Ends the build with the check's own words, opening with what failed (stop-build.ts says why). */
function stopWith(
  error: Error & { hint?: string | undefined },
  logger: AstroIntegrationLogger,
): never {
  stopBuild(logger, `The content check failed, so nothing was built. ${error.message}`, error.hint);
}

function warnUnrecorded(unrecorded: string[], logger: AstroIntegrationLogger) {
  if (unrecorded.length > 0)
    logger.warn(
      `Not yet recorded as a version:\n${unrecorded.map((line) => `  - ${line}`).join('\n')}`,
    );
}

export interface ContentCheckIntegrationOptions {
  /** Whether the build prints the policy PDFs (policy-pdf.ts decides), asked once pages render. */
  printsPdfs: () => boolean;
}

/** The integration, and the policy's date as the check decided it (for the PDFs). */
export type ContentCheckIntegration = AstroIntegration & {
  /** YYYY-MM-DD, or undefined before the check ran or while it finds problems. */
  policyDate: () => string | undefined;
};

export default function contentCheck({
  printsPdfs,
}: ContentCheckIntegrationOptions): ContentCheckIntegration {
  let root = '';
  let check: ContentCheck | undefined;
  // Built when Vite first loads the module, once every integration has set itself up.
  let current: ContentModule | undefined;
  const moduleOf = (check: ContentCheck): ContentModule => ({
    problems: check.problems,
    site: siteDataOf(check, printsPdfs()),
    pages: policyPages(check.files),
  });
  return {
    name: 'odwb:content-check',
    policyDate: () => (check ? (current ??= moduleOf(check)).site?.policyDate : undefined),
    hooks: {
      'astro:config:setup': ({ config, command, addMiddleware, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        check = command === 'dev' ? checkInDev(root) : checkContent(readContentFiles(root));
        const { problems, unrecorded, draft, warnings } = check;
        if (command === 'dev' && problems.length > 0) logger.error(formatProblems(problems));
        if (command === 'build' && problems.length + unrecorded.length > 0)
          stopWith(contentError([...problems, ...unrecorded]), logger);
        if (command !== 'dev' && problems.length + unrecorded.length > 0)
          throw contentError([...problems, ...unrecorded]);
        // The deploy workflow publishes: a draft stops there. Anywhere else it is built, marked.
        if (draft.length > 0 && command === 'build' && publishing())
          stopWith(draftError(draft), logger);
        // A draft is a normal build (the pages say so), not a warning: publishing is what refuses it.
        if (draft.length > 0 && command === 'build') logger.info(formatDraft(draft));
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        const checked = check;
        updateConfig({
          vite: {
            plugins: [
              contentModule(
                () => (current ??= moduleOf(checked)),
                () => root,
              ),
              policyMdx(
                () => root,
                () => check?.files,
              ),
              checkedStrings(
                () => root,
                () => check?.files,
              ),
            ],
          },
        });
        addMiddleware({
          entrypoint: new URL('../route-data/middleware.ts', import.meta.url),
          order: 'pre',
        });
        if (command === 'dev') warnUnrecorded(unrecorded, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = checkedFolders.map((folder) => join(root, folder) + sep);
        // src/config/site.json among them: `npm run schemas` rewriting it changes the site's settings.
        const watchedFiles = singleFiles.map((path) => join(root, path));
        const recheck = (file: string, folder: boolean) => {
          if (
            !watched.some((watchedFolder) => file.startsWith(watchedFolder)) &&
            !watchedFiles.includes(file)
          )
            return;
          // An editor's temporary file or a generated schema changes nothing the check reads.
          if (!checkReads(relative(root, file).split(sep).join('/'), folder)) return;
          // Read anew: the snapshot is what the files say now.
          check = checkInDev(root);
          const { problems, unrecorded, warnings } = check;
          if (problems.length > 0)
            logger.error(`${relative(root, file)} changed.\n${formatProblems(problems)}`);
          else logger.info(`${relative(root, file)} changed; the content check passes.`);
          warnUnrecorded(unrecorded, logger);
          if (warnings.length > 0) logger.warn(formatWarnings(warnings));
          current = moduleOf(check);
          invalidateContentModule(server);
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.add([...watched, ...watchedFiles]);
        // A folder counts too: an empty language folder or a folder named as a page is refused.
        for (const event of ['add', 'change', 'unlink'] as const)
          server.watcher.on(event, (file) => recheck(file, false));
        for (const event of ['addDir', 'unlinkDir'] as const)
          server.watcher.on(event, (file) => recheck(file, true));
      },
    },
  };
}
