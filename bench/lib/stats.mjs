// Small helpers: medians, formatting and child processes.
import { spawn } from 'node:child_process';

export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
export const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || options.allowExit?.includes(code)) resolve({ code, out, err });
      else reject(new Error(`${command} ${args.slice(0, 3).join(' ')}… exited ${code}\n${err.slice(-2000)}`));
    });
  });
}
