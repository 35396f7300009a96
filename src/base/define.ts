import { VERSION } from '../version.js';

type DvcConstructor = CustomElementConstructor & { dvcVersion?: string };

/**
 * Defines a tag unless it is already defined, so a page that loads the library twice (or two versions) keeps
 * working: the first definition stays. A clash between different versions is named in a console warning.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as DvcConstructor | undefined;
  if (existing) {
    if (existing !== ctor && existing.dvcVersion !== VERSION) {
      console.warn(
        `dvc-elements ${VERSION}: <${tag}> is already defined by ${existing.dvcVersion ? `dvc-elements ${existing.dvcVersion}` : 'another script'}; keeping that definition.`,
      );
    }
    return;
  }
  (ctor as DvcConstructor).dvcVersion = VERSION;
  registry.define(tag, ctor);
}
