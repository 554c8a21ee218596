import { Navigate } from 'react-router';
import { LoadingBlock } from './StatusPages.tsx';
import { useNavigation } from './navigation.tsx';

/** `/`: the first link of the navigation — the agent desk for agents, else the user's first work queue. */
export default function HomeRedirect() {
  const { sections, queuesLoaded } = useNavigation();
  if (!queuesLoaded) return <LoadingBlock />;
  const target = sections[0]?.links[0]?.to ?? '/queues/all';
  return <Navigate to={target} replace />;
}
