import { createRequire as __prInsightsCreateRequire } from 'node:module'; const require = __prInsightsCreateRequire(import.meta.url);
import{a}from"./chunk-7BEXWS23.js";import"./chunk-I46YNFCT.js";export default a();
