import { createRequire as __prInsightsCreateRequire } from 'node:module'; const require = __prInsightsCreateRequire(import.meta.url);
import{a}from"./chunk-B6QWJHDF.js";import"./chunk-PUR3B5P3.js";export default a();
