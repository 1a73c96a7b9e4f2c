import { useMe } from '../../api/queries';
import { LoadError, Loading } from '../../components/loading';
import { Landing } from './landing';
import { MyCollaborations } from './my-collaborations';

/** "/": what Samrutin is for visitors; the user's collaborations once signed in. */
export function HomePage() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  return me.data ? <MyCollaborations /> : <Landing />;
}

export { HomePage as Component };
