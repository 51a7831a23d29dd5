import { useEffect, useState } from 'react';

/**
 * False until the frame after the component's first paint, then true. The pane renders what is below its first
 * screen (insert options, settings, the ratings under the standards) one frame later, so the stage's descriptors
 * are on screen sooner: in the benchmark that frame's work was a fifth of the pane's first render.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before that frame paints; the timeout after it runs once it has painted.
    const later = () => (timer = setTimeout(() => setPainted(true), 0));
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(later) : (later(), undefined);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
