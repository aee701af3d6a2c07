import { serverUrlOf } from './server-url';

describe('serverUrlOf', () => {
  it.each([
    ['postgres://postgres@127.0.0.1:5432/organisation', 'postgres://postgres@127.0.0.1:5432'],
    ['postgres://u:p@db:5432', 'postgres://u:p@db:5432'],
    ['postgresql://u@h/db?sslmode=disable', 'postgresql://u@h'],
  ])('%s → %s', (url, expected) => {
    expect(serverUrlOf(url)).toBe(expected);
  });
});
