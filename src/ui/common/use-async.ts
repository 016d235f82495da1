import { useEffect, useState } from 'preact/hooks';

/** Loading state of an async value. */
export type Async<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/** Runs `load` when `deps` change and tracks its result. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<Async<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) =>
        live && setState({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
