import type { ComponentType } from 'react';
import { useAbilities } from '../api/session.ts';
import { ForbiddenPage } from './StatusPages.tsx';

/** A screen that shows 无权查看 to users whose role lacks its ability (routes.tsx), instead of failing calls. */
export function gated(Screen: ComponentType, ability: string | undefined): ComponentType {
  if (!ability) return Screen;
  function GatedScreen() {
    const can = useAbilities();
    return can(ability) ? <Screen /> : <ForbiddenPage />;
  }
  GatedScreen.displayName = `Gated(${Screen.displayName ?? Screen.name})`;
  return GatedScreen;
}
