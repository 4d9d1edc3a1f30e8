import { describe, expect, it } from 'vitest';
import { eventPlace, eventPlaceText } from '../../src/lib/event-place.ts';

const names = { SE: 'Sverige', DK: 'Danmark' } as Record<string, string>;
const countryName = (code: string) => names[code] ?? code;

describe('an event place', () => {
  it('puts online first, then venue and city as written, then the country in the reader language', () => {
    const place = eventPlace({ online: true, venue: 'Folkets hus', city: 'Umeå', country: 'SE' }, countryName);
    expect(place).toEqual({ online: true, local: 'Folkets hus, Umeå', country: 'Sverige' });
    expect(eventPlaceText(place, 'Digitalt')).toBe('Digitalt · Folkets hus, Umeå, Sverige');
  });

  it('leaves out what the event does not give', () => {
    expect(eventPlaceText(eventPlace({ online: true }, countryName), 'Online')).toBe('Online');
    expect(eventPlaceText(eventPlace({ online: false, city: 'Odense', country: 'DK' }, countryName), 'Online')).toBe('Odense, Danmark');
    expect(eventPlaceText(eventPlace({ online: false, country: 'DK' }, countryName), 'Online')).toBe('Danmark');
    expect(eventPlaceText(eventPlace({ online: false }, countryName), 'Online')).toBe('');
  });
});
