/**
 * Stops the build (and `npm run dev`) before anything is written when SITE_URL or BASE_PATH cannot
 * be used: both end up in every page, in `_headers` and `_redirects`, so a quote, a brace or a line
 * break in them would be written into those files as they are; and when POLICY_PUBLISH is neither
 * 1 nor 0 (SECURITY.md, "Settings"). POLICY_PDF is checked where it is used (policy-pdf.ts).
 */
import type { AstroIntegration } from 'astro';
import { deploymentProblems } from '../config/deployment.ts';
import { publishSettingProblem } from '../content-check/publish.ts';
import { stopBuild } from './stop-build.ts';

export default function deploymentSettings(): AstroIntegration {
  return {
    name: 'odwb:deployment-settings',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const publish = publishSettingProblem();
        const problems = [...deploymentProblems(), ...(publish ? [publish] : [])];
        if (problems.length === 0) return;
        stopBuild(
          logger,
          `The build's settings cannot be used, so nothing was built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
          'Fix the variables named above (README.md, "Deploying"), then build again.',
        );
      },
    },
  };
}
