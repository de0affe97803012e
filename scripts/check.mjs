// `npm run check`: the content check on its own (the program is check-main.ts). Node's compile
// cache is switched on before any of the check's modules load, so they and their packages are
// compiled once and not on every run; this entry is plain JavaScript so that, once they are
// cached, Node need not load its TypeScript stripper at all. Together that is 0.2-0.3 s of the
// check's one-second budget (scripts/bench/README.md).
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./check-main.ts');
