import type { SimulationOptions } from './simulate.ts';

// Apart from the loader so that `hotline demo --help` can show the defaults without loading the services.
export const DEFAULT_DEMO: Omit<SimulationOptions, 'onProgress'> = {
  from: '2023-01-01',
  to: '2023-04-30',
  perDay: 806,
  directShare: 0.75,
  seed: 'panjin-2023',
};
