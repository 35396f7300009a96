/**
 * A stand-in camera and QR reader for the tracker's QR-scan stories, so that every designer sees (and themes) the
 * scanning dialog in any browser: most desktop browsers have no `BarcodeDetector`, and a story must not ask for
 * the real camera. Like the mock API, it lives only in Storybook.
 */

import { waitFor } from './play-steps.js';

type Global = { BarcodeDetector?: unknown };

export interface StandIn {
  /** What the "camera" reads, or nothing: an empty list never finds a QR code. */
  reads?: string[];
  /** The camera cannot be opened, as when the citizen refused it (a DOMException name). */
  cameraError?: string;
}

/** A camera picture: a grey table with a white receipt on it, moving slightly as a hand-held phone does. */
function fakeCamera(): MediaStream {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  if (typeof canvas.captureStream !== 'function') throw new DOMException('No camera', 'NotFoundError');
  const g = canvas.getContext('2d')!;
  const stream = canvas.captureStream(15);
  const draw = (t: number) => {
    if (stream.getVideoTracks()[0]?.readyState !== 'live') return;
    const dx = Math.sin(t / 700) * 6;
    g.fillStyle = '#55595e';
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#fafaf7';
    g.fillRect(170 + dx, 60, 300, 380);
    g.fillStyle = '#222';
    for (let y = 90; y < 300; y += 22) g.fillRect(195 + dx, y, 250 - ((y * 7) % 90), 8);
    g.fillRect(195 + dx, 320, 96, 96);
    requestAnimationFrame(draw);
  };
  requestAnimationFrame(draw);
  return stream;
}

/** Installs the stand-ins for one story; the returned function (a story's `beforeEach` cleanup) removes them. */
export function installQrStandIn(o: StandIn = {}): () => void {
  const w = window as Global;
  const detector = w.BarcodeDetector;
  w.BarcodeDetector = class {
    static getSupportedFormats = async () => ['qr_code'];
    detect = async () => (o.reads ?? []).map((rawValue) => ({ rawValue, format: 'qr_code' }));
  };
  const media = navigator.mediaDevices;
  const own = media && Object.getOwnPropertyDescriptor(media, 'getUserMedia');
  const getUserMedia = async () => {
    if (o.cameraError) throw new DOMException('Camera unavailable', o.cameraError);
    return fakeCamera();
  };
  if (media) Object.defineProperty(media, 'getUserMedia', { value: getUserMedia, configurable: true, writable: true });
  return () => {
    if (detector === undefined) delete w.BarcodeDetector;
    else w.BarcodeDetector = detector;
    if (!media) return;
    if (own) Object.defineProperty(media, 'getUserMedia', own);
    else delete (media as { getUserMedia?: unknown }).getUserMedia;
  };
}

/**
 * A story's play: presses "Quét mã QR trên giấy hẹn" once the widget shows it, and waits for the scanner, which is
 * downloaded on that press: its dialog, or the dossier its stand-in camera read.
 */
export async function pressScanButton({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector('dvc-dossier-tracker')!;
  const button = await waitFor(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="scan-button"]'), 'the scan button');
  button.click();
  await waitFor(() => el.shadowRoot!.querySelector('[part="qr-dialog"], [part="result"]'), 'the scanner');
}
