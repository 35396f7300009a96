import { VERSION } from '../version.js';
import { BUILD, type BuildName } from './build.js';

/** One copy of the library on the page, as the tags it defines show it to other copies. */
interface Copy {
  readonly build: BuildName;
  /** Whether a clash between this copy and another of the same version has been reported. */
  reported: boolean;
}

type DvcConstructor = CustomElementConstructor & { dvcVersion?: string; dvcCopy?: Copy };

const copy: Copy = { build: BUILD, reported: false };

/** How a webmaster knows each build: the file their script tag names. */
const FILE_OF: Record<BuildName, string> = {
  modules: 'a bundle of dvc-elements',
  loader: 'dvc-elements.js',
  bundle: 'dvc-elements.bundle.js',
};

/**
 * Defines a tag unless it is already defined, so a page that loads the library twice (or two versions) keeps
 * working: the first definition stays. A clash between different versions is named in a console warning for each
 * tag; the same version loaded as two different builds (the loader and the single file) downloads the library
 * twice for nothing, and gets one warning for the whole page. The same file loaded twice is harmless and silent.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as DvcConstructor | undefined;
  if (existing) {
    if (existing !== ctor) reportClash(tag, existing);
    return;
  }
  (ctor as DvcConstructor).dvcVersion = VERSION;
  (ctor as DvcConstructor).dvcCopy = copy;
  registry.define(tag, ctor);
}

function reportClash(tag: string, existing: DvcConstructor): void {
  if (existing.dvcVersion !== VERSION) {
    console.warn(
      `dvc-elements ${VERSION}: <${tag}> is already defined by ${existing.dvcVersion ? `dvc-elements ${existing.dvcVersion}` : 'another script'}; keeping that definition.`,
    );
    return;
  }
  const other = existing.dvcCopy;
  // Whichever of the two copies meets the other first reports it; the other copy then sees it was reported
  // (the tags it finds defined carry the first copy's record).
  if (!other || other.build === copy.build || other.reported || copy.reported) return;
  copy.reported = true;
  console.warn(
    `dvc-elements ${VERSION} is loaded twice, as ${FILE_OF[other.build]} and ${FILE_OF[copy.build]}: the widgets keep the first definitions. One script tag is enough.`,
  );
}
