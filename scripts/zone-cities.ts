/**
 * Writes `src/i18n/zone-cities/<path>.json` for every locale: the locale's names
 * for the cities that identify time zones (CLDR's exemplar cities), which the
 * calculator's time-zone picker shows and searches. Only names that differ from
 * the one in the zone id (Europe/Berlin → "Berlin") are kept; the picker derives
 * the rest. Run `npm run i18n:zone-cities` after adding a language or to move to
 * a newer CLDR; the data comes from the pinned `cldr-dates-full` package, fetched
 * into a temporary folder, so the project does not install 100 MB of CLDR.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '../src/i18n/locales.ts';
import { cityFromZoneId } from '../src/i18n/zone-names.ts';
import { projectRoot } from '../test/support/paths.ts';

export const CLDR_PACKAGE = 'cldr-dates-full@48.2.0';
/** CLDR's time-zone ids with their IANA names, from the same CLDR release. */
export const CLDR_ZONE_IDS_PACKAGE = 'cldr-bcp47@48.2.0';

type ZoneTree = { [name: string]: ZoneTree | string };

/** CLDR's exemplar cities for one locale, by zone id. */
function exemplarCities(zones: ZoneTree, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, value] of Object.entries(zones)) {
    if (typeof value !== 'object') continue;
    const id = `${prefix}${name}`;
    if (typeof value.exemplarCity === 'string') found[id] = value.exemplarCity;
    Object.assign(found, exemplarCities(value, `${id}/`));
  }
  return found;
}

/**
 * The IANA name of each zone CLDR keeps under an older id (`Asia/Calcutta` →
 * `Asia/Kolkata`, `Europe/Kiev` → `Europe/Kyiv`), from an unpacked cldr-bcp47
 * folder. Firefox reports the IANA name, Chromium and WebKit CLDR's id, so the
 * city lists carry both.
 */
export function ianaNames(bcp47Root: string): Record<string, string> {
  const data = JSON.parse(readFileSync(join(bcp47Root, 'bcp47', 'timezone.json'), 'utf8')) as { keyword: { u: { tz: Record<string, { _alias?: string; _iana?: string } | string> } } };
  const renamed: Record<string, string> = {};
  for (const zone of Object.values(data.keyword.u.tz)) {
    if (typeof zone !== 'object' || !zone._alias || !zone._iana) continue;
    const cldrId = zone._alias.split(' ')[0]!;
    if (cldrId !== zone._iana) renamed[cldrId] = zone._iana;
  }
  return renamed;
}

/** The zone-cities file a locale should have, from an unpacked CLDR package folder and CLDR's IANA names. */
export function zoneCitiesFile(cldrRoot: string, code: string, iana: Record<string, string> = {}): { source: string; cities: Record<string, string> } {
  const candidates = [code, code.split('-')[0]!];
  const folder = candidates.map((candidate) => join(cldrRoot, 'main', candidate)).find((path) => existsSync(join(path, 'timeZoneNames.json')));
  if (!folder) throw new Error(`${CLDR_PACKAGE} has no time zone names for ${code} (looked for ${candidates.join(', ')})`);
  const data = JSON.parse(readFileSync(join(folder, 'timeZoneNames.json'), 'utf8')) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> };
  const zones = Object.values(data.main)[0]!.dates.timeZoneNames.zone;
  const byCldrId = Object.entries(exemplarCities(zones)).filter(([id]) => id !== 'Etc/Unknown');
  const byIanaName = byCldrId.flatMap(([id, city]) => (iana[id] ? [[iana[id], city] as [string, string]] : []));
  const cities = Object.fromEntries(
    [...byCldrId, ...byIanaName]
      .filter(([id, city]) => city !== cityFromZoneId(id))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { source: `CLDR exemplar cities, ${CLDR_PACKAGE}; IANA names, ${CLDR_ZONE_IDS_PACKAGE}`, cities };
}

function unpack(name: string, work: string): string {
  const folder = join(work, name.split('@')[0]!);
  const tarball = execFileSync('npm', ['pack', name, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
  mkdirSync(folder, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', folder]);
  return join(folder, 'package');
}

export function zoneCitiesPath(path: string): string {
  return join(projectRoot, 'src', 'i18n', 'zone-cities', `${path}.json`);
}

if (import.meta.main) {
  const work = mkdtempSync(join(tmpdir(), 'cldr-'));
  try {
    const cldr = unpack(CLDR_PACKAGE, work);
    const iana = ianaNames(unpack(CLDR_ZONE_IDS_PACKAGE, work));
    for (const locale of locales) {
      const file = zoneCitiesFile(cldr, locale.code, iana);
      writeFileSync(zoneCitiesPath(locale.path), `${JSON.stringify(file, null, 2)}\n`);
      console.log(`${zoneCitiesPath(locale.path)}: ${Object.keys(file.cities).length} cities`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
