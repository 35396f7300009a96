/**
 * Whether this browser can read QR codes by itself (the Shape Detection API's `BarcodeDetector` with `qr_code`:
 * Chrome and Edge on Android and macOS, Samsung Internet, Cốc Cốc). Elsewhere the tracker shows no scan button:
 * the citizen types the code, or opens the QR code's link with the phone's own camera app.
 * This check is all the tracker carries; the scanner itself is downloaded when the button is pressed. A build
 * without the scanner (the CDN single file: `QR_SCANNER` in src/base/build.ts) never offers it.
 */
import { QR_SCANNER } from '../../base/build.js';

/** The part of `BarcodeDetector` the tracker and its scanner use (not yet in TypeScript's DOM types). */
export interface BarcodeDetectorClass {
  new (options?: { formats?: string[] }): { detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]> };
  getSupportedFormats(): Promise<string[]>;
}

export const barcodeDetector = (): BarcodeDetectorClass | undefined =>
  (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;

/** Asked on each connection: cheap, and a polyfill installed after the first tracker is seen too. */
export async function qrScanSupported(): Promise<boolean> {
  if (!QR_SCANNER) return false;
  try {
    return (await barcodeDetector()!.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}
