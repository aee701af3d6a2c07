import { organisationRegistered } from '@pdv/contracts';
import {
  bareSubject,
  deadLetterFilter,
  deadLetterSubject,
  namespacedSubject,
  streamName,
  streamSubjects,
  subjectOf,
} from './namespace';

describe('namespacing', () => {
  it.each([
    ['', 'ORGANISATION', 'ORGANISATION'],
    ['tab12', 'ORGANISATION', 'tab12_ORGANISATION'],
    ['tab12', 'DEADLETTER', 'tab12_DEADLETTER'],
    ['', 'DEADLETTER', 'DEADLETTER'],
  ] as const)('stream name of ns %p and %s is %s', (ns, stream, expected) => {
    expect(streamName(ns, stream)).toBe(expected);
  });

  it.each([
    ['', 'ORGANISATION', 'organisation.>'],
    ['tab12', 'ORGANISATION', 'tab12.organisation.>'],
    ['tab12', 'EVALUATION', 'tab12.evaluation.>'],
    ['tab12', 'DEADLETTER', 'tab12.deadletter.>'],
  ] as const)('stream subjects of ns %p and %s are %s', (ns, stream, expected) => {
    expect(streamSubjects(ns, stream)).toBe(expected);
  });

  it('prefixes a contract subject with the namespace token only when there is one', () => {
    expect(subjectOf('', organisationRegistered)).toBe('organisation.organisation.registered.v1');
    expect(subjectOf('tab12', organisationRegistered)).toBe('tab12.organisation.organisation.registered.v1');
  });

  it('removes exactly the namespace token', () => {
    expect(bareSubject('tab12', 'tab12.organisation.x.y.v1')).toBe('organisation.x.y.v1');
    expect(bareSubject('tab12', 'tab123.organisation.x.y.v1')).toBe('tab123.organisation.x.y.v1');
    expect(bareSubject('', 'organisation.x.y.v1')).toBe('organisation.x.y.v1');
    expect(bareSubject('tab12', namespacedSubject('tab12', 'a.b'))).toBe('a.b');
  });

  it('builds dead-letter subjects without repeating the namespace', () => {
    expect(deadLetterSubject('tab12', 'sourcing-service', 'tab12.organisation.organisation.registered.v1')).toBe(
      'tab12.deadletter.sourcing-service.organisation.organisation.registered.v1',
    );
    expect(deadLetterSubject('', 'sourcing-service', 'organisation.organisation.registered.v1')).toBe(
      'deadletter.sourcing-service.organisation.organisation.registered.v1',
    );
    expect(deadLetterFilter('tab12', 'sourcing-service')).toBe('tab12.deadletter.sourcing-service.>');
    expect(deadLetterFilter('tab12')).toBe('tab12.deadletter.>');
  });

  it.each(['Tab', 'a.b', 'a_b', 'a*', 'x'.repeat(25)])('rejects namespace %p', (ns) => {
    expect(() => streamName(ns, 'ORGANISATION')).toThrow(/invalid event namespace/);
  });

  it.each(['Sourcing', 'a.b', 'a b', '>', '-x', ''])('rejects consumer name %p', (name) => {
    expect(() => deadLetterSubject('', name, 'organisation.x.y.v1')).toThrow(/invalid consumer name/);
  });
});
