import { html, nothing, type TemplateResult } from 'lit-html';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { css } from '../../theme/tokens.js';
import type { Lang } from '../../api/types.js';
import { addPartStyles } from '../../base/lazy-module.js';
import { qrScanMessages, type CameraProblem } from '../../i18n/messages/qr-scan.js';
import { findDossierCode } from './qr-code-text.js';
import { barcodeDetector } from './qr-support.js';

/**
 * The tracker's QR scanning dialog, downloaded when the citizen presses "Quét mã QR trên giấy hẹn": the camera
 * (the rear one on a phone) in a modal dialog, or a photo of the receipt where no camera can be opened. Every
 * picture is read by the browser's own `BarcodeDetector`, on the device: nothing is sent anywhere. The camera
 * stops when a code is read, when the dialog closes (Escape or the button), and when the tracker leaves the page.
 */

export interface QrScannerOptions {
  lang(): Lang;
  /** The tracker's URL parameter: a link in the QR code that names it is read by it first. */
  codeParam(): string;
  /** A dossier code was read: the dialog has closed and focus is back on the scan button. */
  onCode(code: string): void;
}

type Phase = 'closed' | 'starting' | 'camera' | 'photo';

/** Time between two looks at the camera picture: quick enough to feel instant, light on a phone's battery. */
const SCAN_INTERVAL_MS = 250;

const qrStyles = css`
  dialog.qr {
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog.qr::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .qr h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }
  .qr video {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    background: #000;
    border-radius: var(--_radius);
  }
  .qr input[type='file'] {
    padding-block: var(--_space);
  }
  .qr .actions {
    display: flex;
    justify-content: flex-end;
    margin: 0;
  }
`;

