/**
 * Runs the content check when Astro starts, before any page is rendered, so an incomplete policy
 * never reaches dist/: the build stops with every problem listed, as `npm run check` prints them.
 * In `npm run dev` the check runs again on every page request (it takes milliseconds), from a
 * middleware: problems show in the browser's error overlay, and each edit to content/ or the UI
 * strings reloads the page, so the overlay comes and goes with the mistake. A change not yet
 * recorded as a version (content/versions.yaml) stops the build but only warns in dev, so editors
 * can preview a change before recording it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedFolders } from '../config/paths.ts';
import {
  checkContent,
  contentError,
  formatNotices,
  formatProblems,
  formatWarnings,
} from '../content-check/index.ts';

function warnUnrecorded(unrecorded: string[], logger: AstroIntegrationLogger) {
  if (unrecorded.length > 0)
    logger.warn(
      `Not yet recorded as a version:\n${unrecorded.map((line) => `  - ${line}`).join('\n')}`,
    );
}

export default function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'odwb:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, addMiddleware, logger }) => {
        root = fileURLToPath(config.root);
        // The middleware and the pages (translation notices) run in Vite's module graph, not
        // here: they find the project by this.
        process.env.CONTENT_CHECK_ROOT = root;
        const { problems, unrecorded, notices, warnings } = checkContent(root);
        // Facts the pages show as not yet published: worth saying, not a warning about the build.
        if (notices.length > 0) logger.info(formatNotices(notices));
        if (command !== 'dev' && problems.length + unrecorded.length > 0)
          throw contentError([...problems, ...unrecorded]);
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
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
          const { problems, unrecorded, warnings } = checkContent(root);
          if (problems.length > 0)
            logger.error(`${relative(root, file)} changed.\n${formatProblems(problems)}`);
          else logger.info(`${relative(root, file)} changed; the content check passes.`);
          warnUnrecorded(unrecorded, logger);
          if (warnings.length > 0) logger.warn(formatWarnings(warnings));
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.add(watched);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
