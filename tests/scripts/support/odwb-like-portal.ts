/**
 * A small portal that sets the ODWB cookies as the shipped inventory declares them, for the
 * publishing test: csrftoken (52 weeks) by header on every page; a banner of its own that sets
 * cookies_preferences (6 months) on any answer and django_language (12 months) only once the
 * visitor accepts; sessionid only after signing in, which no crawl does. Its banner is answered
 * through the selectors of CONSENT_SELECTORS.
 */
import { listen, type FixtureServer } from '../audit/fixtures/server.ts';

const WEEK = 7 * 86_400;
/** The average Gregorian month the inventory's P6M and P12M stand for (src/data/lifetime.ts). */
const MONTH = 2_629_746;

/** The --consent file for this banner. */
export const CONSENT_SELECTORS = `banner: '#notice'
refuse: '#notice .no'
accept: '#notice .yes'
`;

const banner = `<div id="notice" role="dialog" aria-label="Cookies" hidden>
  <p>This portal would like to remember your language.</p>
  <button type="button" class="no">Refuse all</button>
  <button type="button" class="yes">Accept all</button>
</div>
<script>
  const notice = document.getElementById('notice');
  const choice = /(?:^|; )cookies_preferences=(\\w+)/.exec(document.cookie)?.[1];
  const language = () => {
    document.cookie = 'django_language=fr; max-age=' + ${12 * MONTH} + '; path=/';
  };
  const answer = (value) => {
    document.cookie = 'cookies_preferences=' + value + '; max-age=' + ${6 * MONTH} + '; path=/';
    notice.hidden = true;
    if (value === 'yes') language();
  };
  if (!choice) notice.hidden = false;
  if (choice === 'yes') language();
  notice.querySelector('.no').addEventListener('click', () => answer('no'));
  notice.querySelector('.yes').addEventListener('click', () => answer('yes'));
</script>`;

const page = (title: string, link: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${link}</p></main>${banner}</body></html>`;

const PAGES: Record<string, string> = {
  '/': page('Open data', '<a href="/datasets">Datasets</a>'),
  '/datasets': page('Datasets', '<a href="/">Home</a>'),
};

export function startOdwbLikePortal(): Promise<FixtureServer> {
  return listen((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = PAGES[path];
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': `csrftoken=t; Max-Age=${52 * WEEK}; Path=/; SameSite=Lax`,
      })
      .end(body);
  });
}
