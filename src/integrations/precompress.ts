/**
 * Writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli quality 11) beside every text file of
 * dist/, so a host that serves precompressed files (nginx's gzip_static, Caddy's precompressed,
 * most CDNs) sends the smallest form without compressing on each request. It runs after every
 * step that writes text to dist/ (the sitemap, _headers), so nothing is missed; the PDFs, which
 * are not text, print meanwhile, and compressing in Node's thread pool leaves the main thread free
 * to serve Chromium the pages it prints.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { compressedExtensions } from '../config/hosting.ts';
import { filesIn, hostOnlyFiles } from './host-files.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export function gzipMax(content: Buffer): Promise<Buffer> {
  return gzipAsync(content, { level: constants.Z_BEST_COMPRESSION });
}

export function brotliMax(content: Buffer): Promise<Buffer> {
  return brotliAsync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

/** The files of dir that get compressed twins, relative to it. */
export function compressibleFiles(dir: string): string[] {
  return filesIn(dir).filter(
    (file) => !hostOnlyFiles.includes(file) && compressedExtensions.includes(extname(file)),
  );
}

export async function precompressDir(dir: string): Promise<number> {
  const files = compressibleFiles(dir);
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(join(dir, file));
      const [gzipped, brotlied] = await Promise.all([gzipMax(content), brotliMax(content)]);
      await writeFile(join(dir, `${file}.gz`), gzipped);
      await writeFile(join(dir, `${file}.br`), brotlied);
    }),
  );
  return files.length;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'odwb:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await precompressDir(fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`${count} text files written beside themselves as .gz and .br`);
      },
    },
  };
}
