// The compiled command line (scripts/build-cli.mjs) must behave as the TypeScript sources do: same output,
// same exit codes, and files found next to the sources (package.json, the preset schemes) still found.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEADLINE = ['deadline', '--from', '2024-09-13 10:00', '--limit', '5wd'];

// Inside the project, not the system temporary directory: the bundle imports its packages from node_modules.
let outdir: string;
// The commands run here, where no ./data/hotline.db changes what `deadline` does.
let workdir: string;

function fromBundle(args: string[]): SpawnSyncReturns<string> {
  const main = JSON.stringify(pathToFileURL(join(outdir, 'main.js')).href);
  const run = `const { main } = await import(${main}); process.exitCode = await main(process.argv);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', run, 'hotline', ...args], {
    cwd: workdir,
    encoding: 'utf8',
  });
}

function fromSource(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, 'bin/hotline.mjs'), ...args], {
    cwd: workdir,
    encoding: 'utf8',
    env: { ...process.env, HOTLINE_FROM_SOURCE: '1' },
  });
}

function outcome(result: SpawnSyncReturns<string>) {
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  outdir = mkdtempSync(join(ROOT, '.tmp', 'cli-bundle-'));
  workdir = mkdtempSync(join(tmpdir(), 'hotline-bundle-'));
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', outdir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // The script never fails an install; here a warning instead of a bundle is the failure.
  expect(build.stderr).toBe('');
  expect(existsSync(join(outdir, 'manifest.json'))).toBe(true);
}, 60_000);

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(workdir, { recursive: true, force: true });
});

describe('the compiled command line', () => {
  it('lists in its manifest the sources it was built from, lazily loaded commands included', () => {
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
      builtAt: number;
      inputs: string[];
    };
    expect(manifest.builtAt).toBeGreaterThan(0);
    expect(manifest.inputs).toEqual(
      expect.arrayContaining(['src/cli/main.ts', 'src/cli/serve.action.ts', 'scripts/build-cli.mjs']),
    );
    for (const input of manifest.inputs) expect(existsSync(join(ROOT, input)), input).toBe(true);
  });

  it.each([[['--version']], [['--help']], [['bulletin', '--help']], [DEADLINE], [['no-such-command']]])(
    'answers %j as the sources do',
    (args) => {
      expect(outcome(fromBundle(args))).toEqual(outcome(fromSource(args)));
    },
  );

  it('reads package.json and the preset schemes where the sources do', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(fromBundle(['--version']).stdout.trim()).toBe(version);

    const db = join(workdir, 'hotline.db');
    const demo = fromBundle([
      'demo',
      '--db',
      db,
      '--from',
      '2023-01-02',
      '--to',
      '2023-01-04',
      '--per-day',
      '8',
    ]);
    expect(demo.status, demo.stderr).toBe(0);
    const bulletin = [
      ...['bulletin', '--db', db, '--from', '2023-01-02', '--to', '2023-01-04', '--scheme', 'beijing-style'],
      ...['--as-of', '2023-02-01 00:00:00', '--published-on', '2023-02-02'],
    ];
    const bundled = fromBundle(bulletin);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(bundled.stdout).toBe(fromSource(bulletin).stdout);
  }, 60_000);
});
