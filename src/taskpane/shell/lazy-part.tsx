import { Component, createElement, lazy, type ComponentType, type ReactNode } from 'react';

/**
 * A part of the pane that is not on its first screen (a tab other than Descriptors, the settings), loaded from its own
 * script (a webpack chunk from the add-in's own origin) when it is first shown, or earlier by `preload()`, which the
 * pane calls once its first screen has painted. The pane's first script is then only what the first screen needs.
 *
 * Once loaded, `Component` renders the part directly (no Suspense fallback flashes on a later switch). A load that
 * fails (the add-in's server gone, say) is thrown to the nearest `PartErrorBoundary`, whose "Try again" loads afresh.
 */
export interface LazyPart<P extends object> {
  Component: ComponentType<P>;
  preload(): Promise<ComponentType<P>>;
}

/** Counts "Try again" presses; a part whose load failed loads afresh on the first render after one. */
let retries = 0;

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (part) => (loaded = part),
      (error: unknown) => {
        loading = undefined; // the next attempt loads afresh
        throw error;
      },
    ));
  // React.lazy keeps a failed load for good, so after a failure and a "Try again" the part gets a new lazy component.
  let failed = false;
  let madeAt = retries;
  const makeLazy = () =>
    lazy(() =>
      preload().then(
        (part) => ({ default: part }),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      ),
    ) as unknown as ComponentType<P>;
  let Lazy = makeLazy();
  function Part(props: P) {
    if (loaded) return createElement(loaded, props);
    if (failed && madeAt !== retries) {
      failed = false;
      madeAt = retries;
      Lazy = makeLazy();
    }
    return createElement(Lazy, props);
  }
  return { Component: Part, preload };
}

/** Says that a part of the pane could not be loaded, with a button that tries again. */
export class PartErrorBoundary extends Component<{ children: ReactNode; fallback: (retry: () => void) => ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  retry = () => {
    retries += 1;
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
