import { ConfigError, loadConfig } from './config';
import { DirectoryLockedError } from './db/directory-lock';
import { startRuntime } from './runtime';

// Process entry: config → database (lock, migrate, seed) → jobs → HTTP; graceful shutdown on SIGINT/SIGTERM.
async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await startRuntime(config);
  const { app } = runtime;
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Yiwang is ready: portal http://localhost:${config.port}/ · console /console · API docs /api/docs (${runtime.database.kind})`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: draining requests, stopping workers, closing the database`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    runtime.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // Before the logger exists, stderr is the only place to say why the process cannot start.
  if (error instanceof ConfigError || error instanceof DirectoryLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Yiwang failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
