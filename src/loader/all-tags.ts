/**
 * The all-tags file of dist/cdn/ (`all-<hash>.js`): the four tags' code in one file, for the loader to fetch
 * instead of each tag's chunks on a page that starts with several kinds of tag (loader.ts says when). One file
 * compresses better than the eleven a page with every tag needs otherwise, and is one request. English and the
 * parts a widget needs only sometimes stay files of their own, as in the per-tag chunks.
 */
import '../components/service-level-badge/service-level-badge.js';
import '../components/procedure-search/procedure-search.js';
import '../components/dossier-tracker/dossier-tracker.js';
import '../components/feedback-form/feedback-form.js';
