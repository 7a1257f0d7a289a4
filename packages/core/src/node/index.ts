/**
 * `@ayashii/core/node`: Node-only conveniences. Everything else is in the browser-safe entry.
 */
export { fromEml, fromEmlFile } from './from-eml.js';
export * as core from '../index.js';
