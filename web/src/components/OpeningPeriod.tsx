import type { ReactNode } from 'react';
import { Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useDataMonths } from '../api/schemes.ts';
import { openingPeriod } from './period.ts';

/**
 * Renders a period screen once the months with tickets are known, on the period it should open on
 * (`openingPeriod`): no first request for an empty month, no jump after it. Without the list (an error), the
 * screen opens on its default.
 */
export function WithOpeningPeriod({
  kind,
  children,
}: {
  kind: 'lastMonth' | 'thisMonth';
  children: (opening: [Dayjs, Dayjs]) => ReactNode;
}) {
  const months = useDataMonths();
  if (months.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  return children(openingPeriod(months.data?.months ?? [], kind));
}
