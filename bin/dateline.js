#!/usr/bin/env node
// The `dateline` command: runs the TypeScript command line through tsx.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/app/cli/cli.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
