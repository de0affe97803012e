/**
 * Publishing as a recorded act, observed before signed. A copy of the project with every operator
 * fact filled and no audit of the portal recorded: `POLICY_PUBLISH=1 npm run build` refuses,
 * naming the missing observation, and so does `npm run policy:publish`. Once the real audit has
 * recorded what a local portal sets in the three states of consent (sessionid, which only a
 * sign-in sets, carrying its reason and the check made by hand), `npm run policy:publish` records
 * the day, the version and the commit, and the published build's history, in every language,
 * shows that one publication with its date, what it replaces, and nothing pending; the page says
 * when the inventory was checked and, now that the audit saw it, that the portal waits for
 * consent. The exports say the same.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { formatDate } from '../../src/i18n/dates.ts';
import { elements, hasClass, parseHtml, textOf } from '../../src/lib/html.ts';
import { todayInBrussels } from '../../src/versions/today.ts';
import { buildSite } from '../support/build-site.ts';
import { copyProject } from '../support/copy-project.ts';
import { describeWithBrowser } from '../support/describe-with-browser.ts';
import { edit } from '../support/edit-file.ts';
import { scriptFile } from '../support/npm-script.ts';
import { recordCompleteEvaluation } from '../support/manual-evaluation.ts';
import { runAudit } from './audit/support/run-cli.ts';
import type { FixtureServer } from './audit/fixtures/server.ts';
import { CONSENT_SELECTORS, startOdwbLikePortal } from './support/odwb-like-portal.ts';

const run = promisify(execFile);
const completeText = readFileSync(
  new URL('../fixtures/operator/complete.yaml', import.meta.url),
  'utf8',
);

/** sessionid is set only after signing in: its reason, in every language, and the check by hand. */
const SESSION_UNOBSERVABLE = `  notObservedBecause:
    fr: il n’est déposé qu’après votre connexion, ce qu’un audit automatique ne fait pas\u202f; il a été vérifié à la main.
    en: it is set only after you sign in, which an automatic audit does not do; it was checked by hand.
    nl: hij wordt pas geplaatst nadat u zich hebt aangemeld, wat een automatische audit niet doet; hij is met de hand gecontroleerd.
    de: Es wird erst nach der Anmeldung gesetzt, was eine automatische Prüfung nicht tut; es wurde von Hand überprüft.
  manualEvidence:
    url: https://portal.example.org/login
    note: Signed in by hand; the browser received sessionid with Max-Age 1209600 (2 weeks).
`;

/** What each built page says once published, in its language. */
const PUBLISHED: Record<Locale, { replaces: string; checked: string; consent: string }> = {
  fr: {
    replaces:
      'Première publication de cette politique. Elle remplace la politique en matière de cookies que le portail publiait jusqu’alors\u00a0: www.odwb.be/terms/cookies-policy/.',
    checked: 'Inventaire vérifié sur le portail le',
    consent:
      'Le portail vous demande votre consentement avant de déposer les cookies de préférences, et ne les dépose pas si vous le refusez.',
  },
  en: {
    replaces:
      'First publication of this policy. It replaces the cookie policy the portal published until then: www.odwb.be/terms/cookies-policy/.',
    checked: 'Inventory checked on the portal on',
    consent:
      'The portal asks for your consent before it sets preference cookies, and does not set them if you refuse.',
  },
  nl: {
    replaces:
      'Eerste publicatie van dit beleid. Het vervangt het cookiebeleid dat het portaal tot dan toe publiceerde: www.odwb.be/terms/cookies-policy/.',
    checked: 'Inventaris op het portaal gecontroleerd op',
    consent:
      'Het portaal vraagt uw toestemming voordat het voorkeurscookies plaatst, en plaatst ze niet als u weigert.',
  },
  de: {
    replaces:
      'Erste Veröffentlichung dieser Cookie-Richtlinie. Sie ersetzt die Cookie-Richtlinie, die das Portal bis dahin veröffentlichte: www.odwb.be/terms/cookies-policy/.',
    checked: 'Verzeichnis am',
    consent:
      'Das Portal holt Ihre Einwilligung ein, bevor es Präferenz-Cookies setzt, und setzt sie nicht, wenn Sie ablehnen.',
  },
};

let portal: FixtureServer;
const project = copyProject();
beforeAll(async () => {
  portal = await startOdwbLikePortal();
});
afterAll(async () => {
  await portal?.close();
  project.remove();
});

const command = (script: string, ...args: string[]) =>
  run(process.execPath, [scriptFile(script), ...args], { cwd: project.dir }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
const git = (...args: string[]) =>
  run('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
    cwd: project.dir,
  });

