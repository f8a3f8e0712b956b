/**
 * How the built site is served, as data: the response headers every response
 * carries, which files are cached for good, the MIME types a host may not
 * know, and which files are sent precompressed. The nginx and Azure Static
 * Web Apps configurations are both written from this (see `nginx-config.ts`
 * and `static-web-app-config.ts`), so the two hosts cannot drift apart.
 */

/**
 * Browser features the site never uses, switched off for it and anything it
 * might embed. Copying a link is the one it uses, so the clipboard stays
 * writable by the site itself.
 */
const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/**
 * The headers on every response. `pageCsp` is the policy the pages carry in
 * their `<meta>` tag; as a header it can also forbid framing, which a `<meta>`
 * policy cannot. HSTS takes effect only over HTTPS: browsers ignore it on a
 * plain-HTTP response, so it is safe on the test server and binding once the
 * site is served over HTTPS.
 */
export function securityHeaders(pageCsp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${pageCsp.replace(/;\s*$/, '')}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': permissionsPolicy,
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  };
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files are revalidated on every use, so a new build is seen at once. */
export const REVALIDATE = 'no-cache';

/**
 * Files whose names change whenever their content does, so they may be cached
 * for a year: Astro's bundles, and Pagefind's index chunks, fragments and
 * metadata (`en_6c14e06573.pf_meta`). Pagefind's loader, worker, entry file
 * and language engines (`wasm.en.pagefind`) keep their names across builds and
 * are revalidated like pages.
 */
export const hashedAssets = [
  { directory: '/_astro/', extensions: ['js', 'css'] },
  { directory: '/pagefind/', extensions: ['pf_meta', 'pf_index', 'pf_fragment'] },
] as const;

export function isHashedAsset(path: string): boolean {
  return hashedAssets.some(({ directory, extensions }) => path.startsWith(directory) && extensions.some((extension) => path.endsWith(`.${extension}`)));
}

/** MIME types for the files the site has, those a host may not know included. Pagefind's files are compressed binary it unpacks itself. */
export const mimeTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  txt: 'text/plain',
  wasm: 'application/wasm',
  // Not in the site today; listed so that an image, font or manifest added later is not sent as a download.
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
};

/** Files sent precompressed (brotli, else gzip). Pagefind's binary files are compressed already. */
export const compressibleExtensions = ['html', 'css', 'js', 'json', 'svg', 'xml', 'txt'] as const;
