// The package's own types re-export './browser/commands.mjs', which TypeScript cannot map to its commands.d.ts;
// this restates the one function the screenshots use.
export {};
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
