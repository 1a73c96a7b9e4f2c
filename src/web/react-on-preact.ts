/**
 * What `react` resolves to in the production build (vite.config.ts): Preact's compatibility
 * layer, about 45 KB gzip less than react + react-dom. Development and the tests keep React.
 *
 * react-router's RouterProvider imports React 19's useOptimistic, which preact/compat lacks.
 * Outside a transition an optimistic state is the state passed in, and the router sets one only
 * with `useTransitions` (not used here), so returning the state is exact for this app.
 */
// @ts-expect-error: its types say `export =`; the build reads the ES module, which has named exports.
export * from 'preact/compat';
export { default } from 'preact/compat';

export function useOptimistic<S>(passthrough: S): [S, (action: unknown) => void] {
  return [passthrough, () => {}];
}
