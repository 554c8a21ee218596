export * from './states.ts';
export * from './ticket.ts';
export * from './commands.ts';
export * from './events.ts';
export * from './transitions.ts';
export * from './lifecycle-error.ts';
export * from './decide.ts';
export * from './evolve.ts';
