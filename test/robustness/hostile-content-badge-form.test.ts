// Hostile content (hostile-content.ts): <dvc-service-level-badge> and <dvc-feedback-form> from the API, and keys
// that name a prototype in any widget's answer.
import { hostileContentSuite, prototypeKeysSuite } from './hostile-content.js';

hostileContentSuite((widget) => widget === 'dvc-service-level-badge' || widget === 'dvc-feedback-form');
prototypeKeysSuite();
