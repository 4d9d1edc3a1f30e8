/**
 * Plain `tsc` does not know `.astro` files (Astro's own checker and the build do). index.ts is the
 * one TypeScript module that imports components, so this declaration lets it type-check alone.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
