import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { cityFromZoneId, formatUtcOffset, zoneDisplayName, zoneOption } from '../../src/i18n/zone-names.ts';
import { loadZoneCities, matchZones, normalizeForSearch, zoneOptions } from '../../src/i18n/zone-list.ts';
import { isValidTimeZone } from '../../src/rules/time-zone.ts';
import { projectRoot } from '../support/paths.ts';

const july = new Date('2025-07-01T12:00:00Z');
const january = new Date('2025-01-15T12:00:00Z');

describe('formatUtcOffset', () => {
  it.each([
    [0, '±00:00'],
    [60, '+01:00'],
    [-420, '\u221207:00'],
    [345, '+05:45'],
    [-570, '\u221209:30'],
    [840, '+14:00'],
    [-720, '\u221212:00'],
  ])('writes %i minutes as %s', (minutes, text) => {
    expect(formatUtcOffset(minutes)).toBe(text);
  });
});

describe('cityFromZoneId', () => {
  it.each([
    ['America/Los_Angeles', 'Los Angeles'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['Europe/Berlin', 'Berlin'],
    ['UTC', 'UTC'],
  ])('names %s after %s', (id, city) => {
    expect(cityFromZoneId(id)).toBe(city);
  });
});

describe('zoneOption', () => {
  it('labels a zone with its name in the reader’s language, a city and the current offset', () => {
    expect(zoneOption('Europe/Berlin', 'de', january, {}).label).toBe('Mitteleuropäische Zeit — Berlin (UTC+01:00)');
    expect(zoneOption('Europe/Berlin', 'de', july, {}).label).toBe('Mitteleuropäische Zeit — Berlin (UTC+02:00)');
    expect(zoneOption('America/Los_Angeles', 'en', july, {}).label).toBe('Pacific Time — Los Angeles (UTC\u221207:00)');
  });

  it('takes the city from the language’s city names, by the id Intl uses for the zone', () => {
    expect(zoneOption('Europe/Moscow', 'ru', july, { 'Europe/Moscow': 'Москва' }).city).toBe('Москва');
    expect(zoneOption('Asia/Kolkata', 'en', july, { 'Asia/Calcutta': 'Kolkata (CLDR)' }).city).toBe('Kolkata (CLDR)');
  });

  it('names no city while the language’s city names load, rather than the zone id’s English one', () => {
    expect(zoneOption('Europe/Moscow', 'ru', july, null)).toMatchObject({ city: '', label: 'Москва, стандартное время (UTC+03:00)' });
    expect(zoneOption('Europe/Berlin', 'de', july, null).label).toBe('Mitteleuropäische Zeit (UTC+02:00)');
  });

  it('gives a zone that names no place no city, and UTC its long name', () => {
    expect(zoneOption('UTC', 'en', july, {})).toMatchObject({ city: '', label: 'Coordinated Universal Time (UTC±00:00)' });
    expect(zoneOption('Etc/GMT+12', 'en', july, {})).toMatchObject({ city: '', offsetMinutes: -720 });
  });

  it('names zones in every site language', () => {
    for (const locale of locales) expect(zoneDisplayName('Europe/Berlin', locale.code, july), locale.code).not.toMatch(/^(GMT|UTC)/);
  });
});

describe('the time-zone list', () => {
  it('has a city list for every language, made from CLDR, naming only real zones', async () => {
    for (const locale of locales) {
      const file = JSON.parse(readFileSync(join(projectRoot, 'src', 'i18n', 'zone-cities', `${locale.path}.json`), 'utf8')) as { source: string; cities: Record<string, string> };
      expect(file.source, locale.path).toMatch(/^CLDR exemplar cities, cldr-dates-full@\d+\.\d+\.\d+; IANA names, cldr-bcp47@\d+\.\d+\.\d+$/);
      // Firefox reports a renamed zone by its IANA name, Chromium and WebKit by CLDR's id: both find the city.
      if (locale.path === 'de') expect([file.cities['Asia/Calcutta'], file.cities['Asia/Kolkata'], file.cities['Europe/Kiev'], file.cities['Europe/Kyiv']]).toEqual(['Kalkutta', 'Kalkutta', 'Kiew', 'Kiew']);
      expect(Object.keys(file.cities).filter((id) => !isValidTimeZone(id)), locale.path).toEqual([]);
      expect(await loadZoneCities(locale.path)).toEqual(file.cities);
    }
  });

  it('lists every zone the runtime knows, plus UTC, from the latest clock to the earliest', async () => {
    const options = zoneOptions('en', july, await loadZoneCities('en'));
    expect(options.length).toBe(Intl.supportedValuesOf('timeZone').length + 1);
    expect(options.map((option) => option.offsetMinutes)).toEqual([...options.map((option) => option.offsetMinutes)].sort((a, b) => a - b));
    expect(options[0]!.offsetMinutes).toBe(-660);
    expect(options.at(-1)!.offsetMinutes).toBe(840);
  });

  it('finds a zone by any of its name, city, offset or id, ignoring case, accents and the kind of minus sign', async () => {
    const ru = zoneOptions('ru', july, await loadZoneCities('ru'));
    const ids = (query: string) => matchZones(ru, query).map((option) => option.id);
    expect(ids('Москва')[0]).toBe('Europe/Moscow');
    expect(ids('Москва')).toContain('Europe/Volgograd');
    expect(ids('москва')).toContain('Europe/Moscow');
    expect(ids('Moscow')).toContain('Europe/Moscow');
    expect(ids('UTC+05:45')).toEqual(['Asia/Katmandu']);
    expect(ids('utc+5:45')).toEqual(['Asia/Katmandu']);
    const en = zoneOptions('en', july, await loadZoneCities('en'));
    expect(matchZones(en, 'sao paulo').map((option) => option.id)).toEqual(['America/Sao_Paulo']);
    expect(matchZones(en, 'São Paulo').map((option) => option.id)).toEqual(['America/Sao_Paulo']);
    expect(matchZones(en, 'utc-7').map((option) => option.id)).toContain('America/Los_Angeles');
    expect(matchZones(en, 'pacific los').map((option) => option.id)).toEqual(['America/Los_Angeles']);
    expect(matchZones(en, 'nowhere at all')).toEqual([]);
    expect(matchZones(en, 'berlin')[0]!.id).toBe('Europe/Berlin');
    expect(matchZones(en, '').length).toBe(en.length);
  });

  it('normalizes text for search', () => {
    expect(normalizeForSearch('São_Paulo UTC\u221203:00')).toBe('sao paulo utc-03:00');
  });
});
