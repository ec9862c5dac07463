// The load generator in a process of its own: autocannon runs in a forked child, so the server's one Node thread
// is not also building requests and parsing answers. Every scenario of a bench goes through it the same way, so
// the ratios stay fair. The child gets the request list once per run and reports what it measured.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export interface LoadPlan {
  url: string;
  connections: number;
  seconds: number;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Request paths and bodies, taken round-robin from `start` (bodies may be empty: no body). */
  paths: string[];
  bodies: string[];
  start?: number;
}

export interface LoadResult {
  duration: number;
  /** status code → count */
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  /** Where the lists go on next time (so a measured run does not resend a warm-up's bodies). */
  next: number;
  /** Requests that got no answer (socket errors and timeouts). */
  errors: number;
}

/** Runs one load in a child process and resolves with its figures. */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: LoadResult | null = null;
    child.on('message', (message) => {
      result = message as LoadResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`load generator exited with ${code} and no result`))));
    child.send(plan);
  });
}

async function generate(plan: LoadPlan): Promise<LoadResult> {
  let i = plan.start ?? 0;
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    timeout: 30,
    requests: [
      {
        method: plan.method,
        headers: plan.headers,
        setupRequest: (req) => ({ ...req, path: plan.paths[i % plan.paths.length], body: plan.bodies.length ? plan.bodies[i++ % plan.bodies.length] : (i++, undefined) }),
      },
    ],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
  return { duration: result.duration, statuses, p50: result.latency.p50, p99: result.latency.p99, next: i, errors: result.errors };
}

if (process.argv[2] === '--child' && process.send) {
  process.once('message', (plan) => {
    void generate(plan as LoadPlan).then(
      (result) => process.send!(result, undefined, undefined, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
