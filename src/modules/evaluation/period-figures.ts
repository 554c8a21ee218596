import type { Ratio, UnitFigureSet } from './unit-figures.ts';

export interface Period {
  /** 'YYYY-MM-DD', first and last day (Asia/Shanghai) of registration */
  from: string;
  to: string;
  /** Figures count what had happened by this moment. */
  asOf: Date;
}

export interface PeriodFigures {
  period: Period;
  /** Every unit subtree with tickets in the period, the centre (root) included */
  units: Map<string, UnitFigureSet>;
  /** 知识库更新数 by unit subtree */
  kbUpdates: Map<string, number>;
  calls: { answer: Ratio; answerWithin15s: Ratio };
}
