/**
 * `staticwebapp.config.json` for Azure Static Web Apps, written from the same
 * policy as the nginx configuration. That host cannot choose a response by
 * `Accept-Language` or send a different not-found page per language, so there
 * the root and the language-neutral permalinks stay the pages whose script
 * opens the reader's language, and every unknown address gets the
 * multilingual not-found page.
 */
import { hashedAssets, IMMUTABLE, mimeTypes, REVALIDATE, securityHeaders } from './site-policy.ts';

export function staticWebAppConfig(pageCsp: string): Record<string, unknown> {
  return {
    trailingSlash: 'always',
    routes: hashedAssets.map(({ directory, extensions }) => ({ route: `${directory}*.{${extensions.join(',')}}`, headers: { 'Cache-Control': IMMUTABLE } })),
    responseOverrides: { '404': { rewrite: '/404.html', statusCode: 404 } },
    globalHeaders: { ...securityHeaders(pageCsp), 'Cache-Control': REVALIDATE },
    mimeTypes: Object.fromEntries(Object.entries(mimeTypes).map(([extension, type]) => [`.${extension}`, type])),
  };
}
