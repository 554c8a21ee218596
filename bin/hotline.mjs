#!/usr/bin/env node
// The `hotline` command. Runs dist/cli/, the TypeScript compiled by `npm install` (scripts/build-cli.mjs as
// `prepare`), while it is newer than every source it was built from; otherwise the sources themselves through
// tsx's loader, so an edited file is never run from an old bundle and there is no build step to forget.
//   HOTLINE_FROM_SOURCE=1   always run the sources through tsx
//   HOTLINE_LAUNCH_REPORT=1 say on stderr which of the two runs, and why
import { bundleStaleReason } from './bundle-freshness.mjs';

const notBundled = process.env.HOTLINE_FROM_SOURCE === '1' ? 'HOTLINE_FROM_SOURCE=1' : bundleStaleReason();
if (process.env.HOTLINE_LAUNCH_REPORT === '1') {
  console.error(notBundled ? `hotline: launch tsx (${notBundled})` : 'hotline: launch bundle');
}

let cli;
if (notBundled) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
} else {
  // As tsx does: stack traces name the TypeScript sources (dist/cli/*.js.map), at no measurable start-up cost.
  process.setSourceMapsEnabled(true);
  cli = await import('../dist/cli/main.js');
}
process.exitCode = await cli.main(process.argv);
