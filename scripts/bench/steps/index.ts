/**
 * The benchmark's steps, in the order they run and report. Each is independent: to measure
 * something new, add a file beside these (see ../step.ts) and list it here.
 */
import type { BenchStep } from '../step.ts';
import { auditSpeed } from './audit-speed.ts';
import { inProcessCheck } from './in-process-check.ts';
import { pdfCost } from './pdf-cost.ts';
import { realSite } from './real-site.ts';
import { scaling } from './scaling.ts';

export const steps: BenchStep[] = [realSite, pdfCost, scaling, inProcessCheck, auditSpeed];
