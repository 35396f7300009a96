/**
 * Firefox keeps a module whose fetch failed as failed for the page's life (its module map): imported again at the
 * same address, it fails at once whatever the network does meanwhile, so a retry once the connection is back could
 * never succeed. Its error names the address (Chromium's too; WebKit's does not, and WebKit fetches again anyway):
 * after such a failure, the import is asked for under a new address (`?retry=n`). What it imports keeps its name:
 * the widget's own code, which has arrived, since the widget runs. Every module a widget fetches on need goes
 * through here: the parts and the static catalog's code (lazy-module.ts) and the English catalogs
 * (src/i18n/messages/define.ts).
 */

import { BUILD } from './build.js';

/** The address a failed dynamic import names in its error, if it does. */
const failedAddress = (cause: unknown): string | undefined =>
  /(https?:\/\/\S+\.[cm]?[jt]s(?:\?\S*)?)\s*$/.exec(String((cause as Error | undefined)?.message ?? ''))?.[1];

/**
 * `load` (a dynamic import), fetched again under a new address after a failure that named its address. The single
 * file fetches nothing (its parts and English are in it): there `load` is returned as it is, and no import() is
 * left in that file.
 */
export function refetchable<M>(load: () => Promise<M>): () => Promise<M> {
  if (BUILD === 'bundle') return load;
  let retry: URL | undefined;
  let tries = 0;
  return () => {
    if (retry) retry.searchParams.set('retry', String(++tries));
    const loading = retry ? (import(/* @vite-ignore */ /* webpackIgnore: true */ retry.href) as Promise<M>) : load();
    return loading.catch((cause: unknown) => {
      const address = failedAddress(cause);
      if (address && !retry) retry = new URL(address);
      throw cause;
    });
  };
}
