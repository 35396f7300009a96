// Hostile content (hostile-content.ts): search and badges reading a static catalog folder.
import { hostileContentSuite } from './hostile-content.js';

hostileContentSuite((widget) => widget.endsWith(' catalog'));
