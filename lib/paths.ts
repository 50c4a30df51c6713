import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder, wherever the code runs from. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CONTRACT_FILE = join(ROOT, 'openapi', 'yuno.yaml');
export const SPECS_DIR = join(ROOT, 'specs');
export const REPORTS_DIR = join(ROOT, 'reports');
