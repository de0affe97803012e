/**
 * Last step of the build: writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli quality 11)
 * beside every text file of dist/, so a host that serves precompressed files (nginx's gzip_static,
 * Caddy's precompressed, most CDNs) sends the smallest form without compressing on each request.
 * It runs after every other step that writes to dist/ (the PDFs, _headers), so nothing is missed.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { compressedExtensions } from '../config/hosting.ts';
import { filesIn, hostOnlyFiles } from './host-files.ts';

export function gzipMax(content: Buffer): Buffer {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
}

export function brotliMax(content: Buffer): Buffer {
  return brotliCompressSync(content, {
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

export function precompressDir(dir: string): number {
  const files = compressibleFiles(dir);
  for (const file of files) {
    const content = readFileSync(join(dir, file));
    writeFileSync(join(dir, `${file}.gz`), gzipMax(content));
    writeFileSync(join(dir, `${file}.br`), brotliMax(content));
  }
  return files.length;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'odwb:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = precompressDir(fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`${count} text files written beside themselves as .gz and .br`);
      },
    },
  };
}
