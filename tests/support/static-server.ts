// The tests serve dist/ with the same server the PDF step of the build uses.
export { serveStatic, type StaticSite } from '../../src/lib/static-server.ts';
