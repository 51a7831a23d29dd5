/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { lazyPart, PartErrorBoundary } from '../../src/taskpane/shell/lazy-part';

/** A load the test settles by hand, so nothing waits on time. */
function controlledLoad() {
  const attempts: { resolve: (part: () => JSX.Element) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<() => JSX.Element>((resolve, reject) => attempts.push({ resolve, reject }));
  return { attempts, load };
}

function Shown(props: { part: ReturnType<typeof lazyPart<object>> }) {
  const { Component } = props.part;
  return (
    <PartErrorBoundary fallback={(retry) => <button onClick={retry}>Try again</button>}>
      <Suspense fallback={<p>Loading…</p>}>
        <Component />
      </Suspense>
    </PartErrorBoundary>
  );
}

describe('a part of the pane loaded from its own script', () => {
  it('shows its loading state, then the part; once loaded it renders at once, and preload loads only once', async () => {
    const { attempts, load } = controlledLoad();
    const part = lazyPart<object>(load);
    const first = render(<Shown part={part} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => attempts[0]!.resolve(() => <p>The part</p>));
    expect(screen.getByText('The part')).toBeTruthy();
    first.unmount();
    render(<Shown part={part} />);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText('The part')).toBeTruthy();
    await part.preload();
    expect(attempts).toHaveLength(1);
  });

  it('says when the load fails, and loads afresh when asked to try again', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { attempts, load } = controlledLoad();
    const part = lazyPart<object>(load);
    render(<Shown part={part} />);
    await act(async () => attempts[0]!.reject(new Error('ChunkLoadError')));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    act(() => fireEvent.click(retry));
    expect(attempts).toHaveLength(2);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => attempts[1]!.resolve(() => <p>The part</p>));
    expect(screen.getByText('The part')).toBeTruthy();
  });

  it('lets a preload fail without an unhandled rejection, and the next preload tries again', async () => {
    const { attempts, load } = controlledLoad();
    const part = lazyPart<object>(load);
    const first = part.preload();
    attempts[0]!.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    const second = part.preload();
    expect(attempts).toHaveLength(2);
    attempts[1]!.resolve(() => <p>The part</p>);
    await expect(second).resolves.toBeInstanceOf(Function);
  });
});
