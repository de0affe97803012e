/**
 * No half-built site, ever: Astro writes the build into a staging folder beside the output folder,
 * and only when every step has finished (the last integration's `astro:build:done`, so after the
 * PDFs and the host files) does the staging folder replace the output folder. A build that fails
 * at any step before that leaves the output folder as it was (the previous complete build, or
 * nothing) and removes its staging folder. It must be the last integration in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export default function atomicOutDir(): AstroIntegration {
  let finalDir = '';
  let stagingDir = '';
  let swapped = false;
  const removeStaging = () => {
    if (stagingDir && !swapped) rmSync(stagingDir, { recursive: true, force: true });
  };
  return {
    name: 'odwb:atomic-out-dir',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir);
        // A sibling, so the final rename stays on one file system and is a single step.
        stagingDir = join(dirname(finalDir), `.${basename(finalDir)}.building-${process.pid}`);
        rmSync(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
        // Whatever stops the build (an error in rendering, in the PDF step, in any integration)
        // ends the process: the half-built staging folder goes with it.
        process.once('exit', removeStaging);
      },
      'astro:build:done': () => {
        const previous = `${stagingDir}.previous`;
        if (existsSync(finalDir)) renameSync(finalDir, previous);
        renameSync(stagingDir, finalDir);
        swapped = true;
        rmSync(previous, { recursive: true, force: true });
      },
    },
  };
}
