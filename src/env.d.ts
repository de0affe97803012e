/** What every page finds on `Astro.locals`, set by src/route-data/middleware.ts. */
declare namespace App {
  interface Locals {
    policy: import('./route-data/route-data.ts').PolicyRoute;
  }
}
