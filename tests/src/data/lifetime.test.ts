/**
 * Lifetimes are stored as ISO 8601 durations, `session` or `until-cleared`, and written in words
 * by each locale's own rules.
 */
import { describe, expect, it } from 'vitest';
import { formatLifetime, lifetimeSeconds, parseLifetime } from '../../../src/data/lifetime.ts';

const unused = { session: 'unused', untilCleared: 'unused' };

describe('lifetimes in words', () => {
  it.each([
    // French puts a no-break space between the number and the unit.
    ['fr-BE', 'P2W', '2\u00a0semaines'],
    ['en-GB', 'P2W', '2 weeks'],
    ['nl-BE', 'P2W', '2 weken'],
    ['de-BE', 'P2W', '2 Wochen'],
    ['fr-BE', 'P12M', '12\u00a0mois'],
    ['de-BE', 'P6M', '6 Monate'],
    ['nl-BE', 'P1Y', '1 jaar'],
    ['en-GB', 'P1D', '1 day'],
    ['fr-BE', 'PT30M', '30 minutes'],
  ])('%s writes %s as "%s"', (locale, value, words) => {
    expect(formatLifetime(value, locale, unused)).toBe(words);
  });

  it('writes a session cookie and a key kept until cleared with the locale’s own words', () => {
    const words = {
      session: 'Tot de browser wordt gesloten',
      untilCleared: 'Tot deze wordt gewist',
    };
    expect(formatLifetime('session', 'nl-BE', words)).toBe('Tot de browser wordt gesloten');
    expect(formatLifetime('until-cleared', 'nl-BE', words)).toBe('Tot deze wordt gewist');
  });

  it('knows how long each duration is, for comparing with what browsers report', () => {
    expect(parseLifetime('P2W')).toEqual({
      kind: 'duration',
      parts: { weeks: 2 },
      seconds: 1_209_600,
    });
    expect(parseLifetime('P1DT2H')).toEqual({
      kind: 'duration',
      parts: { days: 1, hours: 2 },
      seconds: 93_600,
    });
    expect(parseLifetime('session')).toEqual({ kind: 'session' });
    // Neither has a fixed end: the exports say null seconds.
    expect(lifetimeSeconds(parseLifetime('until-cleared')!)).toBeNull();
    expect(lifetimeSeconds(parseLifetime('session')!)).toBeNull();
  });

  it.each(['2 weeks', 'P', 'PT', 'P2', '14d', 'P1.5Y', ''])('refuses "%s"', (value) => {
    expect(parseLifetime(value)).toBeUndefined();
  });
});
