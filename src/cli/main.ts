import { Command, CommanderError } from 'commander';
import { isAppError } from '../shared/errors.ts';
import { registerDeadlineCommand } from './deadline.command.ts';
import { registerDemoCommand } from './demo.command.ts';
import { registerImportCommand } from './import.command.ts';
import { registerKbCommand } from './kb.command.ts';
import { registerMigrateCommand } from './migrate.command.ts';
import { registerServeCommand } from './serve.command.ts';
import { registerBenchCommand } from './bench.command.ts';
import { registerBulletinCommand } from './bulletin.command.ts';
import { registerRollupsCommand } from './rollups.command.ts';
import { registerExchangeCommand } from './exchange.command.ts';

import { VERSION } from './version.ts';

export function buildProgram(): Command {
  const program = new Command('hotline')
    .description('12345 政务服务便民热线平台 — hotline platform command line')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerDemoCommand(program);
  registerImportCommand(program);
  registerKbCommand(program);
  registerDeadlineCommand(program);
  registerBulletinCommand(program);
  registerRollupsCommand(program);
  registerExchangeCommand(program);
  registerBenchCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  // `hotline kb search … | head`: the reader has gone, which is the end of the output, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isAppError(error)) {
      console.error(`错误 ${error.code}: ${error.message}`);
      if (error.details) console.error(JSON.stringify(error.details, null, 2));
      return 2;
    }
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}
