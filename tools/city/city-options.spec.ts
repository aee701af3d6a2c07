import { parseCityOptions } from './city-options';

describe('parseCityOptions', () => {
  it('defaults to the full city in city_ databases on ports 4100–4102', () => {
    expect(parseCityOptions([])).toEqual({
      wards: 126,
      seed: null,
      members: null,
      candidates: null,
      databasePrefix: 'city_',
      eventNamespace: 'city',
      portBase: 4100,
      acceptShare: 1,
      reuse: false,
      rawLogs: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseCityOptions(['--wards', '3', '--seed', '7', '--members', '12000', '--candidates', '600', '--database-prefix', 'c3_', '--port-base', '4200', '--accept-share', '0.5', '--reuse']),
    ).toMatchObject({ wards: 3, seed: 7, members: 12000, candidates: 600, databasePrefix: 'c3_', eventNamespace: 'c3', portBase: 4200, acceptShare: 0.5, reuse: true });
  });

  it.each([
    [['--wards', '0'], /--wards/],
    [['--wards', '2.5'], /--wards/],
    [['--seed', '-1'], /--seed/],
    [['--database-prefix', 'City-'], /--database-prefix/],
    [['--event-namespace', 'a_b'], /--event-namespace/],
    [['--accept-share', '2'], /--accept-share/],
    [['--port-base', '80'], /--port-base/],
  ])('refuses %p', (argv, message) => {
    expect(() => parseCityOptions(argv)).toThrow(message);
  });

  it('refuses unknown options', () => {
    expect(() => parseCityOptions(['--ward', '3'])).toThrow();
  });
});