describeWithBrowser(
  'publishing the policy',
  () => {
    it('is refused without a recorded audit, then recorded and published once the portal was observed', async () => {
      expect(Object.keys(PUBLISHED).sort()).toEqual([...localeCodes].sort());
      const { dir } = project;
      const origin = portal.origin;
      // Every operator fact filled, for a portal that is this local one.
      writeFileSync(
        join(dir, 'content/operator.yaml'),
        completeText.replace('url: https://portal.example.org\n', `url: ${origin}/\n`),
      );
      // And a person's evaluation of what the accessibility tools cannot judge.
      recordCompleteEvaluation(dir);
      edit(dir, 'content/cookies.yaml', (text) =>
        text.replace(
          /(- name: sessionid\n(?:.+\n)*?)( {2}source:\n)/,
          `$1${SESSION_UNOBSERVABLE}$2`,
        ),
      );
      expect(await command('policy:version', dir)).toMatchObject({ code: 0 });

      // No audit recorded: the published build and the publish command refuse, naming it.
      const noAudit = `content/observations.yaml: no audit of the portal is recorded, so no cookie, lifetime or behaviour the policy states has been observed on ${origin}/. Record one with \`npm run audit -- ${origin}/ --record\`, which visits the portal without an answer, after refusing and after accepting.`;
      const outDir = join(dir, 'dist');
      const refused = await buildSite({
        root: dir,
        outDir,
        env: { POLICY_PUBLISH: '1', POLICY_PDF: 'off' },
      });
      expect(refused.code).not.toBe(0);
      expect(refused.output).toContain(`  - ${noAudit}\n`);
      expect(existsSync(outDir)).toBe(false);
      const notYet = await command('policy:publish', dir);
      expect(notYet.code).toBe(1);
      expect(notYet.stderr).toBe(
        `The version of ${todayInBrussels()} cannot be published: one reason keeps it a draft.\n  - ${noAudit}\n`,
      );

      // The real audit, in the three states of consent, recorded beside the inventory.
      writeFileSync(join(dir, 'consent.yaml'), CONSENT_SELECTORS);
      const audit = await runAudit([
        `${origin}/`,
        '--data',
        join(dir, 'content'),
        '--consent',
        join(dir, 'consent.yaml'),
        '--record',
      ]);
      expect(audit.stderr).toBe('');
      const observed = yaml.load(readFileSync(join(dir, 'content/observations.yaml'), 'utf8')) as {
        audit: { states: string[] };
        cookies: { name: string; states: string[] }[];
      };
      expect(observed.audit.states).toEqual(['no-answer', 'refuse-all', 'accept-all']);
      expect(
        Object.fromEntries(observed.cookies.map((entry) => [entry.name, entry.states])),
      ).toEqual({
        csrftoken: ['no-answer', 'refuse-all', 'accept-all'],
        django_language: ['accept-all'],
        cookies_preferences: ['refuse-all', 'accept-all'],
      });

      // Publishing names the commit that holds the content.
      await git('init', '-q');
      await git('add', '-A');
      await git('commit', '-q', '-m', 'Policy observed on the portal');
      const { stdout: head } = await git('rev-parse', 'HEAD');
      const published = await command('policy:publish', dir);
      expect(published).toMatchObject({ code: 0 });
      const today = todayInBrussels();
      const record = yaml.load(readFileSync(join(dir, 'content/publications.yaml'), 'utf8'), {
        schema: yaml.CORE_SCHEMA,
      }) as {
        published: unknown[];
      };
      expect(record.published).toEqual([{ date: today, version: today, commit: head.trim() }]);

      const built = await buildSite({
        root: dir,
        outDir,
        env: { POLICY_PUBLISH: '1', POLICY_PDF: 'off' },
      });
      expect(built.code, built.output).toBe(0);
      for (const locale of localeCodes) {
        const document = parseHtml(readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
        expect(elements(document, 'p', { class: hasClass('draft-notice') })).toEqual([]);
        const [history] = elements(document, 'section', { class: hasClass('policy-history') });
        expect(elements(history!, '*', { class: hasClass('history-pending') })).toEqual([]);
        const [list] = elements(history!, 'ol', { class: hasClass('history-published') });
        const entries = elements(list!, 'li').filter((item) => elements(item, 'h3').length > 0);
        expect(entries).toHaveLength(1);
        const heading = textOf(elements(entries[0]!, 'h3')[0]!);
        expect(heading).toContain(formatDate(today, locale));
        expect(
          elements(entries[0]!, 'p', { class: hasClass('history-replaces') }).map(textOf),
        ).toEqual([PUBLISHED[locale].replaces]);
        const [checked] = elements(document, 'p', { class: hasClass('inventory-checked') });
        expect(textOf(checked!)).toContain(PUBLISHED[locale].checked);
        expect(textOf(checked!)).toContain(formatDate(today, locale));
        expect(textOf(document)).toContain(PUBLISHED[locale].consent);
      }
      const json = JSON.parse(readFileSync(join(outDir, 'cookies.json'), 'utf8'));
      expect(json).toMatchObject({
        draft: false,
        updated: today,
        published: today,
        checkedOn: today,
      });
      const csv = readFileSync(join(outDir, 'fr/cookies.csv'), 'utf8');
      expect(csv.split('\r\n')[0]).toBe(
        '\uFEFF"Cookie";"Fournisseur";"Fonction du portail";"Finalité";"Durée de conservation";"Type";"Catégorie";"Condition";"Durée de conservation (ISO 8601)";"Consentement requis"',
      );
    }, 480_000);
  },
  { timeout: 480_000 },
);
