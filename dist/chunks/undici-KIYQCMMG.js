let __prInsightsRequire; function require(id) { return (__prInsightsRequire ??= process.getBuiltinModule('node:module').createRequire(import.meta.url))(id); }
import{a}from"./chunk-4XLSJDGZ.js";import"./chunk-OTIWT4G3.js";export default a();
