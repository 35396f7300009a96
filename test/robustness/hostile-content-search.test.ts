// Hostile content (hostile-content.ts): <dvc-procedure-search> from the API, and the suite's own detectors.
import { detectorsSuite, hostileContentSuite } from './hostile-content.js';

detectorsSuite();
hostileContentSuite((widget) => widget === 'dvc-procedure-search');
