/**
 * `story-widgets/ssr` (Node): renders the widgets of an HTML page to Declarative Shadow DOM,
 * with their documents fetched at render time and embedded, for crawlers, readers without
 * JavaScript and a first paint with no placeholders. The CDN files take the result over.
 */
import './dom-shim.js';

export { describeFailure, renderWidgets, type RenderWidgetsOptions, type WidgetFailure } from './render-widgets.js';
