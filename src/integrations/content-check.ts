/**
 * Runs the content check when Astro starts, before any page is rendered, so an incomplete policy
 * never reaches dist/: the build stops with every problem listed, as `npm run check` prints them.
 * What the pages need from the check (which translations are stale) reaches them through the
 * virtual module `virtual:odwb/content` (content-module.ts), so nothing reads content files while
 * rendering. In `npm run dev` every edit to content/ or the UI strings runs the check again and
 * renews that module: a middleware shows its problems in the browser's error overlay, and the
 * page reloads, so the overlay comes and goes with the mistake. A change not yet recorded as a
 * version (content/versions.yaml) stops the build but only warns in dev, so editors can preview a
 * change before recording it. A policy that lacks a required operator fact is a draft: built
 * with a visible notice and `noindex`, except with POLICY_PUBLISH=1, which refuses it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, relative, sep } from 'node:path';
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
import { staleTranslations } from '../translations/stale.ts';
import { consentObservation } from '../data/observations.ts';
import { draftState } from '../data/operator-facts.ts';
import type { PolicyState } from '../data/policy-state.ts';
import { unevaluatedCriteria } from '../accessibility/evidence.ts';
import { contentModule, invalidateContentModule, type ContentModule } from './content-module.ts';
import { mdxGuard } from './mdx-guard.ts';

/**
 * Ends the build with the check's own words, opening with what failed. Thrown, the error would be
 * framed by Astro as "An unhandled error occurred while running the astro:config:setup hook",
 * which reads as a crash of the tool; nothing has been written yet (this integration runs first),
 * so ending the process leaves dist/ as it was.
 */
function stopBuild(
  error: Error & { hint?: string | undefined },
  logger: AstroIntegrationLogger,
): never {
  logger.error(
    `The content check failed, so nothing was built. ${error.message}\n${error.hint ?? ''}`,
  );
  process.exit(1);
}
import { noPublications } from '../versions/publications.ts';

function warnUnrecorded(unrecorded: string[], logger: AstroIntegrationLogger) {
  if (unrecorded.length > 0)
    logger.warn(
      `Not yet recorded as a version:\n${unrecorded.map((line) => `  - ${line}`).join('\n')}`,
    );
}

/** The whole draft state, as the check decided it, for the pages and the exports. */
function policyStateOf(check: ContentCheck): PolicyState | null {
  if (!check.operator) return null;
  const { publishing } = check;
  const consent = consentObservation(check.observations.observations);
  return {
    ...draftState(
      check.operator,
      check.inventory.cookies,
      consent ?? undefined,
      unevaluatedCriteria(check.statement.manual),
    ),
    isDraft: check.draft.length > 0,
    evidence: publishing.evidence,
    unjustifiedExemptions: publishing.unjustifiedExemptions,
    unpublished: publishing.unpublished.length > 0,
    versionDate: publishing.versionDate,
    publishedOn: publishing.publishedOn,
  };
}

const moduleOf = (check: ContentCheck): ContentModule => ({
  problems: check.problems,
  staleTranslations: staleTranslations(check.translations),
  consentObserved: consentObservation(check.observations.observations),
  policyState: policyStateOf(check),
  publications: check.publishing.publications,
  statementEvidence: check.statement,
});

export default function contentCheck(): AstroIntegration {
  let root = '';
  let current: ContentModule = {
    problems: [],
    staleTranslations: {},
    consentObserved: null,
    statementEvidence: { evidence: undefined, manual: [] },
    policyState: null,
    publications: noPublications,
  };
  return {
    name: 'odwb:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, addMiddleware, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        const check = checkContent(readContentFiles(root));
        const { problems, unrecorded, draft, warnings } = check;
        if (command === 'build' && problems.length + unrecorded.length > 0)
          stopBuild(contentError([...problems, ...unrecorded]), logger);
        if (command !== 'dev' && problems.length + unrecorded.length > 0)
          throw contentError([...problems, ...unrecorded]);
        // The deploy workflow publishes: a draft stops there. Anywhere else it is built, marked.
        if (draft.length > 0 && command === 'build' && publishing())
          stopBuild(draftError(draft), logger);
        // A draft is a normal build (the pages say so), not a warning: publishing is what refuses it.
        if (draft.length > 0 && command === 'build') logger.info(formatDraft(draft));
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        current = moduleOf(check);
        updateConfig({ vite: { plugins: [contentModule(() => current), mdxGuard(() => root)] } });
        if (command === 'dev') {
          warnUnrecorded(unrecorded, logger);
          addMiddleware({
            entrypoint: new URL('./content-check-middleware.ts', import.meta.url),
            order: 'pre',
          });
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = checkedFolders.map((folder) => join(root, folder) + sep);
        const recheck = (file: string) => {
          if (!watched.some((folder) => file.startsWith(folder))) return;
          // Read anew: the snapshot is what the files say now.
          const check = checkContent(readContentFiles(root));
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
        server.watcher.add(watched);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
