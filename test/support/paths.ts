import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const contentDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
export const localesDir = fileURLToPath(new URL('../../locales/', import.meta.url));
