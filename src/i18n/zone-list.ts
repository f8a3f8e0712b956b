/**
 * The time-zone list the calculator's picker shows and searches. Loaded when the
 * reader first focuses the field, with the city names of their language, so a
 * reader who never opens the list downloads neither.
 */
import { isValidTimeZone } from '../rules/time-zone.ts';
import { formatUtcOffset, zoneOption, type ZoneCities, type ZoneOption } from './zone-names.ts';

/** An entry of the list with the text a query is matched against: name, city, offset and id, lower-case and accent-free. */
export interface SearchableZone extends ZoneOption {
  search: string;
}

/** Case, accents, minus signs and underscores set aside, so "utc-5", "São" and "sao_paulo" all match. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2212\u2010-\u2014]/g, '-')
    .replace(/[_/]/g, ' ')
    .toLocaleLowerCase('en');
}

function searchable(option: ZoneOption): SearchableZone {
  const offset = `UTC${formatUtcOffset(option.offsetMinutes)}`;
  // "UTC+5:30" and "UTC-8" find the zone as well as "UTC+05:30" and "UTC−08:00".
  const hours = Math.floor(Math.abs(option.offsetMinutes) / 60);
  const minutes = Math.abs(option.offsetMinutes) % 60;
  const short = `UTC${offset[3]}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
  return { ...option, search: normalizeForSearch(`${option.name} ${option.city} ${offset} ${short} ${option.id}`) };
}

/**
 * The city names of a language (`zh-cn`, a locale path). Loaded on demand: a
 * reader who never opens the time-zone list never downloads them.
 * @throws {Error} naming the missing `src/i18n/zone-cities/<path>.json`.
 */
export async function loadZoneCities(localePath: string): Promise<ZoneCities> {
  const cityFiles = import.meta.glob<{ cities: ZoneCities }>('./zone-cities/*.json', { import: 'default' });
  const load = cityFiles[`./zone-cities/${localePath}.json`];
  if (!load) throw new Error(`src/i18n/zone-cities/${localePath}.json is missing: run npm run i18n:zone-cities`);
  return (await load()).cities;
}

/** Every zone this browser knows, plus UTC, sorted from the latest clock (UTC−12) to the earliest, then by city. */
export function zoneOptions(lng: string, now: Date, cities: ZoneCities): SearchableZone[] {
  const ids = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((id) => id !== 'UTC' && isValidTimeZone(id))];
  const collator = new Intl.Collator(lng);
  return ids
    .map((id) => searchable(zoneOption(id, lng, now, cities)))
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || collator.compare(a.city || a.name, b.city || b.name));
}

/**
 * The entries whose name, city, offset or id contain every word of the query.
 * A reader who types a place means that place, so entries whose city matches
 * come first (those starting with the query before the rest), then the others,
 * each group in list order.
 */
export function matchZones(options: readonly SearchableZone[], query: string): SearchableZone[] {
  const text = normalizeForSearch(query).trim();
  const words = text.split(/\s+/).filter(Boolean);
  const rank = (option: SearchableZone) => {
    const city = normalizeForSearch(option.city);
    return city.startsWith(text) ? 0 : city.includes(text) ? 1 : 2;
  };
  return options
    .filter((option) => words.every((word) => option.search.includes(word)))
    .map((option, index) => ({ option, index, rank: rank(option) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ option }) => option);
}
