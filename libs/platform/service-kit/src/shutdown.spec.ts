import type { Logger } from '@pdv/observability';
import { onShutdown } from './shutdown';

const logger = { info: jest.fn(), error: jest.fn(), fatal: jest.fn(), flush: jest.fn() } as unknown as Logger;

describe('onShutdown', () => {
  let exit: jest.SpyInstance;
  beforeEach(() => {
    exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  });
  afterEach(() => {
    exit.mockRestore();
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
  });

  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it.each([
    ['a stop that finishes', () => Promise.resolve(), 0],
    ['a stop that fails', () => Promise.reject(new Error('pool already closed')), 1],
  ] as const)('exits after %s with code %i', async (_label, stop, code) => {
    onShutdown(logger, stop);
    process.emit('SIGTERM');
    await settle();
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(code);
  });

  it('starts stop on the first signal, and a second signal exits at once', async () => {
    const stop = jest.fn(() => new Promise<void>(() => undefined));
    onShutdown(logger, stop);
    process.emit('SIGINT');
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit).not.toHaveBeenCalled();
    // Each signal's handler was registered with once(); a second Ctrl-C reaches SIGTERM's.
    // (The real process.exit never returns; the spy does, so only the first call counts.)
    process.emit('SIGTERM');
    expect(exit.mock.calls[0]).toEqual([1]);
  });

  it('exits with 1 when stop hangs past the grace period', async () => {
    jest.useFakeTimers();
    try {
      onShutdown(logger, () => new Promise<void>(() => undefined), 50);
      process.emit('SIGTERM');
      jest.advanceTimersByTime(49);
      expect(exit).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