export class QrScanner implements ReactiveController {
  private phase: Phase = 'closed';
  private problem: CameraProblem = 'failed';
  private status = '';
  private stream?: MediaStream;
  /** Each opening is a session; whatever arrives for an older one (a late camera, a late answer) is let go. */
  private session = 0;
  private opener?: HTMLElement;
  private lastText?: string;
  private detector?: { detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]> };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: QrScannerOptions,
  ) {
    host.addController(this);
    // The dialog's styles come with this module, not with the tracker every page downloads.
    addPartStyles(host.shadowRoot, qrStyles);
  }

  private get m() {
    const lang = this.options.lang();
    // The tracker changed language while the dialog is open: its words follow once they have arrived.
    if (!qrScanMessages.has(lang)) void qrScanMessages.load(lang).then((ok) => ok && this.host.requestUpdate());
    return qrScanMessages[lang];
  }

  private el<T extends Element>(selector: string): T | null {
    return this.host.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  /** Opens the dialog and the camera; `opener` gets focus back when the dialog closes. */
  async open(opener: HTMLElement): Promise<void> {
    const Detector = barcodeDetector();
    if (!Detector) throw new Error('BarcodeDetector is missing');
    // The dialog's words in the tracker's language before it opens (English is a module of its own).
    await qrScanMessages.load(this.options.lang());
    // Removed from the page while the scanner was downloading: nothing to open.
    if (!this.host.isConnected) return;
    this.detector = new Detector({ formats: ['qr_code'] });
    this.end();
    const session = this.session;
    this.opener = opener;
    this.phase = 'starting';
    this.lastText = undefined;
    this.status = this.m.starting;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.el<HTMLDialogElement>('dialog.qr');
    if (!dialog || session !== this.session) return;
    if (!dialog.open) dialog.showModal();

    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('', 'NotFoundError');
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    } catch (e) {
      const name = (e as DOMException)?.name;
      if (session === this.session) {
        this.showPhoto(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'missing' : 'failed');
      }
      return;
    }
    // Cancelled, or the tracker removed, while the browser was opening the camera: it stops at once.
    if (session !== this.session) {
      stopTracks(stream);
      return;
    }
    this.stream = stream;
    this.phase = 'camera';
    this.say(this.m.looking);
    await this.host.updateComplete;
    const video = this.el<HTMLVideoElement>('video');
    if (video) {
      try {
        video.srcObject = stream;
        void video.play().catch(() => undefined);
      } catch {
        // A stream the element cannot show: the detector still reads the element (and says when it cannot).
      }
    }
    void this.watch(session);
  }

  hostDisconnected(): void {
    // The tracker left the page: the camera must not stay on behind it.
    this.end();
    this.el<HTMLDialogElement>('dialog.qr')?.close();
  }

  render(): TemplateResult {
    const m = this.m;
    return html`<dialog class="qr" part="qr-dialog" aria-labelledby="qr-title" aria-describedby="qr-intro" @close=${this.onClose}>
      <h2 id="qr-title">${m.title}</h2>
      <p id="qr-intro" class="hint">${m.intro}</p>
      ${this.phase === 'camera' ? html`<video part="qr-video" muted playsinline aria-hidden="true"></video>` : nothing}
      ${this.phase === 'photo'
        ? html`<p id="qr-problem">${m.camera[this.problem]}</p>
            <label for="qr-photo">${m.photoLabel}</label>
            <p id="qr-photo-hint" class="hint">${m.photoHint}</p>
            <input id="qr-photo" type="file" accept="image/*" aria-describedby="qr-problem qr-photo-hint" @change=${this.onPhoto} />`
        : nothing}
      <p class="qr-status" role="status">${this.status}</p>
      <p class="actions"><button type="button" class="secondary" @click=${this.cancel}>${m.cancel}</button></p>
    </dialog>`;
  }

  /** Stops the camera and forgets the session: anything still on its way for it is dropped. */
  private end(): void {
    this.session++;
    stopTracks(this.stream);
    this.stream = undefined;
    const video = this.el<HTMLVideoElement>('video');
    if (video) video.srcObject = null;
    this.phase = 'closed';
  }

  private close(): void {
    this.end();
    this.el<HTMLDialogElement>('dialog.qr')?.close();
    // Back to the button that opened the dialog (some browsers do not restore focus from a dialog).
    if (this.host.isConnected) this.opener?.focus();
    this.host.requestUpdate();
  }

  private readonly cancel = (): void => this.close();

  // Escape closes a modal dialog by itself: the camera must stop with it.
  private readonly onClose = (): void => {
    if (this.phase !== 'closed') this.close();
  };

  private showPhoto(problem: CameraProblem): void {
    this.phase = 'photo';
    this.problem = problem;
    this.status = '';
    this.host.requestUpdate();
    // Focus on the photo field: its label and description say why the camera is not used.
    void this.host.updateComplete.then(() => this.el<HTMLInputElement>('#qr-photo')?.focus());
  }

  /** Looks at the camera picture until a code is read or the session ends. */
  private async watch(session: number): Promise<void> {
    while (session === this.session) {
      const video = this.el<HTMLVideoElement>('video');
      if (video) {
        try {
          const found = await this.detector!.detect(video);
          if (session !== this.session) return;
          this.read(found, false);
        } catch {
          // No picture yet (the camera is starting): look again.
        }
      }
      await new Promise((r) => setTimeout(r, SCAN_INTERVAL_MS));
    }
  }

  private readonly onPhoto = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const session = this.session;
    this.say(this.m.reading);
    let found: { rawValue: string }[];
    try {
      const picture = await createImageBitmap(file);
      try {
        found = await this.detector!.detect(picture);
      } finally {
        picture.close();
      }
    } catch {
      if (session === this.session) this.say(this.m.unreadablePhoto);
      return;
    }
    if (session !== this.session) return;
    if (!found.length) this.say(this.m.noQrInPhoto);
    else this.read(found, true);
  };

  /** A dossier code closes the dialog and is looked up; a QR code without one is said once. */
  private read(found: { rawValue: string }[], fromPhoto: boolean): void {
    for (const { rawValue } of found) {
      const code = findDossierCode(rawValue, this.options.codeParam());
      if (code) {
        this.close();
        this.options.onCode(code);
        return;
      }
    }
    if (!found.length) return;
    // The same QR code in front of the camera frame after frame is said once; each photo is answered.
    const text = found.map((f) => f.rawValue).join('\n');
    if (fromPhoto || text !== this.lastText) this.say(this.m.noCode);
    this.lastText = text;
  }

  // A live region speaks only when its text changes: the same message again differs by a no-break space.
  private say(text: string): void {
    this.status = text === this.status ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }
}

function stopTracks(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
