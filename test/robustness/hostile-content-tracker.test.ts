// Hostile content (hostile-content.ts): <dvc-dossier-tracker>.
import { hostileContentSuite } from './hostile-content.js';

hostileContentSuite((widget) => widget.startsWith('dvc-dossier-tracker'));
