import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/queries';
import { LoadError, Loading } from './loading';

/** Where a sign-in returns to: only paths inside this app (no "//host" or absolute URLs). */
export function safeReturnPath(value: string | null): string {
  const isInternal = value?.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
  return isInternal && value ? value : '/';
}

/** Guards the app's pages: a visitor who is not signed in goes to sign-in and comes back after. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/logga-in?tillbaka=${encodeURIComponent(back)}`} replace />;
  }
  return <Outlet />;
}
