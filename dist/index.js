#!/usr/bin/env node
import { createRequire as __prInsightsCreateRequire } from 'node:module'; const require = __prInsightsCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-VGTTURFU.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode4(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode4;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path2) {
      const ctrl = callVisitor(key2, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path2, ctrl);
        return visit_(key2, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path2) {
      const ctrl = await callVisitor(key2, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path2, ctrl);
        return visitAsync_(key2, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key2, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path2);
      return void 0;
    }
    function replaceNode(key2, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data3 = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data3);
        ctx.onCreate = (res2) => {
          data3.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count6, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count6);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data3 = anchors2.get(found);
          if (!data3) {
            toJS.toJS(found, null, ctx);
            data3 = anchors2.get(found);
          }
          if (data3?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data3.count += 1;
            if (data3.aliasCount === 0)
              data3.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data3.count * data3.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count6 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count6)
            count6 = c;
        }
        return count6;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema3, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema3.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema3[identity.MAP] : Symbol.iterator in Object(value) ? schema3[identity.SEQ] : schema3[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema3, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema3,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema3) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema3,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema3) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema3)
          copy.schema = schema3;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema3) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key2, ...rest] = path2;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key2, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key2, ...rest] = path2;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key2, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key2, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text3.length <= endStep)
        return text3;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text3, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text3[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text3[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text3, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text3.length;
        if (fold === 0)
          res = `
${indent}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text3[fold]}\\`;
          res += `
${indent}${text3.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i, indent) {
      let end = i;
      let start3 = i + 1;
      let ch = text3[start3];
      while (ch === " " || ch === "	") {
        if (i < start3 + indent) {
          ch = text3[++i];
        } else {
          do {
            ch = text3[++i];
          } while (ch && ch !== "\n");
          end = i;
          start3 = i + 1;
          ch = text3[start3];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start3 = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start3 > limit)
            return true;
          start3 = i + 1;
          if (strLen - start3 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start3 = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start3, i) + "\\ ";
          i += 1;
          start3 = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start3, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start3 = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start3, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start3 = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start3 ? str2 + json.slice(start3) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start3 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start3) {
        value = value.substring(start3.length);
        start3 = start3.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start3}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start3}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema3) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema3);
        if (identity.isNode(value))
          value = value.clone(schema3);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start: start3, end } = flowChars;
      if (lines.length === 0) {
        return start3 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start3;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start3}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema3) {
        super(identity.MAP, schema3);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema3, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema3);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema3.sortMapEntries === "function") {
          map.items.sort(schema3.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema3, obj, ctx) => YAMLMap.YAMLMap.from(schema3, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema3) {
        super(identity.SEQ, schema3);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema3, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema3);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema3, obj, ctx) => YAMLSeq.YAMLSeq.from(schema3, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema3 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema3 = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema3, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema3);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key2, value;
          if (identity.isPair(pair2)) {
            key2 = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema3, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema3, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema3, iterable, ctx) => YAMLOMap.from(schema3, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema3) {
        super(schema3);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair2;
        if (identity.isPair(key2))
          pair2 = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair2 = new Pair.Pair(key2.key, null);
        else
          pair2 = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema3, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema3);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema3, iterable, ctx) => YAMLSet.from(schema3, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema3 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema3 = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema3.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema: schema3, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema3 === "string" && schema3 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count6, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count6);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count6 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count6 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count6);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start3 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start3 ?? (start3 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start3 ?? (start3 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start3 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start3, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start3, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start3[start3.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start3, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start3, value } of bs.items) {
        const props = resolveProps.resolveProps(start3, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start3, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start: start3, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start3, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start3) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start3, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start3 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start3, start3, start3] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start3 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start3, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start3 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start3, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first2 = split[0];
      const m = first2.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first2.slice(m[1].length)] : ["", first2];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema3, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema3[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema3.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema3.knownTags[tagName];
      if (kt && !kt.collection) {
        schema3.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema3[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema3 }, value, token, onError) {
      const tag = schema3.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema3[identity.SCALAR];
      if (schema3.compat) {
        const compat = schema3.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema3[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start3, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start3, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start3, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start3, key: key2, sep, value }) {
      let res = "";
      for (const st of start3)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field2, index] of path2) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field2 = path2[path2.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start3 = this.lineStarts[low - 1];
          return { line: low, col: offset - start3 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target2, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target2, source);
      else
        for (let i = 0; i < source.length; ++i)
          target2.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start3 = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start3, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start3 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start3 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start3.push(this.sourceToken);
                map.items.push({ start: start3 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start3.push(this.sourceToken);
                map.items.push({ start: start3, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start4 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start4, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start4 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start4, key: key2, sep }]
                  });
                } else if (start3.length > 0) {
                  it.sep = it.sep.concat(start3, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start3, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start3, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start3 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start3 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start3, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start3 = getFirstKeyStartProps(prev);
            start3.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start3, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start3 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start3, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start3, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start3.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse8(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse8;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names4, c) => {
          if (c instanceof Name)
            names4[c.str] = (names4[c.str] || 0) + 1;
          return names4;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key2) {
      return typeof key2 == "string" && exports.IDENTIFIER.test(key2) ? new _Code(`.${key2}`) : _`[${key2}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key2) {
      if (typeof key2 == "string" && exports.IDENTIFIER.test(key2)) {
        return new _Code(`${key2}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key2}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix2) {
        return new code_1.Name(this._newName(prefix2));
      }
      _newName(prefix2) {
        const ng = this._names[prefix2] || this._nameGroup(prefix2);
        return `${prefix2}${ng.index++}`;
      }
      _nameGroup(prefix2) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix2)) || this._prefixes && !this._prefixes.has(prefix2)) {
          throw new Error(`CodeGen: prefix "${prefix2}" is not allowed in this scope`);
        }
        return this._names[prefix2] = { prefix: prefix2, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix2, nameStr) {
        super(nameStr);
        this.prefix = prefix2;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix2) {
        return new ValueScopeName(prefix2, this._newName(prefix2));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix: prefix2 } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix2];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix2] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix2] || (this._scope[prefix2] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix2, itemIndex });
        return name;
      }
      getValue(prefix2, keyOrRef) {
        const vs = this._values[prefix2];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix2 in values) {
          const vs = values[prefix2];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix2] = usedValues[prefix2] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names4, constants2) {
        if (!names4[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names4, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names4, constants2) {
        if (this.lhs instanceof code_1.Name && !names4[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names4, constants2);
        return this;
      }
      get names() {
        const names4 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names4, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names4, constants2) {
        this.code = optimizeExpr(this.code, names4, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names4, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names4, constants2))
            continue;
          subtractNames(names4, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names4, n) => addNames(names4, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names4, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names4, constants2);
        if (!(super.optimizeNames(names4, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names4, constants2);
        return this;
      }
      get names() {
        const names4 = super.names;
        addExprNames(names4, this.condition);
        if (this.else)
          addNames(names4, this.else.names);
        return names4;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names4, constants2) {
        if (!super.optimizeNames(names4, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names4, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names4 = addExprNames(super.names, this.from);
        return addExprNames(names4, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names4, constants2) {
        if (!super.optimizeNames(names4, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names4, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names4, constants2) {
        var _a, _b;
        super.optimizeNames(names4, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names4, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names4, constants2);
        return this;
      }
      get names() {
        const names4 = super.names;
        if (this.catch)
          addNames(names4, this.catch.names);
        if (this.finally)
          addNames(names4, this.finally.names);
        return names4;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix2) {
        return this._scope.name(prefix2);
      }
      // reserves unique name in the external scope
      scopeName(prefix2) {
        return this._extScope.name(prefix2);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix2, keyOrRef) {
        return this._extScope.getValue(prefix2, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key2, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key2);
          if (key2 !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names4, from) {
      for (const n in from)
        names4[n] = (names4[n] || 0) + (from[n] || 0);
      return names4;
    }
    function addExprNames(names4, from) {
      return from instanceof code_1._CodeOrName ? addNames(names4, from.names) : names4;
    }
    function optimizeExpr(expr, names4, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names4[n.str] !== 1)
          return n;
        delete names4[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names4[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names4, from) {
      for (const n in from)
        names4[n] = (names4[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema3) {
      if (typeof schema3 == "boolean")
        return schema3;
      if (Object.keys(schema3).length === 0)
        return true;
      checkUnknownRules(it, schema3);
      return !schemaHasRules(schema3, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema3 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema3 === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key2 in schema3) {
        if (!rules[key2])
          checkStrictMode(it, `unknown keyword: "${key2}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema3, rules) {
      if (typeof schema3 == "boolean")
        return !schema3;
      for (const key2 in schema3)
        if (rules[key2])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema3, RULES) {
      if (typeof schema3 == "boolean")
        return !schema3;
      for (const key2 in schema3)
        if (key2 !== "$ref" && RULES.all[key2])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema3, keyword, $data) {
      if (!$data) {
        if (typeof schema3 == "number" || typeof schema3 == "boolean")
          return schema3;
        if (typeof schema3 == "string")
          return (0, codegen_1._)`${schema3}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names4 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names4;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data: data3, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data3);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data: data3, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data3]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema: schema3, validateName } = it;
      if (schema3 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema3 == "object" && schema3.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema3 } = it;
      if (schema3 === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data: data3 } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data: data3,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema: schema3, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema3, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema3, group) {
      return group.rules.some((rule2) => shouldUseRule(schema3, rule2));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema3, rule2) {
      var _a;
      return schema3[rule2.keyword] !== void 0 || ((_a = rule2.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema3[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema3) {
      const types = getJSONTypes(schema3.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema3.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema3.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema3.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data: data3, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data3, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data: data3, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data3}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data3}) && ${data3}.length == 1`, () => gen.assign(data3, (0, codegen_1._)`${data3}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data3}`).if(checkDataTypes(types, data3, opts.strictNumbers), () => gen.assign(coerced, data3)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data3, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data3}`).elseIf((0, codegen_1._)`${data3} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data3} === null
              || (${dataType} == "string" && ${data3} && ${data3} == +${data3})`).assign(coerced, (0, codegen_1._)`+${data3}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data3} === null
              || (${dataType} === "string" && ${data3} && ${data3} == +${data3} && !(${data3} % 1))`).assign(coerced, (0, codegen_1._)`+${data3}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data3} === "false" || ${data3} === 0 || ${data3} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data3} === "true" || ${data3} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data3} === "" || ${data3} === 0 || ${data3} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data3} === null`).assign(coerced, (0, codegen_1._)`[${data3}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data3, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data3} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data3})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data3} && typeof ${data3} == "object" && !Array.isArray(${data3})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data3} % 1) && !isNaN(${data3})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data3} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data3} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data3})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data3, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data3, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data3} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data3} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data3, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema3 }) => `must be ${schema3}`,
      params: ({ schema: schema3, schemaValue }) => typeof schema3 == "string" ? (0, codegen_1._)`{type: ${schema3}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data: data3, schema: schema3 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema3, "type");
      return {
        gen,
        keyword: "type",
        data: data3,
        schema: schema3.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema3,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key2 in properties) {
          assignDefault(it, key2, properties[key2].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data: data3, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data3}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data: data3, it } = cxt;
      gen.if(noPropertyInData(gen, data3, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data: data3, it: { opts } }, properties, missing2) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data3, prop, opts.ownProperties), (0, codegen_1._)`${missing2} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing2) {
      cxt.setParams({ missingProperty: missing2 }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data3, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data3}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data3, property, ownProperties) {
      const cond = (0, codegen_1._)`${data3}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data3, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data3, property, ownProperties) {
      const cond = (0, codegen_1._)`${data3}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data3, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data: data3, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data3}, ${topSchemaRef}${schemaPath}` : data3;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data: data3, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data3}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema: schema3, keyword, it } = cxt;
      if (!Array.isArray(schema3))
        throw new Error("ajv implementation error");
      const alwaysValid = schema3.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema3.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema: schema3, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema3, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema: schema3, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema3, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data: data3, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data3, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema3, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema3) : st === "object" ? schema3 && typeof schema3 == "object" && !Array.isArray(schema3) : typeof schema3 == st || allowUndefined && typeof schema3 == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema3, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema3, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema3[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema: schema3, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema3 !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema3 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema3,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data: data3, dataTypes, propertyName }) {
      if (data3 !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data3 !== void 0) {
        const nextData = data3 instanceof codegen_1.Name ? data3 : gen.let("data", data3, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key2 = keys[i];
          if (!equal(a[key2], b[key2])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema3, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema3, "", schema3);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema3, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema3 && typeof schema3 == "object" && !Array.isArray(schema3)) {
        pre(schema3, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key2 in schema3) {
          var sch = schema3[key2];
          if (Array.isArray(sch)) {
            if (key2 in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key2 + "/" + i, rootSchema, jsonPtr, key2, schema3, i);
            }
          } else if (key2 in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key2 + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key2, schema3, prop);
            }
          } else if (key2 in traverse.keywords || opts.allKeys && !(key2 in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key2, rootSchema, jsonPtr, key2, schema3);
          }
        }
        post(schema3, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema3, limit = true) {
      if (typeof schema3 == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema3);
      if (!limit)
        return false;
      return countKeys(schema3) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema3) {
      for (const key2 in schema3) {
        if (REF_KEYWORDS.has(key2))
          return true;
        const sch = schema3[key2];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema3) {
      let count6 = 0;
      for (const key2 in schema3) {
        if (key2 === "$ref")
          return Infinity;
        count6++;
        if (SIMPLE_INLINED.has(key2))
          continue;
        if (typeof schema3[key2] == "object") {
          (0, util_1.eachItem)(schema3[key2], (sch) => count6 += countKeys(sch));
        }
        if (count6 === Infinity)
          return Infinity;
      }
      return count6;
    }
    function getFullPath(resolver, id2 = "", normalize) {
      if (normalize !== false)
        id2 = normalizeId(id2);
      const p = resolver.parse(id2);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id2) {
      return id2 ? id2.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl2(resolver, baseId, id2) {
      id2 = normalizeId(id2);
      return resolver.resolve(baseId, id2);
    }
    exports.resolveUrl = resolveUrl2;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema3, baseId) {
      if (typeof schema3 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema3[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema3, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema: schema3, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema3, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema3, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema: schema3, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema3.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema3, opts) {
      const schId = typeof schema3 == "object" && schema3[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema: schema3, self }) {
      if (typeof schema3 == "boolean")
        return !schema3;
      for (const key2 in schema3)
        if (self.RULES.all[key2])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema3, gen, opts } = it;
      if (opts.$comment && schema3.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema: schema3, errSchemaPath, opts, self } = it;
      if (schema3.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema3, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema3, opts } = it;
      if (schema3.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema: schema3, errSchemaPath, opts }) {
      const msg = schema3.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema: schema3, data: data3, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema3.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema3, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema3, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data3, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema: schema3, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule2 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema3, rule2)) {
            keywordCode(it, rule2.keyword, rule2.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule2 = rules[keyword];
        if (typeof rule2 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule2)) {
          const { type } = rule2.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data3;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data3 = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data3 = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data3;
      }
      let expr = data3;
      const segments = jsonPointer.split("/");
      for (const segment2 of segments) {
        if (segment2) {
          data3 = (0, codegen_1._)`${data3}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment2))}`;
          expr = (0, codegen_1._)`${expr} && ${data3}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema3;
        if (typeof env.schema == "object")
          schema3 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema3 === null || schema3 === void 0 ? void 0 : schema3[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema3 === null || schema3 === void 0 ? void 0 : schema3.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema3 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema3)
          _sch = new SchemaEnv({ schema: schema3, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve4(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id2 = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id2] || this.schemas[id2];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id2 === (0, resolve_1.normalizeId)(ref)) {
        const { schema: schema3 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema3[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema3, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema: schema3, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema3 === "boolean")
          return;
        const partSchema = schema3[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema3 = partSchema;
        const schId = typeof schema3 === "object" && schema3[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema3 != "boolean" && schema3.$ref && !(0, util_1.schemaHasRulesButRef)(schema3, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema3.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema3, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/") {
        return removeDotSegments(path2);
      }
      const segments = path2.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment2 = segments[i];
        if (segment2 === "." || segment2 === "..") {
          if (segment2 === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment2);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse8(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target2 = {};
      if (!skipNormalization) {
        base = parse8(serialize(base, options), options);
        relative2 = parse8(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target2.scheme = relative2.scheme;
        target2.userinfo = relative2.userinfo;
        target2.host = relative2.host;
        target2.port = relative2.port;
        target2.path = removeDotSegments(relative2.path || "");
        target2.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target2.userinfo = relative2.userinfo;
          target2.host = relative2.host;
          target2.port = relative2.port;
          target2.path = removeDotSegments(relative2.path || "");
          target2.query = relative2.query;
        } else {
          if (!relative2.path) {
            target2.path = base.path;
            if (relative2.query !== void 0) {
              target2.query = relative2.query;
            } else {
              target2.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target2.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target2.path = "/" + relative2.path;
              } else if (!base.path) {
                target2.path = relative2.path;
              } else {
                target2.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target2.path = base.scheme === void 0 && !baseHasAuthority && target2.path[0] !== "/" ? removeDotSegmentsRelative(target2.path) : removeDotSegments(target2.path);
            }
            target2.query = relative2.query;
          }
          target2.userinfo = base.userinfo;
          target2.host = base.host;
          target2.port = base.port;
        }
        target2.scheme = base.scheme;
      }
      target2.fragment = relative2.fragment;
      return target2;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent2 = component.indexOf("%");
      while (percent2 !== -1) {
        if (percent2 + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent2 + 1, percent2 + 3))) {
          return true;
        }
        percent2 = component.indexOf("%", percent2 + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse8(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize,
      parse: parse8
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data3) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data3);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema3, _meta) {
        const sch = this._addSchema(schema3, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema3, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema3, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema3, key2, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema3)) {
          for (const sch of schema3)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id2;
        if (typeof schema3 === "object") {
          const { schemaId } = this.opts;
          id2 = schema3[schemaId];
          if (id2 !== void 0 && typeof id2 != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key2 = (0, resolve_1.normalizeId)(key2 || id2);
        this._checkUnique(key2);
        this.schemas[key2] = this._addSchema(schema3, _meta, key2, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema3, key2, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema3, key2, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema3, throwOrLogError) {
        if (typeof schema3 == "boolean")
          return true;
        let $schema;
        $schema = schema3.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema3);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id2 = schemaKeyRef[this.opts.schemaId];
            if (id2) {
              id2 = (0, resolve_1.normalizeId)(id2);
              delete this.schemas[id2];
              delete this.refs[id2];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule2 = this.RULES.all[keyword];
        return typeof rule2 == "object" ? rule2.definition : !!rule2;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule2) => rule2.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text3, msg) => text3 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key2 in rules) {
            const rule2 = rules[key2];
            if (typeof rule2 != "object")
              continue;
            const { $data } = rule2.definition;
            const schema3 = keywords[key2];
            if ($data && schema3)
              keywords[key2] = schemaOrData(schema3);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema3, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id2;
        const { schemaId } = this.opts;
        if (typeof schema3 == "object") {
          id2 = schema3[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema3 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema3);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id2 || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema3, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema3, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema3, true);
        return sch;
      }
      _checkUnique(id2) {
        if (this.schemas[id2] || this.refs[id2]) {
          throw new Error(`schema with key or id "${id2}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key2 in checkOpts) {
        const opt = key2;
        if (opt in options)
          this.logger[log](`${msg}: option ${key2}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key2 in optsSchemas)
          this.addSchema(optsSchemas[key2], key2);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule2 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule2, definition.before);
      else
        ruleGroup.rules.push(rule2);
      RULES.all[keyword] = rule2;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule2, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule2);
      } else {
        ruleGroup.rules.push(rule2);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema3) {
      return { anyOf: [schema3, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data: data3, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data3} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data3})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data: data3, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data3}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data: data3, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data3}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data3})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data: data3, $data, schema: schema3, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data3})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema3);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data3})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data: data3, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data3}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, schemaCode, data: data3, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema3.length === 0)
          return;
        const useLoop = schema3.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema3) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema3) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing2 = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing2, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema3, missing2));
            (0, code_1.reportMissingProp)(cxt, missing2);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data3, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing2, valid) {
          cxt.setParams({ missingProperty: missing2 });
          gen.forOf(missing2, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data3, missing2, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data: data3, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data3}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data: data3, $data, schema: schema3, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema3)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data3}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data3}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data3}[${i}], ${data3}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data: data3, $data, schemaCode, schema: schema3 } = cxt;
        if ($data || schema3 && typeof schema3 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data3}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema3} !== ${data3}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data: data3, $data, schema: schema3, schemaCode, it } = cxt;
        if (!$data && schema3.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema3.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema3))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema3.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data3}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema3[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data3}, ${vSchema}[${i}])` : (0, codegen_1._)`${data3} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema: schema3, data: data3, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data3}.length`);
      if (schema3 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema3 == "object" && !(0, util_1.alwaysValidSchema)(it, schema3)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema: schema3, it } = cxt;
        if (Array.isArray(schema3))
          return validateTuple(cxt, "additionalItems", schema3);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema3))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data: data3, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data3}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema: schema3, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema3))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, parentSchema, data: data3, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data3}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema3)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data3}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count6 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count6)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count6) {
          gen.code((0, codegen_1._)`${count6}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count6} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count6} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count6} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema: schema3 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key2 in schema3) {
        if (key2 === "__proto__")
          continue;
        const deps = Array.isArray(schema3[key2]) ? propertyDeps : schemaDeps;
        deps[key2] = schema3[key2];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data: data3, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing2 = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data3, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing2)})`);
          (0, code_1.reportMissingProp)(cxt, missing2);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data: data3, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data3, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema: schema3, data: data3, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema3))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data3, (key2) => {
          cxt.setParams({ propertyName: key2 });
          cxt.subschema({
            keyword: "propertyNames",
            data: key2,
            dataTypes: ["string"],
            propertyName: key2,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, parentSchema, data: data3, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema3))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data3, (key2) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key2);
            else
              gen.if(isAdditional(key2), () => additionalPropertyCode(key2));
          });
        }
        function isAdditional(key2) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key2);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key2} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key2})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key2) {
          gen.code((0, codegen_1._)`delete ${data3}[${key2}]`);
        }
        function additionalPropertyCode(key2) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema3 === false) {
            deleteAdditional(key2);
            return;
          }
          if (schema3 === false) {
            cxt.setParams({ additionalProperty: key2 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema3 == "object" && !(0, util_1.alwaysValidSchema)(it, schema3)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key2, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key2);
              });
            } else {
              applyAdditionalSchema(key2, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key2, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key2,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema3, parentSchema, data: data3, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema3);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema3[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data3, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema3[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema3, data: data3, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema3);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema3[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data3, (key2) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key2})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key2,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key2}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema: schema3, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema3)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, parentSchema, it } = cxt;
        if (!Array.isArray(schema3))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema3;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema: schema3, it } = cxt;
        if (!Array.isArray(schema3))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema3.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema3 = it.schema[keyword];
      return schema3 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema3);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema: schema3, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema: schema3, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, data: data3, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data3, (key2) => gen.if(unevaluatedDynamic(props, key2), () => unevaluatedPropCode(key2))));
        } else if (props !== true) {
          gen.forIn("key", data3, (key2) => props === void 0 ? unevaluatedPropCode(key2) : gen.if(unevaluatedStatic(props, key2), () => unevaluatedPropCode(key2)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key2) {
          if (schema3 === false) {
            cxt.setParams({ unevaluatedProperty: key2 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema3)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key2,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key2) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key2}]`;
        }
        function unevaluatedStatic(evaluatedProps, key2) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key2} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema: schema3, data: data3, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data3}.length`);
        if (schema3 === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema3 == "object" && !(0, util_1.alwaysValidSchema)(it, schema3)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data: data3, $data, schema: schema3, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data3}) : ${format}(${data3}))` : (0, codegen_1._)`${format}(${data3})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data3}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema3];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema3}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema3)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema3, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data3})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data3})` : (0, codegen_1._)`${fmtRef}.test(${data3})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data: data3, schema: schema3, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema3.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema3.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data3}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required: required2 }) {
            return Array.isArray(required2) && required2.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema4();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv2, sch) {
        return $data ? ajv2.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str2) {
      const matches = DATE.exec(str2);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str2) {
        const matches = TIME.exec(str2);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data: data3, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data3}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName2 = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName2);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName2];
      const list2 = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list2, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list2, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list2)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/settings/definitions.ts
var DECORATIONS = ["comment", "insights", "status"];
var DEFAULT_REPORT_IDS = {
  "quality-gate": "sonarqube",
  "data-diff": "data-diff"
};
var SAFE_URL = "^(?:https://|http://(?:localhost|127(?:\\.\\d{1,3}){3}|\\[::1\\])(?::\\d+)?(?:[/?#]|$))";
var SETTINGS = [
  {
    key: "repository",
    variable: "REPOSITORY",
    input: "repository",
    flag: "repository",
    placeholder: "<slug|url>",
    inConfigFile: true,
    kind: "string",
    description: "Repository to decorate: a Bitbucket Cloud slug `workspace/repo`, or a Bitbucket Cloud, Bitbucket Data Center or GitHub repository URL.",
    defaultText: "the CI's own (`BITBUCKET_REPO_FULL_NAME`, `GITHUB_REPOSITORY`, the Jenkins or Bamboo git URL)",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "platform",
    variable: "PLATFORM",
    input: "platform",
    flag: "platform",
    placeholder: "<name>",
    inConfigFile: true,
    kind: "string",
    description: "`bitbucket-cloud`, `bitbucket-data-center` or `github`.",
    defaultText: "inferred from the repository and the CI",
    schema: { type: "string", enum: ["bitbucket-cloud", "bitbucket-data-center", "github"] }
  },
  {
    key: "token",
    variable: "TOKEN",
    input: "token",
    inConfigFile: false,
    kind: "string",
    secret: true,
    description: "Bearer token: a Bitbucket Cloud repository, project or workspace access token, a Data Center HTTP access token, or a GitHub token. Environment or Action input only.",
    defaultText: "none; inside Bitbucket Pipelines, Code Insights go through the auth proxy without one",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "username",
    variable: "USERNAME",
    input: "username",
    inConfigFile: true,
    kind: "string",
    description: "Basic auth user, with PASSWORD: an Atlassian account email (Cloud API token) or a Data Center user.",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "password",
    variable: "PASSWORD",
    input: "password",
    inConfigFile: false,
    kind: "string",
    secret: true,
    description: "Basic auth password, with USERNAME: an Atlassian API token, or a Data Center password or token. Environment or Action input only.",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "pullRequest",
    variable: "PULL_REQUEST",
    input: "pull-request",
    flag: "pull-request",
    placeholder: "<id>",
    inConfigFile: true,
    kind: "integer",
    description: "Pull request id.",
    defaultText: "the CI's own (`BITBUCKET_PR_ID`, the GitHub event, Jenkins `CHANGE_ID`, Bamboo), else looked up by commit, then by branch",
    expected: "expected a pull request id (a positive whole number up to 2147483647)",
    // Pull request ids are 32-bit on every platform; a larger number is a typo, not an id.
    schema: { type: "integer", minimum: 1, maximum: 2147483647 }
  },
  {
    key: "commit",
    variable: "COMMIT",
    input: "commit",
    flag: "commit",
    placeholder: "<sha>",
    inConfigFile: true,
    kind: "string",
    description: "Full commit SHA the report belongs to.",
    defaultText: "the CI's own (`BITBUCKET_COMMIT`, the PR head on GitHub, `GIT_COMMIT`, Bamboo's revision), else `git rev-parse HEAD`",
    expected: "expected a full commit SHA: 40 (or 64) lower-case hex characters",
    schema: { type: "string", pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$" }
  },
  {
    key: "report",
    variable: "REPORT",
    input: "report",
    flag: "report",
    positional: true,
    placeholder: "<file>",
    inConfigFile: true,
    kind: "string",
    description: "Path of the report file: a quality gate (SonarQube) or a data diff (data-diff, Datafold). Required, unless the report is read live from SonarQube or Datafold (their settings below).",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "issues",
    variable: "ISSUES",
    input: "issues",
    flag: "issues",
    placeholder: "<file>",
    inConfigFile: true,
    kind: "string",
    description: "Path of a SonarQube `api/issues/search` JSON (one page or several) whose issues become annotations.",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "sonarHostUrl",
    variable: "SONAR_HOST_URL",
    input: "sonar-host-url",
    flag: "sonar-host-url",
    placeholder: "<url>",
    inConfigFile: true,
    kind: "string",
    description: "SonarQube Server or SonarQube Cloud base URL, to read the quality gate live instead of from a file.",
    defaultText: "`serverUrl` from the scanner's `report-task.txt`",
    expected: "expected an https:// URL (http:// only for localhost)",
    schema: { type: "string", format: "uri", pattern: SAFE_URL }
  },
  {
    key: "sonarToken",
    variable: "SONAR_TOKEN",
    input: "sonar-token",
    inConfigFile: false,
    kind: "string",
    secret: true,
    description: "SonarQube token: a user token, or a project or global analysis token (the gate only: issues, hotspots and measures need Browse). Environment or Action input only.",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "reportTask",
    variable: "REPORT_TASK",
    input: "report-task",
    flag: "report-task",
    placeholder: "<file>",
    inConfigFile: true,
    kind: "string",
    description: "Path of the scanner's `report-task.txt`: the analysis to wait for and read.",
    defaultText: "the first found of `.scannerwork/`, `target/sonar/`, `build/sonar/`, `.sonarqube/out/.sonar/` in the workspace (and under `PATH_PREFIX`)",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "sonarProjectKey",
    variable: "SONAR_PROJECT_KEY",
    input: "sonar-project-key",
    flag: "sonar-project-key",
    placeholder: "<key>",
    inConfigFile: true,
    kind: "string",
    description: "Read the latest analysis of this SonarQube project's pull request or branch, instead of a `report-task.txt`.",
    schema: { type: "string", minLength: 1, maxLength: 400 }
  },
  {
    key: "sonarOrganization",
    variable: "SONAR_ORGANIZATION",
    input: "sonar-organization",
    flag: "sonar-organization",
    placeholder: "<key>",
    inConfigFile: true,
    kind: "string",
    description: "SonarQube Cloud organization.",
    defaultText: "`organization` from `report-task.txt`",
    schema: { type: "string", minLength: 1, maxLength: 255 }
  },
  {
    key: "pathPrefix",
    variable: "PATH_PREFIX",
    input: "path-prefix",
    flag: "path-prefix",
    placeholder: "<dir>",
    inConfigFile: true,
    kind: "string",
    description: "Repository-relative folder of the analysed project (`sonar.projectBaseDir` in a monorepo), put in front of annotation paths.",
    expected: "expected a relative folder inside the repository, without `..`",
    schema: { type: "string", minLength: 1, pattern: "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$" }
  },
  {
    key: "datafoldApiKey",
    variable: "DATAFOLD_API_KEY",
    input: "datafold-api-key",
    inConfigFile: false,
    kind: "string",
    secret: true,
    description: "Datafold API key, to read data diffs live from Datafold Cloud. Environment or Action input only.",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "datafoldHost",
    variable: "DATAFOLD_HOST",
    input: "datafold-host",
    flag: "datafold-host",
    placeholder: "<url>",
    inConfigFile: true,
    kind: "string",
    description: "Datafold base URL: a regional or dedicated host.",
    default: "https://app.datafold.com",
    expected: "expected an https:// URL (http:// only for localhost)",
    schema: { type: "string", format: "uri", pattern: SAFE_URL }
  },
  {
    key: "datafoldDiffIds",
    variable: "DATAFOLD_DIFF_IDS",
    input: "datafold-diff-ids",
    flag: "datafold-diff-ids",
    placeholder: "<list>",
    inConfigFile: true,
    kind: "list",
    description: "Comma list of Datafold data diff ids created earlier (by Datafold's own CI or SDK) to read.",
    expected: "expected a comma list of Datafold data diff ids (whole numbers)",
    schema: { type: "array", items: { type: "string", pattern: "^[1-9][0-9]{0,17}$" }, minItems: 1, maxItems: 500, uniqueItems: true }
  },
  {
    key: "waitTimeout",
    variable: "WAIT_TIMEOUT",
    input: "wait-timeout",
    flag: "wait-timeout",
    placeholder: "<seconds>",
    inConfigFile: true,
    kind: "integer",
    description: "Seconds to wait for a live source to finish (SonarQube's analysis, Datafold's diffs).",
    default: 300,
    expected: "expected a whole number of seconds from 1 to 3600",
    schema: { type: "integer", minimum: 1, maximum: 3600 }
  },
  {
    key: "thresholds",
    variable: "THRESHOLDS",
    input: "thresholds",
    flag: "thresholds",
    placeholder: "<yaml>",
    inConfigFile: false,
    kind: "string",
    description: "Data-diff thresholds for every model, as a YAML flow mapping, e.g. `{rows-changed: {fail: 5%}, schema-changes: fail}`; per-model thresholds go in the `thresholds:` section of `.pr-insights.yml`.",
    defaultText: "none: a difference warns, a model that could not be diffed fails",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "reportType",
    variable: "REPORT_TYPE",
    input: "report-type",
    flag: "report-type",
    placeholder: "<type>",
    inConfigFile: true,
    kind: "string",
    description: "`quality-gate` or `data-diff`.",
    defaultText: "detected from the report's content",
    schema: { type: "string", enum: ["quality-gate", "data-diff"] }
  },
  {
    // No fixed default: it depends on the report type, which may only be known once the report is
    // read, so the runner applies DEFAULT_REPORT_IDS.
    key: "reportId",
    variable: "REPORT_ID",
    input: "report-id",
    flag: "report-id",
    placeholder: "<id>",
    inConfigFile: true,
    kind: "string",
    description: "Stable id of this report: the Code Insights key, the status key and the comment marker. Give each report its own when several decorate one pull request (a monorepo).",
    defaultText: "`sonarqube` or `data-diff`, by report type",
    // Bitbucket Cloud build-status keys are at most 40 characters.
    expected: 'expected 1 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit',
    schema: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$" }
  },
  {
    key: "title",
    variable: "TITLE",
    input: "title",
    flag: "title",
    placeholder: "<text>",
    inConfigFile: true,
    kind: "string",
    description: "Report title.",
    defaultText: "by report type",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "link",
    variable: "LINK",
    input: "link",
    flag: "link",
    placeholder: "<url>",
    inConfigFile: true,
    kind: "string",
    description: "URL of the full results, e.g. the SonarQube dashboard or the Datafold diff.",
    defaultText: "the dashboard in SonarQube's `report-task.txt`, when found",
    expected: "expected an http(s) URL",
    schema: { type: "string", format: "uri", pattern: "^https?://" }
  },
  {
    key: "publish",
    variable: "PUBLISH",
    input: "publish",
    flag: "publish",
    placeholder: "<list>",
    inConfigFile: true,
    kind: "list",
    description: "Comma list of what to publish: `comment`, `insights`, `status`.",
    default: ["comment", "insights"],
    expected: `expected a comma list of at least one of ${DECORATIONS.map((d) => `"${d}"`).join(", ")}`,
    schema: { type: "array", items: { type: "string", enum: [...DECORATIONS] }, minItems: 1, uniqueItems: true }
  },
  {
    key: "commentMode",
    variable: "COMMENT_MODE",
    input: "comment-mode",
    flag: "comment-mode",
    placeholder: "<mode>",
    inConfigFile: true,
    kind: "string",
    description: "What happens to the sticky comment: `update` it in place, `recreate` it (posted anew, at the bottom), `delete-on-pass` (removed when the report passes), `off-on-pass` (posted only when something needs attention).",
    default: "update",
    schema: { type: "string", enum: ["update", "recreate", "delete-on-pass", "off-on-pass"] }
  },
  {
    key: "failOn",
    variable: "FAIL_ON",
    input: "fail-on",
    flag: "fail-on",
    placeholder: "<level>",
    inConfigFile: true,
    kind: "string",
    description: "When the step fails: `failure` (gate failed, diff over thresholds), `warning` (also on warnings), `never`.",
    default: "failure",
    schema: { type: "string", enum: ["failure", "warning", "never"] }
  },
  {
    key: "apiUrl",
    variable: "API_URL",
    input: "api-url",
    flag: "api-url",
    placeholder: "<url>",
    inConfigFile: true,
    kind: "string",
    description: "API base URL for Bitbucket Cloud (`https://api.bitbucket.org/2.0`) or GitHub (`GITHUB_API_URL`); Data Center takes its base from the repository URL.",
    defaultText: "per platform",
    expected: "expected an https:// URL (http:// only for localhost)",
    schema: { type: "string", format: "uri", pattern: SAFE_URL }
  },
  {
    key: "caFile",
    variable: "CA_FILE",
    input: "ca-file",
    flag: "ca-file",
    placeholder: "<file>",
    inConfigFile: true,
    kind: "string",
    description: "PEM bundle of extra CA certificates, e.g. for a Data Center behind an internal CA.",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "timeout",
    variable: "TIMEOUT",
    input: "timeout",
    flag: "timeout",
    placeholder: "<seconds>",
    inConfigFile: true,
    kind: "integer",
    description: "Seconds the whole run may spend talking to servers, retries included; a hung server gives up well before it.",
    default: 120,
    expected: "expected a whole number of seconds from 1 to 3600",
    schema: { type: "integer", minimum: 1, maximum: 3600 }
  },
  {
    key: "dryRun",
    variable: "DRY_RUN",
    input: "dry-run",
    flag: "dry-run",
    inConfigFile: true,
    kind: "boolean",
    description: "Render everything and print it; send nothing.",
    default: false,
    schema: { type: "boolean" }
  },
  {
    key: "debug",
    variable: "DEBUG",
    // GitHub sets it when a run is re-run with debug logging.
    variableAliases: ["RUNNER_DEBUG"],
    input: "debug",
    flag: "debug",
    inConfigFile: true,
    kind: "boolean",
    description: "Verbose logging; secrets stay masked.",
    default: false,
    schema: { type: "boolean" }
  },
  {
    key: "config",
    variable: "CONFIG",
    input: "config",
    flag: "config",
    placeholder: "<file>",
    // A config file naming another config file would be a chain nobody can follow.
    inConfigFile: false,
    kind: "string",
    description: "YAML config file; its keys are the Action input names.",
    defaultText: "`.pr-insights.yml` in the workspace, when present",
    schema: { type: "string", minLength: 1 }
  },
  {
    key: "json",
    flag: "json",
    inConfigFile: false,
    kind: "boolean",
    description: "Print a machine-readable result on stdout (CLI only).",
    default: false,
    schema: { type: "boolean" }
  }
];
var BY_KEY = new Map(SETTINGS.map((d) => [d.key, d]));
function definitionOf(key2) {
  const definition = BY_KEY.get(key2);
  if (!definition) throw new Error(`no setting ${key2}`);
  return definition;
}
function displayName(definition) {
  return definition.variable ?? `--${definition.flag ?? definition.key}`;
}
function defaultAsText(definition) {
  const value = definition.default;
  if (value === void 0) return void 0;
  return Array.isArray(value) ? value.join(",") : String(value);
}
function sourcesOf(definition) {
  const ways = [
    definition.flag ? `--${definition.flag}` : void 0,
    definition.variable,
    definition.input ? `the \`${definition.input}\` input` : void 0
  ].filter((way) => way !== void 0);
  return ways.length > 1 ? `${ways.slice(0, -1).join(", ")} or ${ways.at(-1)}` : ways.join("");
}
function plainText(markdown) {
  return markdown.replace(/`/g, "");
}

// src/frontends/input-names.ts
var INPUTS = new Map(SETTINGS.filter((d) => d.variable && d.input).map((d) => [d.variable, d.input]));
var NAMES = new RegExp(`\`?\\b(${[...INPUTS.keys()].join("|")})\\b\`?`, "g");
function withInputNames(message) {
  return message.replace(NAMES, (_, variable2) => `input \`${INPUTS.get(variable2)}\``);
}

// src/frontends/workflow-annotations.ts
var SHOWN_PER_LEVEL = 10;
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "warning", info: "warning" };
function workflowAnnotations(annotations2) {
  const shown3 = { error: 0, warning: 0 };
  const chosen = [];
  for (const a of annotations2) {
    const level = LEVEL[a.severity];
    if (shown3[level] >= SHOWN_PER_LEVEL) continue;
    shown3[level]++;
    chosen.push({
      level,
      message: a.message,
      title: `${a.type.charAt(0)}${a.type.slice(1).toLowerCase().replace("_", " ")} (${a.severity})`,
      ...a.path ? { file: a.path, ...a.line !== void 0 ? { line: a.line } : {} } : {}
    });
  }
  return chosen;
}

// src/frontends/action.ts
var SUMMARY_LIMIT = 1024 * 1024 - 1024;
var actionFrontEnd = {
  name: "action",
  // `run:` steps also have GITHUB_ACTIONS. A `uses:` step names the action it runs, and gets INPUT_*
  // variables for the inputs given under `with:` (and for `token`, its default; see settings/generated.ts).
  matches: (env) => env["GITHUB_ACTIONS"] === "true" && (Boolean(env["GITHUB_ACTION_REPOSITORY"]) || Object.keys(env).some((k) => k.startsWith("INPUT_"))),
  async create() {
    const core = await import("./chunks/core-GBC3J6OV.js");
    const errors = [];
    return {
      name: "action",
      log: (level, raw) => {
        const message = withInputNames(raw);
        if (level === "debug") core.info(`debug: ${message}`);
        else if (level === "info") core.info(message);
        else if (level === "warn") core.warning(message);
        else {
          errors.push(message);
          core.error(message);
        }
      },
      stdout: (text3, group) => {
        if (group) core.startGroup(group);
        process.stdout.write(text3.endsWith("\n") ? text3 : `${text3}
`);
        if (group) core.endGroup();
      },
      getInput: (name) => core.getInput(name),
      maskSecret: (value) => core.setSecret(value),
      async setOutputs(outputs) {
        for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
      },
      async writeSummary(markdown) {
        if (!process.env["GITHUB_STEP_SUMMARY"]) return;
        const text3 = markdown.length > SUMMARY_LIMIT ? `${markdown.slice(0, SUMMARY_LIMIT)}

\u2026 (summary cut at 1 MiB)
` : markdown;
        await core.summary.addRaw(text3, true).write();
      },
      annotate(annotations2, notice) {
        for (const a of workflowAnnotations(annotations2)) {
          const where2 = a.file ? { file: a.file, ...a.line !== void 0 ? { startLine: a.line } : {} } : {};
          (a.level === "error" ? core.error : core.warning)(a.message, { title: a.title, ...where2 });
        }
        core.notice(notice, { title: "pr-insights could not write to the pull request" });
      },
      finish(ok, raw) {
        const message = withInputNames(raw);
        if (ok || errors.some((e) => message.includes(e))) core.info(message);
        else core.setFailed(message);
      }
    };
  }
};

// src/frontends/cli.ts
var PREFIX = { debug: "debug: ", info: "", warn: "warning: ", error: "error: " };
function createCliFrontEnd() {
  return {
    name: "cli",
    log: (level, message) => process.stderr.write(`${PREFIX[level]}${message}
`),
    stdout: (text3) => process.stdout.write(text3.endsWith("\n") ? text3 : `${text3}
`),
    maskSecret: () => void 0,
    setOutputs: async () => void 0,
    writeSummary: async () => void 0,
    finish: (ok, message) => process.stderr.write(`${ok ? "" : "error: "}${message}
`)
  };
}
var cliFrontEnd = {
  name: "cli",
  matches: () => true,
  create: async () => createCliFrontEnd()
};

// src/frontends/pipe.ts
function createPipeFrontEnd(env) {
  const colour = env["NO_COLOR"] === void 0;
  const paint = (code, text3) => colour ? `\x1B[${code}m${text3}\x1B[0m` : text3;
  const styles = { debug: ["90", "DEBUG"], info: ["34", "INFO"], warn: ["33", "WARNING"], error: ["31", "ERROR"] };
  return {
    name: "pipe",
    log: (level, message) => {
      const [code, label] = styles[level];
      process.stderr.write(`${paint(code, `${label}:`)} ${message}
`);
    },
    stdout: (text3) => process.stdout.write(text3.endsWith("\n") ? text3 : `${text3}
`),
    maskSecret: () => void 0,
    setOutputs: async () => void 0,
    writeSummary: async () => void 0,
    finish: (ok, message) => process.stderr.write(`${ok ? paint("32", `\u2714 ${message}`) : paint("31", `\u2716 ${message}`)}
`)
  };
}
var pipeFrontEnd = {
  name: "pipe",
  // Bitbucket mounts these only into a pipe's container.
  matches: (env) => Boolean(env["BITBUCKET_PIPE_STORAGE_DIR"] || env["BITBUCKET_PIPE_SHARED_STORAGE_DIR"]),
  create: async (env) => createPipeFrontEnd(env)
};

// src/frontends/choose.ts
var FRONT_ENDS = [actionFrontEnd, pipeFrontEnd, cliFrontEnd];
async function chooseFrontEnd(env) {
  const factory = FRONT_ENDS.find((f) => f.matches(env)) ?? cliFrontEnd;
  return factory.create(env);
}

// src/core/errors.ts
var InputError = class extends Error {
  name = "InputError";
  /** The file or setting at fault, e.g. `report.json` or `REPORT_ID`. */
  source;
  /** JSON pointer inside the file, e.g. `/projectStatus/conditions/2/status`. */
  pointer;
  constructor(message, options = {}) {
    super(formatInputError(message, options.source, options.pointer), { cause: options.cause });
    this.source = options.source;
    this.pointer = options.pointer;
  }
};
function formatInputError(message, source, pointer) {
  const where2 = [source, pointer ? `at ${pointer}` : void 0].filter(Boolean).join(" ");
  return where2 ? `${where2}: ${message}` : message;
}
var PublishError = class extends Error {
  name = "PublishError";
  /** Every decoration's failure, not only the first (`cause`): a caller may tell a read-only token from the rest. */
  failures;
  constructor(message, options = {}) {
    super(message, options);
    this.failures = options.failures ?? [];
  }
};
var ServerError = class extends Error {
  name = "ServerError";
  constructor(message, options = {}) {
    super(message, options);
  }
};
var ExitCode = { Pass: 0, ReportFails: 1, BadInput: 2, PublishFailed: 3 };

// src/version.ts
var VERSION = "0.1.0";

// src/http/deadline.ts
function makeDeadline(deadline, now) {
  if (typeof deadline === "number" || deadline instanceof Date) {
    const at = typeof deadline === "number" ? deadline : deadline.getTime();
    const remainingMs = () => Math.max(0, at - now());
    return { remainingMs, signal: () => AbortSignal.timeout(remainingMs()) };
  }
  return { remainingMs: () => deadline.aborted ? 0 : Infinity, signal: () => deadline };
}
async function pause(sleep, ms, signal) {
  if (signal.aborted) return false;
  let onAbort;
  const aborted = new Promise((resolve4) => {
    onAbort = () => resolve4(false);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([sleep(ms).then(() => true), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}
function defaultSleep(ms) {
  return new Promise((resolve4) => setTimeout(resolve4, ms));
}

// src/http/dispatcher.ts
import * as tls from "node:tls";

// src/core/files.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var MAX_REPORT_TASK_BYTES = 1024 * 1024;
var MAX_CA_BUNDLE_BYTES = 4 * 1024 * 1024;
var NONBLOCK = constants.O_NONBLOCK ?? 0;
var CHUNK = 1024 * 1024;
function readBoundedFile(path2, options) {
  const display = options.display ?? path2;
  let fd;
  try {
    fd = openSync(path2, constants.O_RDONLY | NONBLOCK);
  } catch (error) {
    const code = error.code ?? "error";
    throw new InputError(`${options.setting} names a file that does not exist or cannot be read (${code})`, { source: display, cause: error });
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      throw new InputError(`${options.setting} must name a regular file with ${options.what}, but this is ${kindOf(info)}`, { source: display });
    }
    if (info.size > options.maxBytes) throw tooLarge(info.size, options, display);
    const chunks = [];
    let length = 0;
    for (; ; ) {
      const chunk = Buffer.alloc(Math.min(CHUNK, options.maxBytes + 1 - length));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > options.maxBytes) throw tooLarge(length, options, display);
    }
    return Buffer.concat(chunks, length).toString("utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code ?? "error";
    throw new InputError(`${options.setting} names a file that cannot be read (${code})`, { source: display, cause: error });
  } finally {
    closeSync(fd);
  }
}
function tooLarge(size, options, display) {
  return new InputError(`file is ${size}${size === options.maxBytes + 1 ? "+" : ""} bytes; expected ${options.what} of at most ${options.maxBytes} bytes (${options.setting})`, {
    source: display
  });
}
function kindOf(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

// src/http/dispatcher.ts
function lazyDispatcher(options) {
  let pending;
  return { get: () => pending ??= createDispatcher(options) };
}
function proxySettings(env) {
  const pick = (name) => env[name.toLowerCase()] || env[name.toUpperCase()] || "";
  return { httpProxy: pick("http_proxy"), httpsProxy: pick("https_proxy"), noProxy: pick("no_proxy") };
}
async function createDispatcher(options) {
  const proxies = proxySettings(options.env);
  const useEnvProxy = Boolean(proxies.httpProxy || proxies.httpsProxy);
  if (!options.forwardProxy && !useEnvProxy && !options.caFile) return void 0;
  const undici = await loadUndici();
  const ca = options.caFile ? trustedRoots(options.caFile, options.env) : void 0;
  const tlsOptions = ca ? { ca } : {};
  if (options.forwardProxy) {
    return new undici.ProxyAgent({ uri: options.forwardProxy, proxyTunnel: false, requestTls: tlsOptions });
  }
  if (useEnvProxy) {
    return new undici.EnvHttpProxyAgent({ ...proxies, connect: tlsOptions, requestTls: tlsOptions });
  }
  return new undici.Agent({ connect: tlsOptions });
}
async function loadUndici() {
  const ns = await import("./chunks/undici-KNNXVHDP.js");
  return ns.default?.ProxyAgent ? ns.default : ns;
}
function trustedRoots(caFile, env) {
  const own = readCaBundle(caFile);
  const getCACertificates2 = tls.getCACertificates;
  const defaults2 = getCACertificates2 ? getCACertificates2("default") : [...tls.rootCertificates];
  const extraPath = env.NODE_EXTRA_CA_CERTS;
  return [...defaults2, ...extraPath && !getCACertificates2 ? extraRoots(extraPath) : [], ...own];
}
function extraRoots(path2) {
  try {
    return readCaBundle(path2, "NODE_EXTRA_CA_CERTS");
  } catch {
    return [];
  }
}
function readCaBundle(path2, setting = "CA_FILE") {
  const text3 = readBoundedFile(path2, { setting, what: "a PEM bundle of CA certificates", maxBytes: MAX_CA_BUNDLE_BYTES });
  const certs = text3.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (!certs) throw new InputError(`${setting} contains no PEM certificate ("-----BEGIN CERTIFICATE-----")`, { source: path2 });
  return certs;
}

// src/http/error-body.ts
var MAX_ERROR_TEXT = 500;
function platformErrorText(body, redact = (text3) => text3) {
  const text3 = typeof body === "string" ? textOf(body) : jsonText(body);
  return text3 ? cap(redact(text3)) : void 0;
}
function jsonText(body) {
  if (!isObject(body)) return void 0;
  const parts = [];
  const cloud = isObject(body.error) ? body.error : void 0;
  if (cloud) {
    pushString(parts, cloud.message);
    if (cloud.detail !== cloud.message) pushString(parts, cloud.detail);
    if (isObject(cloud.fields)) parts.push(...fieldMessages(cloud.fields));
  } else if (typeof body.error === "string") {
    parts.push(body.error);
  }
  pushString(parts, body.message);
  if (!parts.length && typeof body.key === "string") parts.push(body.key);
  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      const item = errorItem(e);
      if (item && !parts.includes(item)) parts.push(item);
    }
  }
  return parts.length ? parts.join("; ") : void 0;
}
function errorItem(e) {
  if (typeof e === "string") return e.trim() || void 0;
  if (!isObject(e)) return void 0;
  const field2 = str(e.context) ?? str(e.field);
  const message = str(e.message) ?? str(e.msg) ?? (str(e.code) ? `${str(e.code)}${str(e.resource) ? ` (${str(e.resource)})` : ""}` : void 0);
  if (!message) return void 0;
  return field2 && !message.includes(field2) ? `${field2}: ${message}` : message;
}
function fieldMessages(fields) {
  return Object.entries(fields).map(([field2, messages]) => {
    const list2 = Array.isArray(messages) ? messages.filter((m) => typeof m === "string") : [String(messages)];
    return `${field2}: ${list2.join(" ")}`;
  });
}
function textOf(body) {
  if (/<html|<!doctype|<body|<h1/i.test(body)) {
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1] ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
    return heading ? collapse(decodeEntities(heading.replace(/<[^>]*>/g, " "))) || void 0 : void 0;
  }
  return collapse(body) || void 0;
}
function decodeEntities(s) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
}
function collapse(s) {
  return s.replace(/\s+/g, " ").trim();
}
function cap(s) {
  return s.length > MAX_ERROR_TEXT ? `${s.slice(0, MAX_ERROR_TEXT - 1)}\u2026` : s;
}
function pushString(parts, v) {
  const s = str(v);
  if (s && !parts.includes(s)) parts.push(s);
}
function str(v) {
  return typeof v === "string" && v.trim() ? v.trim() : void 0;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/http/errors.ts
var HttpClientError = class extends Error {
  constructor(message, redactor, method, url, options = {}) {
    super(redactor.redact(message), { cause: options.cause });
    this.method = method;
    this.url = redactor.redact(url);
    this.mayHaveLanded = options.mayHaveLanded ?? false;
  }
  method;
  /** Redacted, for display. */
  url;
  /**
   * A write that failed in a way that does not prove it was not processed (a reset or a timeout
   * after sending, a gateway's 502/503/504): it may have been published, and the next read should
   * check before writing again.
   */
  mayHaveLanded;
};
var STATUS_HINTS = {
  401: "credentials missing, invalid or expired",
  403: "the token lacks a permission or scope",
  404: "not found, or not visible to these credentials",
  429: "rate limited"
};
var HttpError = class extends HttpClientError {
  name = "HttpError";
  status;
  /** The platform's own error text, redacted. */
  platformMessage;
  /** The message without the generic hint, for callers that give their own, more precise advice. */
  withoutHint;
  constructor(redactor, init) {
    const status = `${init.status}${init.statusText ? ` ${init.statusText}` : ""}`;
    const hint = init.rateLimited ? STATUS_HINTS[429] : STATUS_HINTS[init.status];
    const what = `${init.method} ${init.url} failed: ${status}` + (init.platformMessage ? `: ${init.platformMessage}` : "");
    const tail = (init.attempts && init.attempts > 1 ? ` after ${init.attempts} attempts` : "") + (init.note ? `. ${init.note}` : "");
    super(`${what}${hint ? ` (${hint})` : ""}${tail}`, redactor, init.method, init.url, { mayHaveLanded: init.mayHaveLanded ?? false });
    this.withoutHint = redactor.redact(`${what}${tail}`);
    this.status = init.status;
    this.platformMessage = init.platformMessage === void 0 ? void 0 : redactor.redact(init.platformMessage);
  }
};
var NetworkError = class extends HttpClientError {
  name = "NetworkError";
  kind;
  constructor(redactor, init) {
    const message = `${init.method} ${init.url} failed: ${init.description}` + (init.attempts && init.attempts > 1 ? ` after ${init.attempts} attempts` : "") + (init.hint ? `. ${init.hint}` : "");
    super(message, redactor, init.method, init.url, { cause: init.cause, mayHaveLanded: init.mayHaveLanded ?? false });
    this.kind = init.kind;
  }
};
var UnsafeRequestError = class extends HttpClientError {
  name = "UnsafeRequestError";
  reason;
  constructor(redactor, init) {
    super(`${init.method} ${init.url}: ${init.message}`, redactor, init.method, init.url);
    this.reason = init.reason;
  }
};

// src/http/network.ts
var CA_HINT = "If the server uses a certificate from an internal or self-signed CA, give its PEM bundle in CA_FILE (or NODE_EXTRA_CA_CERTS); TLS verification cannot be turned off";
var CERT_CODES = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_CRL",
  "CERT_UNTRUSTED",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_SIGNATURE_FAILURE",
  "CERT_CHAIN_TOO_LONG",
  "INVALID_CA",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
function classifyFailure(err, ctx) {
  if (ctx.deadlineReached) {
    return failure("deadline", void 0, "the overall deadline for talking to the server was reached (TIMEOUT)", void 0, "deadline reached");
  }
  if (ctx.attemptTimedOut) {
    return failure("timeout", void 0, `no complete response within the per-request timeout of ${seconds(ctx.timeoutMs)}`, "The server, or the network path to it, is slow or unreachable", `no answer within ${seconds(ctx.timeoutMs)}`);
  }
  const cause = rootCause(err);
  const code = cause.code;
  const detail = cause.message ? ` (${cause.message})` : "";
  const tlsDetail = cause.message ? ` (${code}: ${cause.message})` : ` (${code})`;
  const proxy = ctx.proxies?.find((p) => p.always || concerns(p.url, cause));
  const peer = proxy ? `the proxy ${proxy.url.host} (on the way to ${ctx.host})` : ctx.host;
  switch (true) {
    case code === "ECONNREFUSED":
      return failure("refused", code, `connection to ${peer} refused`, proxy?.hint ?? "Is the server running, and are API_URL and the repository URL right?", "connection refused");
    case (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_FAIL" || code === "EAI_NONAME"):
      return failure("dns", code, `the host name ${proxy ? `of the proxy ${proxy.url.host}` : ctx.host} could not be resolved`, proxy?.hint ?? "Check API_URL, the repository URL, DNS, and HTTPS_PROXY", "host name not resolved");
    case (code === "UND_ERR_CONNECT_TIMEOUT" || code === "ETIMEDOUT" && cause.syscall === "connect"):
      return failure("connect-timeout", code, `could not connect to ${peer} in time`, proxy?.hint ?? "Is the host reachable from here, or is a proxy (HTTPS_PROXY) needed?", "could not connect");
    case (code !== void 0 && CERT_CODES.has(code)):
      return failure("tls", code, `the TLS certificate of ${ctx.host} was not accepted${tlsDetail}`, CA_HINT, "certificate refused");
    case (code !== void 0 && /^(ERR_SSL_|ERR_TLS_|EPROTO$)/.test(code)):
      return failure("tls", code, `the TLS handshake with ${ctx.host} failed${tlsDetail}`, void 0, "TLS handshake failed");
    case (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "ETIMEDOUT"):
      return failure("timeout", code, "the server stopped responding", void 0, "no answer");
    case /proxy/i.test(cause.message ?? ""):
      return failure("proxy", code, `the proxy${proxy ? ` ${proxy.url.host}` : ""} refused the request${detail}`, proxy?.hint ?? "Check HTTPS_PROXY, HTTP_PROXY and NO_PROXY", "refused by the proxy");
    case (code === "ECONNRESET" || code === "EPIPE" || code === "ECONNABORTED" || code === "UND_ERR_SOCKET" || code === "UND_ERR_CLOSED"):
      return failure("reset", code, `the connection to ${peer} was closed before a complete response${detail}`, void 0, "connection closed");
    default:
      return failure("other", code, `the request could not be completed${detail}`, void 0, "request failed");
  }
}
function proxiesInUse(forwardProxy, env) {
  if (forwardProxy) {
    return [{ url: forwardProxy, always: true, hint: "Inside Bitbucket Pipelines the auth proxy listens on localhost:29418 (host.docker.internal:29418 from a pipe's container); outside Pipelines, set TOKEN instead" }];
  }
  const { httpProxy, httpsProxy } = proxySettings(env);
  return [httpsProxy, httpProxy].flatMap((raw) => {
    try {
      return raw ? [{ url: new URL(raw), always: false, hint: "Check HTTPS_PROXY, HTTP_PROXY and NO_PROXY" }] : [];
    } catch {
      return [];
    }
  });
}
function concerns(proxy, cause) {
  const host = proxy.hostname.replace(/^\[|\]$/g, "");
  const port = Number(proxy.port || (proxy.protocol === "https:" ? 443 : 80));
  if (cause.hostname !== void 0) return cause.hostname === host;
  return cause.port === port && (cause.address === host || cause.address !== void 0 && isLoopbackName(host) && isLoopbackName(cause.address));
}
function isLoopbackName(host) {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}
function provablyNotSent(kind) {
  return kind === "refused" || kind === "dns" || kind === "connect-timeout";
}
function transient(kind) {
  return provablyNotSent(kind) || kind === "reset" || kind === "timeout";
}
function rootCause(err) {
  let current = err;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const c = current;
    const text3 = (key2) => typeof c[key2] === "string" ? c[key2] : void 0;
    if (typeof c.code === "string") {
      return {
        code: c.code,
        message: text3("message"),
        syscall: text3("syscall"),
        address: text3("address"),
        port: typeof c.port === "number" ? c.port : void 0,
        hostname: text3("hostname")
      };
    }
    if (Array.isArray(c.errors) && c.errors.length) current = c.errors[0];
    else if (c.cause) current = c.cause;
    else return { message: text3("message") };
  }
  return {};
}
function failure(kind, code, description, hint, short) {
  return { kind, code, description, hint, short };
}
function seconds(ms) {
  return ms >= 1e3 ? `${Number((ms / 1e3).toFixed(1))} s` : `${Math.round(ms)} ms`;
}

// src/http/retry.ts
var BACKOFF_BASE_MS = 500;
var BACKOFF_CAP_MS = 3e4;
function backoffMs(retry, random) {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
var SECONDARY_LIMIT = /secondary rate limit/i;
var SECONDARY_WAIT_MS = 6e4;
function isRateLimited(status, headers, message) {
  if (status === 429) return true;
  return status === 403 && (headers.get("x-ratelimit-remaining") === "0" || headers.has("retry-after") || SECONDARY_LIMIT.test(message ?? ""));
}
function retryableStatus(status, headers, idempotent, message) {
  if (isRateLimited(status, headers, message)) return true;
  if (status === 503 && headers.has("retry-after")) return true;
  return idempotent && (status === 502 || status === 503 || status === 504);
}
function rateLimitWaitMs(status, headers, now, message) {
  const asked = serverWaitMs(headers, now);
  if (asked !== void 0) return asked;
  return status === 403 && SECONDARY_LIMIT.test(message ?? "") ? SECONDARY_WAIT_MS : void 0;
}
function rateLimitResetMs(headers) {
  const reset = headers.get("x-ratelimit-reset")?.trim();
  if (!reset || !/^\d+$/.test(reset) || headers.get("x-ratelimit-remaining") !== "0") return void 0;
  const value = Number(reset);
  return value > 1e9 ? value * 1e3 : void 0;
}
function serverWaitMs(headers, now) {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1e3);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get("x-ratelimit-reset")?.trim();
  if (reset && /^\d+$/.test(reset) && headers.get("x-ratelimit-remaining") === "0") {
    const value = Number(reset);
    return value > 1e9 ? Math.max(0, value * 1e3 - now) : value * 1e3;
  }
  return void 0;
}

// src/http/url.ts
function resolveUrl(base, url, query) {
  let out;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    out = new URL(url);
  } else {
    if (!base) throw new TypeError(`relative URL "${url}" given but the HTTP client has no baseUrl`);
    const [path2 = "", search] = splitOnce(url, "?");
    out = new URL(base.href);
    out.pathname = `${base.pathname.replace(/\/+$/, "")}/${path2.replace(/^\/+/, "")}`;
    out.search = search ?? "";
  }
  for (const [key2, value] of Object.entries(query ?? {})) {
    if (value === void 0) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.searchParams.append(key2, String(v));
  }
  return out;
}
function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}
function isLoopback(url) {
  const host = url.hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
var SENSITIVE_PARAM = /^(access_token|token|auth|key|api_key|apikey|password|secret|signature|sig|code)$/i;
function displayUrl(url) {
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  for (const key2 of [...copy.searchParams.keys()]) {
    if (SENSITIVE_PARAM.test(key2)) copy.searchParams.set(key2, "***");
  }
  return copy.href;
}

// src/http/client.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var DEFAULT_CALL_TIMEOUT_MS = 4e4;
var MIN_ATTEMPT_MS = 1e3;
var DEFAULT_DEADLINE_MS = 5 * 6e4;
var DEFAULT_MAX_ATTEMPTS = 4;
var MAX_REDIRECTS = 5;
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT", "DELETE"]);
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var GATEWAY_FAILURES = /* @__PURE__ */ new Set([502, 503, 504]);
var MAY_LAND = /* @__PURE__ */ new Set(["reset", "timeout", "deadline", "other"]);
var LOGIN_PATH = /(^|\/)(login|signin|sign-in|sso|saml|j_atl_security_check|authorize)(\/|\.|$)/i;
function createHttpClient(options) {
  const { redactor } = options;
  const authorization = authorizationHeader(options.auth ?? { kind: "none" }, redactor);
  const base = options.baseUrl ? absoluteUrl(options.baseUrl, "baseUrl") : void 0;
  const forwardProxy = options.forwardProxy ? absoluteUrl(options.forwardProxy, "forwardProxy", "http:") : void 0;
  const env = options.env ?? {};
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const minAttemptMs = Math.min(MIN_ATTEMPT_MS, timeoutMs);
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
  const deadline = makeDeadline(options.deadline ?? now() + DEFAULT_DEADLINE_MS, now);
  const userAgent = options.userAgent ?? `pr-insights/${VERSION} node/${process.versions.node}`;
  const dispatcher = lazyDispatcher({ env, caFile: options.caFile, forwardProxy: forwardProxy?.href });
  const proxies = proxiesInUse(forwardProxy, env);
  const redact = (text3) => redactor.redact(text3);
  const debug = (line) => options.logger?.(redact(`http: ${line}`));
  const progress = (line) => (options.progress ?? options.logger)?.(redact(line));
  function guard(method, url) {
    const fail3 = (reason, message) => new UnsafeRequestError(redactor, { method, url: displayUrl(url), reason, message });
    if (url.protocol !== "https:" && url.protocol !== "http:") throw fail3("insecure-http", `unsupported protocol ${url.protocol}`);
    if (url.username || url.password) throw fail3("credentials-in-url", "credentials in the URL are not sent; give them as TOKEN or USERNAME / PASSWORD");
    if (url.protocol === "http:" && !isLoopback(url)) {
      if (!forwardProxy) {
        throw fail3("insecure-http", `refusing plain http:// to ${url.host}; use https:// in API_URL / the repository URL (plain http is allowed only to loopback and through the Bitbucket Pipelines auth proxy)`);
      }
      if (authorization) throw fail3("credentials-over-http", "refusing to send credentials over plain http:// through the forward proxy; the Pipelines auth proxy needs none");
    }
    if (authorization && base && url.origin !== base.origin) {
      throw fail3("cross-origin-url", `refusing to send the credentials to ${url.origin}, which is not the API origin ${base.origin}`);
    }
  }
  async function attempt(method, url, headers, body, limitMs) {
    const transport = await dispatcher.get();
    const attemptTimer = AbortSignal.timeout(limitMs);
    const deadlineSignal = deadline.signal();
    try {
      const init = {
        method,
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.any([attemptTimer, deadlineSignal]),
        // npm undici's Dispatcher and the one Node's fetch types name are the same API, not the same type.
        dispatcher: transport
      };
      const res = await fetch(url, init);
      return { ok: true, res, text: await res.text() };
    } catch (cause) {
      const failure2 = classifyFailure(cause, {
        attemptTimedOut: attemptTimer.aborted,
        deadlineReached: deadlineSignal.aborted,
        timeoutMs: limitMs,
        host: url.host,
        proxies
      });
      return { ok: false, failure: failure2, cause };
    }
  }
  async function request(req) {
    let method = req.method.toUpperCase();
    let url = resolveUrl(base, req.url, req.query);
    let body = req.body === void 0 ? void 0 : JSON.stringify(req.body);
    let idempotent = req.idempotent ?? IDEMPOTENT.has(method);
    let attempts = 0;
    let redirects = 0;
    const callStart = now();
    let serverWaits = 0;
    const callSpent = () => now() - callStart - serverWaits;
    async function waitToRetry(shown3, why2, wait, serverAsked, resetsAt) {
      const left = deadline.remainingMs();
      if (wait >= left) {
        if (!serverAsked) return "no time was left before the deadline (TIMEOUT) to retry";
        const until = resetsAt === void 0 ? "" : ` (the limit resets at ${new Date(resetsAt).toISOString()})`;
        return `the server asked to wait ${seconds(wait)} before retrying${until}, but only ${seconds(left)} remain before the deadline (TIMEOUT), so it was not retried`;
      }
      if (!serverAsked && callSpent() + wait + minAttemptMs > callTimeoutMs) return `gave up, as another try would pass ${seconds(callTimeoutMs)}, the limit for one call with its retries`;
      const how = serverAsked ? `waiting ${seconds(wait)} as the server asked` : `retrying in ${seconds(wait)}`;
      progress(`${method} ${shown3}: ${why2}; ${how} (attempt ${attempts + 1} of ${maxAttempts})`);
      if (!await pause(sleep, wait, deadline.signal())) return "the overall deadline was reached while waiting to retry (TIMEOUT)";
      if (serverAsked) serverWaits += wait;
      return void 0;
    }
    for (; ; ) {
      guard(method, url);
      attempts++;
      const shown3 = displayUrl(url);
      const limitMs = Math.min(timeoutMs, Math.max(minAttemptMs, callTimeoutMs - callSpent()));
      const outcome2 = await attempt(method, url, headersFor(req.headers, body !== void 0), body, limitMs);
      if (!outcome2.ok) {
        const { failure: failure2 } = outcome2;
        const repeatable = transient(failure2.kind) && (idempotent || provablyNotSent(failure2.kind));
        let why2 = "";
        if (repeatable && attempts < maxAttempts) {
          const stopped = await waitToRetry(shown3, failure2.short, backoffMs(attempts, random), false);
          if (stopped === void 0) continue;
          why2 = `; ${stopped}`;
        } else if (transient(failure2.kind) && !repeatable) {
          why2 = `; not retried, as the ${method} may have reached the server`;
        }
        debug(`${method} ${shown3} failed: ${failure2.code ?? failure2.kind} (attempt ${attempts}/${maxAttempts})`);
        throw new NetworkError(redactor, {
          method,
          url: shown3,
          kind: failure2.kind,
          description: failure2.description + why2,
          hint: failure2.hint,
          attempts,
          mayHaveLanded: isWrite(method) && MAY_LAND.has(failure2.kind),
          cause: outcome2.cause
        });
      }
      const { res, text: text3 } = outcome2;
      const status = res.status;
      debug(`${method} ${shown3} \u2192 ${status} (attempt ${attempts}/${maxAttempts})`);
      if (REDIRECTS.has(status) && !req.expect?.includes(status) && res.headers.has("location")) {
        url = redirectTarget(method, url, status, res.headers.get("location") ?? "");
        if (++redirects > MAX_REDIRECTS) {
          throw new UnsafeRequestError(redactor, { method, url: shown3, reason: "too-many-redirects", message: `more than ${MAX_REDIRECTS} redirects` });
        }
        if (status === 303 || (status === 301 || status === 302) && method === "POST") {
          method = method === "HEAD" ? "HEAD" : "GET";
          body = void 0;
          idempotent = true;
        }
        attempts--;
        continue;
      }
      const contentType = res.headers.get("content-type") ?? "";
      if (req.expect ? req.expect.includes(status) : status >= 200 && status < 300) {
        return { status, headers: res.headers, body: successBody(method, shown3, status, contentType, text3) };
      }
      const platformMessage = platformErrorText(looseBody(contentType, text3), redact);
      const rateLimited = isRateLimited(status, res.headers, platformMessage);
      const httpError = (note) => new HttpError(redactor, {
        method,
        url: shown3,
        status,
        statusText: res.statusText,
        platformMessage,
        note: [note, forwardProxy ? `Sent through the proxy ${forwardProxy.host}, which may have answered itself` : void 0].filter(Boolean).join(". ") || void 0,
        attempts,
        rateLimited,
        mayHaveLanded: isWrite(method) && GATEWAY_FAILURES.has(status)
      });
      if (attempts < maxAttempts && retryableStatus(status, res.headers, idempotent, platformMessage)) {
        const asked = rateLimitWaitMs(status, res.headers, now(), platformMessage);
        const why2 = rateLimited ? `${status}, rate limited` : String(status);
        const stopped = await waitToRetry(shown3, why2, asked ?? backoffMs(attempts, random), asked !== void 0, rateLimitResetMs(res.headers));
        if (stopped === void 0) continue;
        throw httpError(stopped.charAt(0).toUpperCase() + stopped.slice(1));
      }
      throw httpError();
    }
  }
  function redirectTarget(method, from, status, location) {
    const to = new URL(location, from);
    to.hash = "";
    const fail3 = (reason, message) => new UnsafeRequestError(redactor, { method, url: displayUrl(from), reason, message });
    if (to.origin !== from.origin) {
      throw fail3(
        "cross-origin-redirect",
        `the server redirected (${status}) to another origin, ${to.origin}; the request was not repeated there and the credentials were not sent. API_URL or the repository URL may be wrong (an old host name, http instead of https), or this is a redirect to a login page (Bitbucket Data Center accepts access tokens only on /rest and /scm paths and sends other paths to its login page)`
      );
    }
    if (LOGIN_PATH.test(to.pathname)) {
      throw fail3(
        "login-redirect",
        `the server redirected (${status}) to its login page ${to.pathname}: the credentials were not accepted for this path. Bitbucket Data Center 8.9.22 / 8.19.12 / 9.3.2 and later accept access tokens only on /rest and /scm paths; check API_URL / the repository URL and the token`
      );
    }
    return to;
  }
  function headersFor(extra, hasBody) {
    const headers = { accept: "application/json", "user-agent": userAgent };
    if (authorization) headers.authorization = authorization;
    if (hasBody) headers["content-type"] = "application/json";
    for (const [k, v] of Object.entries(extra ?? {})) headers[k.toLowerCase()] = v;
    return headers;
  }
  function successBody(method, shown3, status, contentType, text3) {
    if (method === "HEAD" || status === 204 || status === 205 || status === 304 || text3 === "") return void 0;
    if (!isJson(contentType)) return text3;
    try {
      return JSON.parse(text3);
    } catch {
      throw new HttpError(redactor, { method, url: shown3, status, platformMessage: platformErrorText(text3, redact), note: `The response claims to be JSON (${contentType}) but is not` });
    }
  }
  return { request };
}
function authorizationHeader(auth, redactor) {
  switch (auth.kind) {
    case "bearer":
    case "token": {
      const token = auth.token.trim();
      redactor.add(auth.token);
      redactor.add(token);
      if (!token || /[\s\x00-\x1f\x7f]/.test(token)) throw new TypeError("the token is empty or contains spaces or control characters");
      return `${auth.kind === "bearer" ? "Bearer" : auth.scheme} ${token}`;
    }
    case "basic":
      redactor.addBasic(auth.username, auth.password);
      if (/[\r\n]/.test(auth.username + auth.password)) throw new TypeError("the username or password contains a line break");
      return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
    case "none":
      return void 0;
  }
}
function absoluteUrl(value, name, only) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} is not an absolute URL`);
  }
  const allowed = only ? [only] : ["http:", "https:"];
  if (!allowed.includes(url.protocol)) throw new TypeError(`${name} must be an ${allowed.join(" or ")} URL`);
  return url;
}
function isWrite(method) {
  return method !== "GET" && method !== "HEAD";
}
function isJson(contentType) {
  return /[/+]json\b/i.test(contentType);
}
function looseBody(contentType, text3) {
  if (isJson(contentType) || /^\s*[{[]/.test(text3)) {
    try {
      return JSON.parse(text3);
    } catch {
    }
  }
  return text3;
}

// src/http/limit.ts
async function mapLimit(items, limit, fn) {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const results = new Array(items.length);
  let next = 0;
  let failed2 = false;
  let firstError;
  async function worker() {
    while (!failed2 && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (err) {
        if (!failed2) {
          failed2 = true;
          firstError = err;
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failed2) throw firstError;
  return results;
}

// src/ci/github-fork.ts
var READ_ONLY_MESSAGE = "Resource not accessible by integration";
function readOnlyEvent(ci) {
  return ci.fromFork === true && ci.event !== void 0 && ci.event.startsWith("pull_request") && ci.event !== "pull_request_target";
}
function refusedForForkToken(error, ci) {
  return readOnlyEvent(ci) && error instanceof PublishError && error.failures.length > 0 && error.failures.every(isReadOnlyRefusal);
}
function isReadOnlyRefusal(error) {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof HttpError) return e.status === 403 && (e.platformMessage ?? "").includes(READ_ONLY_MESSAGE);
  }
  return false;
}
var FORK_NOTICE = 'This pull request comes from a fork, and GitHub gives its pull_request workflows a read-only token: nothing could be written to the pull request. The report is in the job summary and its most severe findings are annotated here. To comment on pull requests from forks, run pr-insights in a second workflow triggered by workflow_run, which gets a token that can write (README: "Pull requests from forks").';

// src/render/marker.ts
var REPORT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
var COMMIT_PATTERN = /^[0-9a-f]{7,64}$/;
var MARKER_LINE = /^ {0,3}\[\/\/\]: # \(pr-insights:([A-Za-z0-9][A-Za-z0-9._-]{0,39})(?::([0-9a-f]{7,64}))?\)[ \t]*$/m;
function markerLine(reportId, commit) {
  if (!REPORT_ID_PATTERN.test(reportId)) {
    throw new InputError(
      `report id ${JSON.stringify(reportId)} must be 1\u201340 letters, digits, ".", "_" or "-", starting with a letter or digit`,
      { source: "REPORT_ID" }
    );
  }
  if (commit === void 0) return `[//]: # (pr-insights:${reportId})`;
  const sha = commit.toLowerCase();
  if (!COMMIT_PATTERN.test(sha)) {
    throw new InputError(`commit ${JSON.stringify(commit)} is not a hexadecimal commit SHA`, { source: "COMMIT" });
  }
  return `[//]: # (pr-insights:${reportId}:${sha})`;
}
function findMarker(body) {
  const match = MARKER_LINE.exec(body.replace(/\r\n?/g, "\n"));
  if (match === null) return void 0;
  const [, reportId, commit] = match;
  if (reportId === void 0) return void 0;
  return commit === void 0 ? { reportId } : { reportId, commit };
}

// src/platforms/core/failure.ts
var PlatformOperationError = class extends Error {
  constructor(message, status, options = {}) {
    super(message, options);
    this.status = status;
  }
  status;
  name = "PlatformOperationError";
};
function explain(error, doing, hints2) {
  if (!(error instanceof HttpError)) {
    const base2 = error instanceof Error ? error.message : String(error);
    return new PlatformOperationError(`could not ${doing}: ${base2}`, void 0, { cause: error });
  }
  const base = error.withoutHint;
  const advice = {
    401: hints2.unauthorized ?? (hints2.ambiguous401 ? AMBIGUOUS_401(hints2.permission) : "TOKEN (or USERNAME and PASSWORD) is missing, invalid or expired"),
    403: `the credentials lack ${hints2.permission}`,
    404: hints2.notFound ?? "check REPOSITORY, and that the credentials can see the repository"
  };
  const hint = advice[error.status];
  return new PlatformOperationError(`could not ${doing}: ${base}${hint ? ` \u2014 ${hint}` : ""}`, error.status, { cause: error });
}
var AMBIGUOUS_401 = (permission) => `the server answers 401 both when TOKEN (or USERNAME and PASSWORD) is invalid or expired and when the credentials lack ${permission}; check both`;
function isNotFound(error) {
  return error instanceof HttpError && error.status === 404;
}

// src/platforms/core/identity.ts
var SelfIdentity = class {
  /** `ask` answers undefined when the platform refuses to say; it throws when it could not be asked. */
  constructor(ask) {
    this.ask = ask;
  }
  ask;
  learned;
  lookup;
  /** Known without asking: learned, or answered already. */
  get known() {
    return this.learned;
  }
  /** Asks the platform once; a failure to ask (not a refusal) is tried again on the next call. */
  async resolve() {
    if (this.learned !== void 0) return this.learned;
    const pending = this.lookup ??= this.ask().catch((error) => {
      this.lookup = void 0;
      throw error;
    });
    const answer = await pending;
    this.learned ??= answer;
    return this.learned;
  }
  /** From the platform's answer about something we wrote: certain. */
  learn(id2) {
    if (id2) this.learned = id2;
  }
};
function authorship(author, me) {
  if (me === void 0) return "unknown";
  return author !== void 0 && author.toLowerCase() === me.toLowerCase() ? "us" : "other";
}

// src/platforms/platform.ts
var CommentConflictError = class extends Error {
  name = "CommentConflictError";
};

// src/platforms/bitbucket-cloud/context.ts
var NOT_FOUND = "check REPOSITORY, and that the credentials can see the repository";
var HINTS = {
  readPullRequests: { permission: "the pullrequest scope (API token: read:pullrequest:bitbucket)", notFound: NOT_FOUND },
  writeComments: { permission: "the pullrequest scope (API token: write:pullrequest:bitbucket)", notFound: NOT_FOUND },
  insights: {
    permission: "the repository scope (API token: read:repository:bitbucket and write:repository:bitbucket)",
    notFound: `${NOT_FOUND}, and that COMMIT has been pushed to it`
  },
  insightsViaProxy: {
    permission: "the Pipelines auth proxy's authorization, which covers only the pipeline's own repository (check REPOSITORY)",
    notFound: "check REPOSITORY, and that COMMIT has been pushed to it"
  },
  status: {
    permission: "the repository scope (API token: write:repository:bitbucket)",
    notFound: `${NOT_FOUND}, and that COMMIT has been pushed to it`
  }
};

// src/platforms/core/pages.ts
var MAX_PAGES = 1e3;
async function readPages(first2, read, describe5) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let cursor = first2;
  while (cursor !== void 0) {
    const key2 = describe5(cursor);
    if (seen.has(key2)) throw new Error(`the server's paging did not advance (${key2} again)`);
    if (seen.size >= MAX_PAGES) throw new Error(`gave up after ${MAX_PAGES} pages (at ${key2})`);
    seen.add(key2);
    const page5 = await read(cursor);
    out.push(...page5.values);
    cursor = page5.next;
  }
  return out;
}

// src/platforms/bitbucket-cloud/pages.ts
async function readAllPages(http, first2) {
  return readPages(first2, (req) => page(http, req), (req) => req.url);
}
async function followingPages(http, page5) {
  return page5?.next ? readAllPages(http, { method: "GET", url: page5.next }) : [];
}
async function page(http, req) {
  const body = (await http.request(req)).body;
  return { values: body?.values ?? [], next: body?.next ? { method: "GET", url: body.next } : void 0 };
}

// src/platforms/bitbucket-cloud/wire.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/urls.ts
function httpUrl(raw) {
  if (raw === void 0) return void 0;
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    return void 0;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:" || url.hostname === "") return void 0;
  url.username = "";
  url.password = "";
  return url.href;
}

// src/platforms/core/annotations.ts
import { createHash } from "node:crypto";

// src/reports/model.ts
var SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"];

// src/render/words.ts
var VERDICT_EMOJI = { fail: "\u274C", warn: "\u26A0\uFE0F", pass: "\u2705", none: "\u26AA" };
var VERDICT_LABEL = { fail: "Failed", warn: "Warning", pass: "Passed", none: "None" };
var LEVEL_VERDICT = { OK: "pass", WARN: "warn", ERROR: "fail", NONE: "none" };
function verdictCell(verdict, label = VERDICT_LABEL[verdict]) {
  return `${VERDICT_EMOJI[verdict]} ${label}`;
}

// src/render/values.ts
var NO_VALUE = "no value";
var HOURS_PER_DAY = 8;
function formatMeasure(raw, type, metricKey = "") {
  if (raw === void 0 || raw.trim() === "") return NO_VALUE;
  return FORMATTERS[type](raw.trim(), metricKey, "measure");
}
function formatThreshold(raw, type, metricKey = "") {
  return FORMATTERS[type](raw.trim(), metricKey, "threshold");
}
function describeThreshold(condition, threshold) {
  const { metricType, metricKey, comparator } = condition;
  if (threshold === void 0 || threshold.trim() === "") return void 0;
  return `${comparatorWords(comparator, metricType)} ${formatThreshold(threshold, metricType, metricKey)}`;
}
function conditionSentence(condition, threshold) {
  const value = formatMeasure(condition.actual, condition.metricType, condition.metricKey);
  const requirement = describeThreshold(condition, threshold);
  return `${condition.metricName}: ${value}${requirement === void 0 ? "" : ` (${requirement})`}`;
}
function comparatorWords(comparator, type) {
  if (type === "RATING") return RATING_COMPARATORS[comparator];
  if (type === "SEVERITY" && comparator === "GT") return "is at least";
  return COMPARATORS[comparator];
}
var COMPARATORS = {
  GT: "is greater than",
  LT: "is less than",
  EQ: "equals",
  NE: "is not"
};
var RATING_COMPARATORS = {
  GT: "is worse than",
  LT: "is better than",
  EQ: "is",
  NE: "is not"
};
function levelLabel(level) {
  const verdict = LEVEL_VERDICT[level.toUpperCase()];
  return verdict === void 0 ? level : VERDICT_LABEL[verdict];
}
var FORMATTERS = {
  PERCENT: (raw, _key, role) => numeric(raw, (n) => formatPercent(n, role === "threshold" ? 0 : 1)),
  RATING: (raw) => numeric(raw, (n) => ratingLetter(n) ?? raw),
  INT: (raw) => numeric(raw, (n) => formatNumber(n, 0, 0)),
  FLOAT: (raw, _key, role) => numeric(raw, (n) => formatNumber(n, role === "threshold" ? 0 : 1, 5)),
  WORK_DUR: (raw) => numeric(raw, (n) => formatWorkDuration(n)),
  MILLISEC: (raw) => numeric(raw, (n) => formatMilliseconds(n)),
  LEVEL: (raw) => levelLabel(raw),
  SEVERITY: (raw, key2, role) => numeric(raw, (n) => severityLabel(role === "threshold" ? n + 1 : n, key2) ?? raw),
  STRING: (raw) => raw
};
function numeric(raw, format) {
  const n = Number(raw);
  return Number.isFinite(n) ? format(n) : raw;
}
function formatNumber(n, minDecimals = 0, maxDecimals = minDecimals) {
  const formatted = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: maxDecimals
  }).format(n);
  return /^-0(\.0*)?$/.test(formatted) ? formatted.slice(1) : formatted;
}
function formatPercent(n, minDecimals = 1) {
  if (n === 100) return "100%";
  return `${formatNumber(n, minDecimals, 1)}%`;
}
function ratingLetter(n) {
  const rounded = Math.round(n);
  return rounded >= 1 && rounded <= 5 ? String.fromCharCode(64 + rounded) : void 0;
}
function formatWorkDuration(totalMinutes) {
  const value = Math.round(totalMinutes);
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const days = Math.floor(abs / (HOURS_PER_DAY * 60));
  const hours = Math.floor((abs - days * HOURS_PER_DAY * 60) / 60);
  const minutes = abs - days * HOURS_PER_DAY * 60 - hours * 60;
  const parts = [];
  if (days > 0) parts.push(`${formatNumber(days)}d`);
  if (hours > 0 && days < 10) parts.push(`${hours}h`);
  if (minutes > 0 && hours < 10 && days === 0) parts.push(`${minutes}min`);
  return `${value < 0 ? "-" : ""}${parts.join(" ")}`;
}
function formatMilliseconds(ms) {
  const sign = ms < 0 ? "-" : "";
  const abs = Math.abs(ms);
  if (abs >= 6e4) return `${sign}${formatNumber(Math.round(abs / 6e4))}min`;
  if (abs >= 1e3) return `${sign}${Math.round(abs / 1e3)}s`;
  return `${sign}${Math.round(abs)}ms`;
}
var STANDARD_SEVERITIES = ["Info", "Minor", "Major", "Critical", "Blocker"];
var IMPACT_SEVERITIES = ["Info", "Low", "Medium", "High", "Blocker"];
function severityLabel(n, metricKey = "") {
  if (n === 0) return "None";
  if (n % 5 !== 0 || n < 5 || n > 25) return void 0;
  const labels = /software_quality|sca_/.test(metricKey) ? IMPACT_SEVERITIES : STANDARD_SEVERITIES;
  return labels[n / 5 - 1];
}
function formatNewCodePeriod(period2) {
  const parameter = period2.parameter?.trim() || void 0;
  const date = datePart(period2.date);
  switch (period2.mode.toLowerCase()) {
    case "previous_version":
    case "last_version":
    case "version":
      if (parameter) return `since ${datePart(parameter) ?? `version ${parameter}`}`;
      return date ? `since ${date}` : "since previous version";
    case "number_of_days":
    case "days":
      return parameter ? `from last ${parameter} days` : date ? `since ${date}` : void 0;
    case "reference_branch":
      return parameter ? `compared to ${parameter}` : void 0;
    case "date":
      return parameter || date ? `since ${datePart(parameter) ?? parameter ?? date}` : void 0;
    case "previous_analysis":
      return date ? `since previous analysis (${date})` : "since previous analysis";
    default:
      return date ? `since ${date}` : void 0;
  }
}
function datePart(value) {
  return value === void 0 ? void 0 : /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
}

// src/platforms/core/annotations.ts
var PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._:~-]*$/;
var HASH_PREFIX = "h-";
function planAnnotations(annotations2, limits) {
  const ranked = annotations2.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i);
  const kept = ranked.slice(0, limits.annotationsPerReport);
  const seen = /* @__PURE__ */ new Set();
  return {
    kept: kept.map(({ a }) => ({ annotation: a, externalId: uniqueExternalId(a.id, seen, limits.externalIdLength) })),
    omitted: annotations2.length - kept.length
  };
}
function rank(a) {
  return SEVERITY_ORDER.indexOf(a.severity);
}
function uniqueExternalId(id2, seen, maxLength) {
  let candidate = PLAIN_ID.test(id2) && id2.length <= maxLength && !id2.startsWith(HASH_PREFIX) ? id2 : hashed(id2);
  for (let n = 2; seen.has(candidate); n++) candidate = hashed(`${id2}#${n}`);
  seen.add(candidate);
  return candidate;
}
function hashed(id2) {
  return `${HASH_PREFIX}${createHash("sha256").update(id2).digest("hex").slice(0, 32)}`;
}
function omittedNote(omitted, limits, max = limits.annotationsPerReport) {
  const what = omitted === 1 ? "1 lower-severity annotation was" : `${formatNumber(omitted)} lower-severity annotations were`;
  return `${what} left out: ${limits.platform} shows at most ${formatNumber(max)} per report.`;
}
function batches(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// src/platforms/core/data-fields.ts
function dataFields(data3, max, link3) {
  return data3.flatMap((d) => datum(d, link3) ?? []).slice(0, max);
}
function datum(d, link3) {
  const title = d.title.trim();
  if (!title) return void 0;
  switch (d.type) {
    case "LINK": {
      const href = httpUrl(d.value.href);
      if (href === void 0) return { title, type: "TEXT", value: d.value.text };
      return { title, type: "LINK", value: link3(d.value.text.trim() || href, href) };
    }
    case "BOOLEAN":
    case "TEXT":
      return { title, type: d.type, value: d.value };
    case "NUMBER":
      return Number.isFinite(d.value) ? { title, type: d.type, value: d.value } : void 0;
    case "PERCENTAGE":
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.min(100, Math.max(0, d.value)) } : void 0;
    case "DURATION":
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.max(0, Math.round(d.value)) } : void 0;
    case "DATE":
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.round(d.value) } : void 0;
  }
}

// src/render/cap.ts
var REASON = "comment size limit";
function capMarkdown(blocks, options) {
  const order = cutOrder(blocks);
  const render = (cutCount) => assemble(blocks, new Set(order.slice(0, cutCount)), options.footer);
  const fits = (cutCount) => render(cutCount).length <= options.limit;
  if (fits(0)) return render(0);
  let low = 1;
  let high = order.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (fits(mid)) high = mid;
    else low = mid + 1;
  }
  for (let k = low; k <= order.length; k += 1) if (fits(k)) return render(k);
  return cutText(render(order.length), options);
}
function cutOrder(blocks) {
  const rows2 = [];
  blocks.forEach((block, b) => {
    if (block.kind === "rows") block.rows.forEach((r, i) => rows2.push({ id: `${b}:${i}`, rank: r.rank, block: b, row: i }));
  });
  rows2.sort((x, y) => x.rank - y.rank || y.row - x.row || y.block - x.block);
  return rows2.map((r) => r.id);
}
function assemble(blocks, cut2, footer) {
  const parts = [];
  blocks.forEach((block, b) => {
    if (block.kind === "text") {
      if (block.markdown !== "") parts.push(block.markdown);
      return;
    }
    const kept = block.rows.filter((_, i) => !cut2.has(`${b}:${i}`)).map((r) => r.markdown);
    const dropped = block.rows.length - kept.length;
    if (kept.length > 0) parts.push([...block.header === void 0 ? [] : [block.header], ...kept].join("\n"));
    if (dropped > 0) parts.push(omittedNote2(dropped, block.noun));
  });
  return [...parts, footer].join("\n\n");
}
function omittedNote2(dropped, noun) {
  const word = dropped === 1 ? noun.one : noun.other;
  return `\u2026 ${dropped.toLocaleString("en-US")} more ${word} not shown: ${REASON}`;
}
function cutText(rendered, options) {
  const note = `\u2026 rest of the comment not shown: ${REASON}`;
  const footerBreak = options.footer.lastIndexOf("\n\n");
  const marker = footerBreak < 0 ? options.footer : options.footer.slice(footerBreak + 2);
  const head = footerBreak < 0 ? "" : options.footer.slice(0, footerBreak);
  const body = rendered.slice(0, rendered.length - options.footer.length - 2);
  const withHead = `${head}

${marker}`;
  const tail = head !== "" && withHead.length + note.length + 4 <= options.limit ? withHead : marker;
  const room = options.limit - tail.length - note.length - 4;
  if (room <= 0) return tail;
  const kept = safePrefix(body, room).trimEnd();
  return kept === "" ? `${note}

${tail}` : `${kept}

${note}

${tail}`;
}
var LINK = /!?\[(?:\\.|[^\\\]])*\]\((?:\\.|[^\\)])*\)/g;
function safePrefix(text3, room) {
  if (text3.length <= room) return text3;
  let end = room;
  const newline = text3.lastIndexOf("\n", room);
  if (newline > room / 2) end = newline;
  for (const link3 of text3.matchAll(LINK)) {
    if (link3.index >= end) break;
    if (link3.index + link3[0].length > end) {
      end = link3.index;
      break;
    }
  }
  return withoutPartialEscape(text3.slice(0, end));
}
function withoutPartialEscape(text3) {
  let out = text3.replace(/&#?[A-Za-z0-9]*$/, "");
  const backslashes = /\\+$/.exec(out)?.[0].length ?? 0;
  if (backslashes % 2 === 1) out = out.slice(0, -1);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 55296 && last <= 56319) out = out.slice(0, -1);
  return out;
}

// src/render/markdown.ts
var JOINER = "\u200D";
var BACKSLASHED = /* @__PURE__ */ new Set(["\\", "`", "*", "_", "{", "}", "[", "]"]);
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  // GFM strikethrough; Python-Markdown has no backslash escape for it.
  "~": "&#126;",
  // GitHub renders $…$ as math.
  $: "&#36;"
};
function escapeMarkdown(text3) {
  const flat = breakLinksAndMentions(collapseWhitespace(text3));
  let out = "";
  for (const ch of flat) {
    if (BACKSLASHED.has(ch)) out += `\\${ch}`;
    else out += ENTITIES[ch] ?? ch;
  }
  return escapeLineStart(out);
}
function collapseWhitespace(text3) {
  return text3.replace(/[\s\u0000-\u001F\u007F-\u009F]+/g, " ").replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, "").trim();
}
function breakLinksAndMentions(text3) {
  return text3.replace(/@/g, `@${JOINER}`).replace(/#(?=\d)/g, `#${JOINER}`).replace(/:\/\//g, `:${JOINER}//`).replace(/\b(www)\./gi, `$1${JOINER}.`);
}
function escapeLineStart(text3) {
  if (/^#/.test(text3) || /^[-+](?=\s|$|[-+])/.test(text3)) return `\\${text3}`;
  if (/^=/.test(text3)) return `&#61;${text3.slice(1)}`;
  return text3.replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}
function markdownLink(text3, url) {
  const href = httpUrl(url);
  if (href === void 0) return text3;
  return `[${text3}](${linkDestination(href)})`;
}
function linkDestination(href) {
  const origin = new URL(href).origin;
  const rest = href.slice(origin.length).replace(/[()[\]|<>`\\ "']/g, (c) => percent(c));
  return origin + rest.replace(/&(?=#?[A-Za-z0-9]+;)/g, "%26");
}
function percent(ch) {
  return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}
function tableHeader(headers, align = []) {
  const delimiters = headers.map((_, i) => align[i] === "right" ? "--:" : "---");
  return `${tableRow(headers)}
${tableRow(delimiters)}`;
}
function tableRow(cells) {
  return `| ${cells.map((c) => c === "" ? " " : c).join(" | ")} |`;
}
function truncate(text3, max) {
  if (text3.length <= max) return text3;
  if (max <= 0) return "";
  let end = max - 1;
  if (end > 0 && isHighSurrogate(text3.charCodeAt(end - 1))) end -= 1;
  return `${text3.slice(0, end).trimEnd()}\u2026`;
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}

// src/platforms/core/text.ts
var cut = truncate;
function cutBefore(text3, suffix, max) {
  const kept = text3.trimEnd();
  if (!kept) return cut(suffix, max);
  const separator = "\n\n";
  const room = max - suffix.length - separator.length;
  if (room < 2) return cut(suffix, max);
  return `${cut(kept, room)}${separator}${suffix}`;
}
function oneLine(text3) {
  return text3.replace(/\s+/g, " ").trim();
}

// src/platforms/bitbucket-cloud/wire.ts
var CLOUD_LIMITS = {
  platform: "Bitbucket Cloud",
  /** Undocumented; ~32k is known to fail (atlantis #1251), pr-agent stays at 31k. */
  comment: 3e4,
  /** Undocumented for Cloud; Data Center's 450 is the safe guess. */
  reportTitle: 450,
  reportReporter: 450,
  reportDetails: 2e3,
  reportData: 10,
  annotationsPerRequest: 100,
  annotationsPerReport: 1e3,
  /** The annotation's `summary`. */
  annotationMessage: 450,
  /** Undocumented; assumed equal to the report's. */
  annotationDetails: 2e3,
  /** Undocumented; ids are kept short because they travel in URL paths. */
  externalIdLength: 64,
  statusKey: 40,
  /** From a Jenkins plugin fix covering Server and Cloud; unconfirmed for Cloud. */
  statusName: 255,
  statusUrl: 450,
  /** No documented limit; a status description is one short line anyway. */
  statusDescription: 255
};
function pullRequestRef(pr) {
  return {
    id: pr.id,
    open: pr.state === "OPEN",
    // Abbreviated to 12 characters by Cloud; the publisher compares by prefix.
    headCommit: pr.source?.commit?.hash,
    sourceBranch: pr.source?.branch?.name,
    url: pr.links?.html?.href
  };
}
function queryString(value) {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
function reportBody(insight, reportId, omittedAnnotations) {
  const details3 = omittedAnnotations > 0 ? cutBefore(insight.details, omittedNote(omittedAnnotations, CLOUD_LIMITS), CLOUD_LIMITS.reportDetails) : cut(insight.details, CLOUD_LIMITS.reportDetails);
  const link3 = httpUrl(insight.link);
  return {
    // Cloud rejects a report without a title.
    title: cut(insight.title.trim() || reportId, CLOUD_LIMITS.reportTitle),
    details: details3,
    reporter: cut(insight.reporter, CLOUD_LIMITS.reportReporter),
    report_type: insight.reportType,
    result: insight.result === "pass" ? "PASSED" : "FAILED",
    ...link3 ? { link: link3 } : {},
    // Cloud's LINK is {text, href}; Data Center's is {linktext, href}.
    data: dataFields(insight.data, CLOUD_LIMITS.reportData, (text3, href) => ({ text: text3, href }))
  };
}
var SEVERITY = {
  critical: "CRITICAL",
  high: "HIGH",
  medium: "MEDIUM",
  low: "LOW",
  info: "LOW"
};
function annotationBodies(annotations2) {
  const plan = planAnnotations(annotations2, CLOUD_LIMITS);
  return { bodies: plan.kept.map(annotationBody), omitted: plan.omitted };
}
function annotationBody({ annotation: a, externalId }) {
  const message = a.message.trim();
  const summary = cut(oneLine(message) || `${a.type.replace("_", " ").toLowerCase()} (${a.severity})`, CLOUD_LIMITS.annotationMessage);
  const link3 = httpUrl(a.link);
  return {
    external_id: externalId,
    annotation_type: a.type,
    summary,
    // When the summary had to be cut or flattened, the whole message is one click away.
    ...message && summary !== message ? { details: cut(message, CLOUD_LIMITS.annotationDetails) } : {},
    severity: SEVERITY[a.severity],
    ...a.path ? { path: a.path } : {},
    // The spec's minimum is 1: an absent line means "top of the file", 0 is a 400.
    ...a.line !== void 0 && Number.isInteger(a.line) && a.line >= 1 ? { line: a.line } : {},
    ...link3 ? { link: link3 } : {}
  };
}
function statusBody(status, branch) {
  const url = httpUrl(status.url);
  return {
    key: statusKey(status.key),
    state: status.state === "success" ? "SUCCESSFUL" : "FAILED",
    name: cut(status.name, CLOUD_LIMITS.statusName),
    description: cut(oneLine(status.description), CLOUD_LIMITS.statusDescription),
    // A cut URL would lead nowhere: better none.
    ...url && url.length <= CLOUD_LIMITS.statusUrl ? { url } : {},
    // The source branch is what associates the status with its pull request.
    ...branch ? { refname: branch } : {}
  };
}
function statusKey(key2) {
  if (key2.length <= CLOUD_LIMITS.statusKey) return key2;
  const hash = createHash2("sha256").update(key2).digest("hex").slice(0, 8);
  return `${key2.slice(0, CLOUD_LIMITS.statusKey - hash.length - 1)}-${hash}`;
}

// src/platforms/bitbucket-cloud/comments.ts
var PAGE_LEN = 100;
var AUTHOR_ONLY = {
  ...HINTS.writeComments,
  permission: `${HINTS.writeComments.permission}, or the comment was written by another user (only its author may change it)`
};
async function listComments(ctx, identity, pullRequest, query) {
  const values = await readComments(ctx, pullRequest, query);
  const general = values.filter((c) => !c.deleted && !c.inline).sort((a, b) => a.id - b.id);
  const me = general.some((c) => findMarker(c.content?.raw ?? "") !== void 0) ? await identity.resolve() : identity.known;
  return general.map((c) => ({ id: c.id, body: c.content?.raw ?? "", author: authorship(c.user?.uuid, me) }));
}
async function readComments(ctx, pullRequest, query) {
  const plain = { method: "GET", url: commentsUrl(ctx, pullRequest), query: { pagelen: PAGE_LEN } };
  const doing = `list the comments of pull request #${pullRequest}`;
  if (query) {
    try {
      return await readAllPages(ctx.http, { ...plain, query: { ...plain.query, q: `content.raw ~ ${queryString(query.containing)}` } });
    } catch (error) {
      if (!(error instanceof HttpError && error.status === 400)) throw explain(error, doing, HINTS.readPullRequests);
      ctx.log.debug(`Bitbucket Cloud: the comment filter was refused (400); listing every comment of pull request #${pullRequest}`);
    }
  }
  try {
    return await readAllPages(ctx.http, plain);
  } catch (error) {
    throw explain(error, doing, HINTS.readPullRequests);
  }
}
async function createComment(ctx, identity, pullRequest, body) {
  try {
    const res = await ctx.http.request({ method: "POST", url: commentsUrl(ctx, pullRequest), body: { content: { raw: body } }, expect: [201] });
    identity.learn(res.body.user?.uuid);
    return { id: res.body.id, body: res.body.content?.raw ?? body, author: "us" };
  } catch (error) {
    throw explain(error, `comment on pull request #${pullRequest}`, HINTS.writeComments);
  }
}
async function updateComment(ctx, identity, pullRequest, comment, body) {
  try {
    const res = await ctx.http.request({ method: "PUT", url: `${commentsUrl(ctx, pullRequest)}/${comment.id}`, body: { content: { raw: body } } });
    identity.learn(res.body?.user?.uuid);
    return { id: comment.id, body: res.body?.content?.raw ?? body, author: "us" };
  } catch (error) {
    if (isNotFound(error)) throw new CommentConflictError(`comment ${comment.id} on pull request #${pullRequest} was removed while it was being updated`);
    throw explain(error, `update comment ${comment.id} on pull request #${pullRequest}`, AUTHOR_ONLY);
  }
}
async function deleteComment(ctx, pullRequest, comment) {
  try {
    await ctx.http.request({ method: "DELETE", url: `${commentsUrl(ctx, pullRequest)}/${comment.id}` });
  } catch (error) {
    if (isNotFound(error)) return;
    throw explain(error, `delete comment ${comment.id} on pull request #${pullRequest}`, AUTHOR_ONLY);
  }
}
function commentsUrl(ctx, pullRequest) {
  return `${ctx.repo}/pullrequests/${pullRequest}/comments`;
}

// src/platforms/bitbucket-cloud/identity.ts
var REFUSED = /* @__PURE__ */ new Set([401, 403, 404]);
function cloudIdentity(http, log) {
  return new SelfIdentity(async () => {
    try {
      const uuid = (await http.request({ method: "GET", url: "user" })).body?.uuid;
      if (uuid) log.debug(`Bitbucket Cloud: the credentials belong to user ${uuid}`);
      return uuid;
    } catch (error) {
      if (error instanceof HttpError && REFUSED.has(error.status)) {
        log.debug(`Bitbucket Cloud: GET /user was refused (${error.status}); comments count as ours only once Cloud names us as the author of one this run writes`);
        return void 0;
      }
      throw explain(error, "find out which Bitbucket user the credentials belong to", { permission: "the account scope" });
    }
  });
}

// src/platforms/bitbucket-cloud/insights.ts
var CONCURRENT_BATCHES = 10;
var REPLACED_RETRIES = 5;
async function publishInsight(ctx, commit, reportId, insight) {
  const { bodies, omitted } = annotationBodies(insight.annotations);
  const report = reportBody(insight, reportId, omitted);
  const url = `${ctx.repo}/commit/${encodeURIComponent(commit)}/reports/${encodeURIComponent(reportId)}`;
  const hints2 = ctx.viaPipelinesProxy ? HINTS.insightsViaProxy : HINTS.insights;
  const where2 = `Code Insights report "${reportId}" on ${commit.slice(0, 12)}${ctx.viaPipelinesProxy ? " through the Pipelines auth proxy" : ""}`;
  try {
    await ctx.http.request({ method: "DELETE", url, expect: [200, 204, 404] });
  } catch (error) {
    throw explain(error, `replace the ${where2}`, hints2);
  }
  let putting;
  const put = () => putting ??= ctx.http.request({ method: "PUT", url, body: report }).finally(() => {
    putting = void 0;
  });
  try {
    await put();
  } catch (error) {
    throw explain(error, `publish the ${where2}`, hints2);
  }
  const post = async (chunk) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await ctx.http.request({ method: "POST", url: `${url}/annotations`, body: chunk, idempotent: true });
        return;
      } catch (error) {
        if (!isNotFound(error) || attempt >= REPLACED_RETRIES) throw error;
        ctx.log.debug(`Bitbucket Cloud: the ${where2} was replaced by another run while annotations were added; putting it back`);
        await put();
      }
    }
  };
  try {
    await mapLimit(batches(bodies, CLOUD_LIMITS.annotationsPerRequest), CONCURRENT_BATCHES, post);
  } catch (error) {
    throw explain(error, `add ${bodies.length} annotations to the ${where2} (the report itself was published)`, hints2);
  }
  if (omitted) ctx.log.debug(`Bitbucket Cloud: ${omitted} annotations left out of "${reportId}" (at most ${CLOUD_LIMITS.annotationsPerReport} per report)`);
  return { annotationsSent: bodies.length, annotationsOmitted: omitted };
}

// src/platforms/bitbucket-cloud/pull-requests.ts
var PAGE_LEN2 = 50;
async function getPullRequest(ctx, id2) {
  try {
    const res = await ctx.http.request({ method: "GET", url: `${ctx.repo}/pullrequests/${id2}` });
    return pullRequestRef(res.body);
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw explain(error, `read pull request #${id2} of ${ctx.repoName}`, HINTS.readPullRequests);
  }
}
async function pullRequestsForCommit(ctx, commit) {
  const doing = `look up the pull requests containing commit ${commit.slice(0, 12)} in ${ctx.repoName}`;
  const first2 = { method: "GET", url: `${ctx.repo}/commit/${encodeURIComponent(commit)}/pullrequests`, query: { pagelen: PAGE_LEN2 }, expect: [200, 202] };
  try {
    const res = await ctx.http.request(first2);
    if (res.status === 202) return { available: false, reason: "Bitbucket is still indexing pull requests for this commit" };
    const all = [...res.body?.values ?? [], ...await followingPages(ctx.http, res.body)];
    return { available: true, pullRequests: all.map(pullRequestRef) };
  } catch (error) {
    if (isNotFound(error)) return { available: false, reason: notIndexedReason(error) };
    throw explain(error, doing, HINTS.readPullRequests);
  }
}
function notIndexedReason(error) {
  const said = error instanceof HttpError && error.platformMessage ? ` (Bitbucket said: ${error.platformMessage})` : "";
  return `Bitbucket answered 404${said}: either it has not indexed pull requests for this commit yet, or the Pull Request Commit Links app is not installed in this repository (opening "Pull requests" on any commit page in Bitbucket installs it)`;
}
async function pullRequestsForBranch(ctx, branch) {
  try {
    const values = await readAllPages(ctx.http, {
      method: "GET",
      url: `${ctx.repo}/pullrequests`,
      query: { q: `source.branch.name=${queryString(branch)} AND state="OPEN"`, pagelen: PAGE_LEN2 }
    });
    return values.map(pullRequestRef).filter((pr) => pr.sourceBranch === branch);
  } catch (error) {
    throw explain(error, `look up the open pull requests from branch ${branch} in ${ctx.repoName}`, HINTS.readPullRequests);
  }
}

// src/platforms/bitbucket-cloud/status.ts
async function publishStatus(ctx, commit, status, context) {
  const body = statusBody(status, context.branch);
  try {
    await ctx.http.request({ method: "POST", url: `${ctx.repo}/commit/${encodeURIComponent(commit)}/statuses/build`, body, expect: [200, 201], idempotent: true });
  } catch (error) {
    throw explain(error, `set the build status "${body.key}" on ${commit.slice(0, 12)}`, HINTS.status);
  }
}

// src/platforms/bitbucket-cloud/api.ts
var PROXY_REASON = "the Bitbucket Pipelines auth proxy authorizes Code Insights only; a comment and a build status need TOKEN (an access token with the pullrequest and repository scopes) or USERNAME and PASSWORD";
function createBitbucketCloudApi(options) {
  const { repository, http, log, viaPipelinesProxy } = options;
  const ctx = {
    http,
    log,
    repo: `repositories/${encodeURIComponent(repository.workspace)}/${encodeURIComponent(repository.slug)}`,
    repoName: `${repository.workspace}/${repository.slug}`,
    viaPipelinesProxy
  };
  const identity = cloudIdentity(http, log);
  return {
    displayName: CLOUD_LIMITS.platform,
    names: { report: "Code Insights report", status: "build status" },
    commentLimit: CLOUD_LIMITS.comment,
    can: { comment: !viaPipelinesProxy, insights: true, status: !viaPipelinesProxy },
    ...viaPipelinesProxy ? { cannotReason: PROXY_REASON } : {},
    getPullRequest: (id2) => getPullRequest(ctx, id2),
    pullRequestsForCommit: (commit) => pullRequestsForCommit(ctx, commit),
    pullRequestsForBranch: (branch) => pullRequestsForBranch(ctx, branch),
    listComments: (pr, query) => listComments(ctx, identity, pr, query),
    createComment: (pr, body) => createComment(ctx, identity, pr, body),
    updateComment: (pr, comment, body) => updateComment(ctx, identity, pr, comment, body),
    deleteComment: (pr, comment) => deleteComment(ctx, pr, comment),
    publishReport: (commit, reportId, insight) => publishInsight(ctx, commit, reportId, insight),
    publishStatus: (commit, status, context) => publishStatus(ctx, commit, status, context)
  };
}

// src/core/records.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/platforms/bitbucket-data-center/identity.ts
var Identity = class {
  username;
  constructor(basicUsername) {
    this.username = normalise(basicUsername);
  }
  observe(headers) {
    const raw = headers.get("x-ausername");
    if (raw === null) return;
    let name = raw;
    try {
      name = decodeURIComponent(raw);
    } catch {
    }
    this.username = normalise(name) ?? this.username;
  }
  /** From the author of a comment we just created (a RestUser): certain. */
  learn(author) {
    if (isRecord(author) && typeof author.name === "string") this.username = normalise(author.name) ?? this.username;
  }
  get known() {
    return this.username;
  }
  /** Whether `author` (a RestUser, known by name or slug) is us; unknown while we do not know who we are. */
  authorship(author) {
    if (this.username === void 0) return "unknown";
    const { name, slug } = isRecord(author) ? author : {};
    const names4 = [name, slug].filter((n) => typeof n === "string");
    return names4.some((n) => authorship(n, this.username) === "us") ? "us" : "other";
  }
};
function normalise(name) {
  const trimmed = name?.trim().toLowerCase();
  return trimmed ? trimmed : void 0;
}

// src/platforms/bitbucket-data-center/client.ts
var XSRF_HEADER = { "x-atlassian-token": "no-check" };
function createDcClient(options) {
  const { repository, http, log } = options;
  const identity = new Identity(options.username);
  const key2 = encodeURIComponent(repository.projectKey);
  const slug = encodeURIComponent(repository.slug);
  const webBase = repository.baseUrl.replace(/\/+$/, "");
  const webUrl = repository.projectKey.startsWith("~") ? `${webBase}/users/${encodeURIComponent(repository.projectKey.slice(1))}/repos/${slug}` : `${webBase}/projects/${key2}/repos/${slug}`;
  return {
    repository,
    where: `${repository.projectKey}/${repository.slug}`,
    identity,
    log,
    repoApi: `rest/api/latest/projects/${key2}/repos/${slug}`,
    insightsOf: (commit) => `rest/insights/latest/projects/${key2}/repos/${slug}/commits/${encodeURIComponent(commit)}`,
    legacyBuildsOf: (commit) => `rest/build-status/1.0/commits/${encodeURIComponent(commit)}`,
    webUrl,
    async request(req) {
      const res = await http.request({ ...req, headers: { ...XSRF_HEADER, ...req.headers } });
      identity.observe(res.headers);
      return res;
    }
  };
}

// src/platforms/bitbucket-data-center/failure.ts
function failed(error, doing, hints2) {
  return explain(error, doing, { ...hints2, ambiguous401: true });
}
function repositoryNotFound(client) {
  const { projectKey, slug } = client.repository;
  return `check REPOSITORY (project key ${projectKey}, repository slug ${slug}, and the context path of the server URL, e.g. https://host/bitbucket) and that the credentials can see the repository`;
}
function missing(error) {
  const message = error instanceof HttpError ? error.platformMessage ?? "" : "";
  if (/\bcommit\b.*\bdoes not exist\b/i.test(message)) return "commit";
  if (/\b(project|repository)\b.*\bdoes not exist\b/i.test(message)) return "repository";
  return "resource";
}
var REPO_READ = "REPO_READ on the repository";

// src/platforms/bitbucket-data-center/paging.ts
var PAGE_LIMIT = 100;
async function allPages(client, url, query = {}) {
  return readPages(0, (start3) => page2(client, url, query, start3), (start3) => `${url} from ${start3}`);
}
async function firstPage(client, url, query = {}) {
  return (await page2(client, url, query, 0)).values;
}
async function page2(client, url, query, start3) {
  const { body } = await client.request({ method: "GET", url, query: { ...query, start: start3, limit: PAGE_LIMIT } });
  if (!isPage(body)) throw new Error(`the answer to GET ${url} is not a page of values`);
  const next = body.nextPageStart;
  if (body.isLastPage === true || typeof next !== "number") return { values: body.values, next: void 0 };
  if (!Number.isInteger(next) || next <= start3) throw new Error(`the server's paging of ${url} did not advance (start ${start3}, nextPageStart ${next})`);
  return { values: body.values, next };
}
function isPage(body) {
  return typeof body === "object" && body !== null && Array.isArray(body.values);
}

// src/platforms/bitbucket-data-center/wire.ts
var DC_LIMITS = {
  platform: "Bitbucket Data Center",
  /** The server wants "a non-empty value less than 32768 characters". */
  comment: 32767,
  reportKey: 50,
  reportTitle: 450,
  reportReporter: 450,
  reportDetails: 2e3,
  reportData: 6,
  /** The default of an instance-configurable limit; a request past it is refused whole, so all go in one. */
  annotationsPerReport: 1e3,
  annotationsPerRequest: 1e3,
  annotationMessage: 2e3,
  annotationPath: 5e4,
  /** The spec says at most 450; the contract says fewer than 450. Ids we pass through are far shorter. */
  externalIdLength: 200,
  buildKey: 255,
  buildName: 255,
  /** The legacy API's limit for every field but the URL; used for descriptions on both APIs. */
  statusDescription: 255,
  statusUrl: 450,
  buildRef: 1024
};
var DC_SEVERITY = { critical: "HIGH", high: "HIGH", medium: "MEDIUM", low: "LOW", info: "LOW" };
var FULL_SHA = /^[0-9a-f]{40}$/i;
function fullCommit(commit, what) {
  if (!FULL_SHA.test(commit)) {
    throw new InputError(
      `${what} on Bitbucket Data Center needs the full 40-character commit SHA, but got ${JSON.stringify(commit)}; set COMMIT to the full SHA (git rev-parse HEAD)`,
      { source: "COMMIT" }
    );
  }
  return commit.toLowerCase();
}
function reportKey(reportId) {
  if (reportId === "" || reportId.length > DC_LIMITS.reportKey) {
    throw new InputError(`the Code Insights report key must be 1 to ${DC_LIMITS.reportKey} characters on Bitbucket Data Center, got ${JSON.stringify(reportId)}`, {
      source: "REPORT_ID"
    });
  }
  return reportId;
}
function insightPlan(reportId, insight, maxAnnotations = DC_LIMITS.annotationsPerReport) {
  const plan = planAnnotations(insight.annotations, { ...DC_LIMITS, annotationsPerReport: maxAnnotations });
  const note = plan.omitted > 0 ? omittedNote(plan.omitted, DC_LIMITS, maxAnnotations) : void 0;
  const report = {
    title: cut(insight.title.trim() || reportId, DC_LIMITS.reportTitle),
    details: note === void 0 ? cut(insight.details, DC_LIMITS.reportDetails) : cutBefore(insight.details, note, DC_LIMITS.reportDetails),
    result: insight.result === "pass" ? "PASS" : "FAIL",
    reporter: cut(insight.reporter.trim() || "pr-insights", DC_LIMITS.reportReporter),
    data: dataFields(insight.data, DC_LIMITS.reportData, (linktext, href) => ({ linktext, href }))
  };
  const link3 = httpUrl(insight.link);
  if (link3 !== void 0) report.link = link3;
  return { report, annotations: plan.kept.map(annotationBody2), omitted: plan.omitted };
}
function annotationBody2({ annotation: a, externalId }) {
  const body = {
    externalId,
    message: cut(a.message.trim() ? a.message : "Issue", DC_LIMITS.annotationMessage),
    severity: DC_SEVERITY[a.severity],
    type: a.type
  };
  if (a.path && a.path.length <= DC_LIMITS.annotationPath) {
    body.path = a.path;
    if (a.line !== void 0 && Number.isInteger(a.line) && a.line >= 1) body.line = a.line;
  }
  const link3 = httpUrl(a.link);
  if (link3 !== void 0) body.link = link3;
  return body;
}
function buildStatusBody(status, fallbackUrl, branch) {
  const key2 = status.key.trim();
  if (key2 === "" || key2.length > DC_LIMITS.buildKey) {
    throw new InputError(`the build status key must be 1 to ${DC_LIMITS.buildKey} characters, got ${JSON.stringify(status.key)}`, { source: "REPORT_ID" });
  }
  const given = httpUrl(status.url);
  const body = {
    key: key2,
    state: status.state === "success" ? "SUCCESSFUL" : "FAILED",
    url: given !== void 0 && given.length <= DC_LIMITS.statusUrl ? given : fallbackUrl
  };
  const name = cut(status.name.trim(), DC_LIMITS.buildName);
  if (name) body.name = name;
  const description = cut(status.description.trim(), DC_LIMITS.statusDescription);
  if (description) body.description = description;
  const ref = branch ? branch.startsWith("refs/") ? branch : `refs/heads/${branch}` : void 0;
  if (ref !== void 0 && ref.length <= DC_LIMITS.buildRef) body.ref = ref;
  return body;
}
function legacyBuildStatusBody(body) {
  const { ref: _ref, ...legacy } = body;
  return legacy;
}

// src/platforms/bitbucket-data-center/comments.ts
async function listComments2(client, pullRequest, query) {
  let activities;
  const url = `${pullRequestPath(client, pullRequest)}/activities`;
  try {
    activities = query?.recent ? await firstPage(client, url) : await allPages(client, url);
  } catch (error) {
    throw failed(error, `read the comments of pull request #${pullRequest} in ${client.where}`, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
  const latest = /* @__PURE__ */ new Map();
  for (const activity of activities) {
    if (!isRecord(activity) || activity.action !== "COMMENTED" || activity.commentAnchor !== void 0) continue;
    const comment = generalComment(activity.comment);
    if (!comment) continue;
    const seen = latest.get(comment.id);
    if (!seen || comment.version > seen.version) latest.set(comment.id, comment);
  }
  const comments = [...latest.values()].sort((a, b) => a.createdDate - b.createdDate || a.id - b.id);
  return comments.map((c) => ({ id: c.id, body: c.text, revision: c.version, author: authorOf(client, c) }));
}
async function createComment2(client, pullRequest, body) {
  checkText(body);
  const doing = `add a comment to pull request #${pullRequest} in ${client.where}`;
  try {
    const res = await client.request({ method: "POST", url: `${pullRequestPath(client, pullRequest)}/comments`, body: { text: body } });
    const created = anyComment(res.body);
    if (!created) throw new Error("the answer is not a comment");
    client.identity.learn(created.author);
    return { id: created.id, body: created.text, revision: created.version, author: "us" };
  } catch (error) {
    throw failed(error, doing, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
}
async function updateComment2(client, pullRequest, comment, body) {
  checkText(body);
  let version = comment.revision;
  try {
    version ??= await currentVersion(client, pullRequest, comment.id);
    const res = await client.request({ method: "PUT", url: commentPath(client, pullRequest, comment.id), body: { text: body, version } });
    return { id: comment.id, body, revision: anyComment(res.body)?.version ?? version + 1, author: "us" };
  } catch (error) {
    if (isConflict(error) || isNotFound(error)) {
      throw new CommentConflictError(`comment ${comment.id} on pull request #${pullRequest} changed since it was read (version ${version ?? "unknown"})`, { cause: error });
    }
    throw failed(error, `update comment ${comment.id} on pull request #${pullRequest} in ${client.where}`, {
      permission: `${REPO_READ}, or are not the comment's author (only the author may edit its text)`,
      notFound: repositoryNotFound(client)
    });
  }
}
async function deleteComment2(client, pullRequest, comment) {
  try {
    const version = comment.revision ?? await currentVersion(client, pullRequest, comment.id);
    await client.request({ method: "DELETE", url: commentPath(client, pullRequest, comment.id), query: { version } });
  } catch (error) {
    if (isNotFound(error)) return;
    if (isConflict(error)) throw new CommentConflictError(`comment ${comment.id} on pull request #${pullRequest} changed since it was read, or has replies`, { cause: error });
    throw failed(error, `remove comment ${comment.id} from pull request #${pullRequest} in ${client.where}`, {
      permission: `${REPO_READ} (REPO_ADMIN to remove someone else's comment)`,
      notFound: repositoryNotFound(client)
    });
  }
}
async function currentVersion(client, pullRequest, id2) {
  const res = await client.request({ method: "GET", url: commentPath(client, pullRequest, id2) });
  const current = anyComment(res.body);
  if (!current) throw new Error(`the answer to GET comment ${id2} is not a comment`);
  return current.version;
}
function authorOf(client, comment) {
  const byName = client.identity.authorship(comment.author);
  if (byName !== "unknown" || comment.editable === void 0) return byName;
  return comment.editable ? "us" : "other";
}
function generalComment(raw) {
  if (!isRecord(raw) || raw.anchor !== void 0 || raw.anchored === true || raw.parent !== void 0) return void 0;
  return anyComment(raw);
}
function anyComment(raw) {
  if (!isRecord(raw) || typeof raw.id !== "number" || typeof raw.text !== "string") return void 0;
  const operations = isRecord(raw.permittedOperations) ? raw.permittedOperations : void 0;
  return {
    id: raw.id,
    version: typeof raw.version === "number" ? raw.version : 0,
    text: raw.text,
    createdDate: typeof raw.createdDate === "number" ? raw.createdDate : 0,
    author: raw.author,
    editable: typeof operations?.editable === "boolean" ? operations.editable : void 0
  };
}
function checkText(body) {
  if (body.trim() === "" || body.length > DC_LIMITS.comment) {
    throw new Error(`the comment is ${body.length} characters; Bitbucket Data Center accepts 1 to ${DC_LIMITS.comment}`);
  }
}
function isConflict(error) {
  return error instanceof HttpError && error.status === 409;
}
function pullRequestPath(client, pullRequest) {
  return `${client.repoApi}/pull-requests/${pullRequest}`;
}
function commentPath(client, pullRequest, id2) {
  return `${pullRequestPath(client, pullRequest)}/comments/${id2}`;
}

// src/platforms/bitbucket-data-center/insights.ts
async function publishInsight2(client, commit, reportId, insight) {
  const sha = fullCommit(commit, "a Code Insights report");
  const key2 = reportKey(reportId);
  const plan = insightPlan(reportId, insight);
  const reportUrl = `${client.insightsOf(sha)}/reports/${encodeURIComponent(key2)}`;
  const about = `Code Insights report "${key2}" on ${sha.slice(0, 12)} in ${client.where}`;
  const notFound = `${repositoryNotFound(client)}; Code Insights also need Bitbucket Data Center 5.15 or later, and the commit must be in the repository`;
  const permission = `${REPO_READ}, or are not the user that created this report (another user's report with this key cannot be replaced: change REPORT_ID)`;
  if (plan.omitted > 0) client.log.warn(`${about}: ${plan.omitted} lower-severity annotations left out (Bitbucket Data Center keeps at most ${plan.annotations.length} per report)`);
  const [put, cleared] = await Promise.allSettled([
    client.request({ method: "PUT", url: reportUrl, body: plan.report }),
    client.request({ method: "DELETE", url: `${reportUrl}/annotations` })
  ]);
  if (put.status === "rejected") throw failed(put.reason, `publish the ${about}`, { permission, notFound });
  if (cleared.status === "rejected" && !isNotFound(cleared.reason)) {
    throw failed(cleared.reason, `remove the previous annotations of the ${about}`, { permission, notFound });
  }
  if (plan.annotations.length > 0) {
    try {
      await client.request({ method: "POST", url: `${reportUrl}/annotations`, body: { annotations: plan.annotations } });
    } catch (error) {
      const standing = await concurrentSet(client, reportUrl, error);
      if (standing === void 0) throw failed(error, `add ${plan.annotations.length} annotations to the ${about}`, { permission, notFound });
      client.log.info(`${about}: another run of this commit added its ${standing} annotations first; they stand, and this run's are not added to them`);
      return { annotationsSent: 0, annotationsOmitted: plan.omitted, note: `another run's ${standing} annotations stand` };
    }
  }
  return { annotationsSent: plan.annotations.length, annotationsOmitted: plan.omitted };
}
async function concurrentSet(client, reportUrl, error) {
  if (!(error instanceof HttpError && error.status === 400)) return void 0;
  try {
    const { body } = await client.request({ method: "GET", url: `${reportUrl}/annotations` });
    const count6 = isRecord(body) && Array.isArray(body.annotations) ? body.annotations.length : 0;
    return count6 > 0 ? count6 : void 0;
  } catch {
    return void 0;
  }
}

// src/platforms/bitbucket-data-center/pull-requests.ts
async function getPullRequest2(client, id2) {
  try {
    const { body } = await client.request({ method: "GET", url: `${client.repoApi}/pull-requests/${id2}` });
    const pr = pullRequestRef2(body);
    if (!pr) throw new Error("the answer is not a pull request");
    return pr;
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw failed(error, `read pull request #${id2} of ${client.where}`, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
}
async function pullRequestsForCommit2(client, commit) {
  try {
    const values = await allPages(client, `${client.repoApi}/commits/${encodeURIComponent(commit)}/pull-requests`);
    return { available: true, pullRequests: values.flatMap((v) => pullRequestRef2(v) ?? []) };
  } catch (error) {
    if (isNotFound(error) && missing(error) !== "repository") {
      return { available: false, reason: `${client.where} does not know commit ${commit.slice(0, 12)} (not pushed yet?)` };
    }
    throw failed(error, `look up the pull requests of commit ${commit.slice(0, 12)} in ${client.where}`, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
}
async function pullRequestsForBranch2(client, branch) {
  const at = branch.startsWith("refs/") ? branch : `refs/heads/${branch}`;
  try {
    const values = await allPages(client, `${client.repoApi}/pull-requests`, { at, direction: "OUTGOING", state: "OPEN" });
    return values.flatMap((v) => pullRequestRef2(v) ?? []);
  } catch (error) {
    throw failed(error, `look up the open pull requests from branch ${branch} in ${client.where}`, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
}
function pullRequestRef2(raw) {
  if (!isRecord(raw) || typeof raw.id !== "number") return void 0;
  const ref = { id: raw.id, open: raw.state === "OPEN" };
  const from = isRecord(raw.fromRef) ? raw.fromRef : void 0;
  if (typeof from?.latestCommit === "string") ref.headCommit = from.latestCommit;
  if (typeof from?.displayId === "string") ref.sourceBranch = from.displayId;
  const self = isRecord(raw.links) && Array.isArray(raw.links.self) ? raw.links.self[0] : void 0;
  if (isRecord(self) && typeof self.href === "string") ref.url = self.href;
  return ref;
}

// src/platforms/bitbucket-data-center/status.ts
function createStatusPublisher(client) {
  let legacyOnly = false;
  async function legacy(sha, body, about) {
    try {
      await client.request({ method: "POST", url: client.legacyBuildsOf(sha), body: legacyBuildStatusBody(body) });
    } catch (error) {
      throw failed(error, `set the ${about} through the legacy build-status API`, {
        permission: "a licensed user (LICENSED)",
        notFound: `check the server URL in REPOSITORY, including its context path (e.g. https://host/bitbucket)`
      });
    }
  }
  return {
    async publish(commit, status, context) {
      const sha = fullCommit(commit, "a build status");
      const body = buildStatusBody(status, client.webUrl, context.branch);
      const about = `build status "${body.key}" on ${sha.slice(0, 12)} in ${client.where}`;
      if (legacyOnly) return legacy(sha, body, about);
      try {
        await client.request({ method: "POST", url: `${client.repoApi}/commits/${sha}/builds`, body });
      } catch (error) {
        if (!isNotFound(error) || missing(error) !== "resource") {
          throw failed(error, `set the ${about}`, { permission: REPO_READ, notFound: `${repositoryNotFound(client)}, and that the commit has been pushed to it` });
        }
        legacyOnly = true;
        client.log.info(`${client.where}: no repository build-status resource (Bitbucket Data Center before 7.14); using the legacy /rest/build-status/1.0 API for this run`);
        await legacy(sha, body, about);
      }
    }
  };
}

// src/platforms/bitbucket-data-center/api.ts
function createBitbucketDataCenterApi(options) {
  const client = createDcClient(options);
  const status = createStatusPublisher(client);
  return {
    displayName: DC_LIMITS.platform,
    names: { report: "Code Insights report", status: "build status" },
    commentLimit: DC_LIMITS.comment,
    can: { comment: true, insights: true, status: true },
    getPullRequest: (id2) => getPullRequest2(client, id2),
    pullRequestsForCommit: (commit) => pullRequestsForCommit2(client, commit),
    pullRequestsForBranch: (branch) => pullRequestsForBranch2(client, branch),
    listComments: (pullRequest, query) => listComments2(client, pullRequest, query),
    createComment: (pullRequest, body) => createComment2(client, pullRequest, body),
    updateComment: (pullRequest, comment, body) => updateComment2(client, pullRequest, comment, body),
    deleteComment: (pullRequest, comment) => deleteComment2(client, pullRequest, comment),
    publishReport: (commit, reportId, insight) => publishInsight2(client, commit, reportId, insight),
    publishStatus: (commit, decoration, context) => status.publish(commit, decoration, context)
  };
}

// src/platforms/github/context.ts
var GITHUB_HEADERS = { Accept: "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28" };
function withGitHubHeaders(http) {
  return { request: (req) => http.request({ ...req, headers: { ...GITHUB_HEADERS, ...req.headers } }) };
}
var NOT_FOUND2 = "check REPOSITORY, and that the token can see the repository";
var UNAUTHORIZED = "TOKEN is missing, invalid or expired";
function hints(name, why2, notFound = NOT_FOUND2) {
  return {
    permission: `${name} (${why2}): add \`${name}\` to the workflow's \`permissions:\` block (a pull_request from a fork only ever gets a read-only GITHUB_TOKEN)`,
    notFound,
    unauthorized: UNAUTHORIZED
  };
}
var HINTS2 = {
  readPullRequests: hints("pull-requests: read", "to find the pull request"),
  writeComments: hints("pull-requests: write", "or issues: write, to comment"),
  checks: hints("checks: write", "to create a check run"),
  statuses: hints("statuses: write", "to set a commit status", `${NOT_FOUND2}, and that COMMIT has been pushed to it`)
};

// src/platforms/github/wire.ts
var GITHUB_LIMITS = {
  platform: "GitHub",
  /** §3.3: known from GitHub's 422 "Body is too long (maximum is 65536 characters)". */
  comment: 65536,
  /** Not documented for a check run's name or `output.title`; kept to the annotation title's 255 so it stays one readable line. */
  reportTitle: 255,
  /** §3.4 `output.summary`: 65535 characters, and (observed, github/docs#35252) 65535 bytes. */
  reportDetails: 65535,
  /** A check run has no data fields; the summary carries everything. */
  reportData: 0,
  /** §3.4 `maxItems: 50`; the rest are appended by PATCH. */
  annotationsPerRequest: 50,
  /**
   * GitHub documents no cap per check run. 1,000 (as on Bitbucket) keeps a run to 20 requests:
   * one content-creating POST and 19 PATCHes, far inside Actions' 1,000 requests an hour (§3.6),
   * and more than anyone reads in the Files tab.
   */
  annotationsPerReport: 1e3,
  /** §3.4: `message` ≤ 64 KB, in bytes. */
  annotationMessage: 64 * 1024,
  /** §3.4 annotation `title`. */
  annotationTitle: 255,
  /** `external_id` has no documented limit; REPORT_ID is ≤ 40 anyway. */
  externalIdLength: 64,
  /** §3.5: 422 "description is too long (maximum is 140 characters)". */
  statusDescription: 140,
  /** No documented limit for `target_url`; a longer URL is dropped rather than cut. */
  statusUrl: 2048
};
function pullRequestRef3(pr) {
  return {
    id: pr.number,
    open: pr.state === "open" && pr.merged !== true,
    headCommit: pr.head?.sha,
    sourceBranch: pr.head?.ref,
    url: pr.html_url
  };
}
var LEVEL2 = {
  critical: "failure",
  high: "failure",
  medium: "warning",
  low: "notice",
  info: "notice"
};
function checkRunPlan(commit, reportId, insight) {
  const onFiles = insight.annotations.filter((a) => a.path);
  const plan = planAnnotations(onFiles, GITHUB_LIMITS);
  const withoutPath = insight.annotations.length - onFiles.length;
  const notes = [
    ...plan.omitted > 0 ? [omittedNote(plan.omitted, GITHUB_LIMITS)] : [],
    ...withoutPath > 0 ? [`${withoutPath === 1 ? "1 annotation" : `${withoutPath} annotations`} without a file left out: GitHub annotates files only.`] : []
  ].join(" ");
  const title = cut(oneLine(insight.title) || reportId, GITHUB_LIMITS.reportTitle);
  const summary = fitBytes((max) => notes ? cutBefore(insight.details, notes, max) : cut(insight.details.trim() || title, max), GITHUB_LIMITS.reportDetails);
  const all = plan.kept.map(annotationBody3);
  const link3 = httpUrl(insight.link);
  return {
    create: {
      name: title,
      head_sha: commit,
      external_id: reportId,
      status: "completed",
      conclusion: insight.result === "pass" ? "success" : "failure",
      ...link3 ? { details_url: link3 } : {},
      output: { title, summary, annotations: all.slice(0, GITHUB_LIMITS.annotationsPerRequest) }
    },
    annotations: all.slice(GITHUB_LIMITS.annotationsPerRequest),
    omitted: plan.omitted + withoutPath
  };
}
function annotationBody3({ annotation: a }) {
  const line = a.line !== void 0 && Number.isInteger(a.line) && a.line >= 1 ? a.line : 1;
  const title = cut(`${findingName(a.type)} (${a.severity})`, GITHUB_LIMITS.annotationTitle);
  return {
    path: a.path,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL2[a.severity],
    message: fitBytes((max) => cut(a.message.trim() || title, max), GITHUB_LIMITS.annotationMessage),
    title
  };
}
function findingName(type) {
  const words = type.toLowerCase().replace("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
function statusBody2(status) {
  const url = httpUrl(status.url);
  return {
    state: status.state,
    context: status.key,
    description: cut(oneLine(status.description), GITHUB_LIMITS.statusDescription),
    ...url && url.length <= GITHUB_LIMITS.statusUrl ? { target_url: url } : {}
  };
}
function statusInsteadOfCheckRun(reportId, insight) {
  const firstLine = insight.details.split("\n").find((l) => l.trim()) ?? "";
  return statusBody2({ key: reportId, state: insight.result === "pass" ? "success" : "failure", description: firstLine || insight.title, ...insight.link ? { url: insight.link } : {} });
}
function fitBytes(build, max) {
  let room = max;
  for (let pass = 0; pass < 64 && room > 0; pass++) {
    const text3 = build(room);
    const bytes = Buffer.byteLength(text3);
    if (bytes <= max) return text3;
    room = Math.min(room - 1, Math.floor(room * max / bytes));
  }
  return "";
}

// src/platforms/github/check-runs.ts
var CONCURRENT_BATCHES2 = 20;
async function publishCheckRun(ctx, identity, statuses, commit, reportId, insight) {
  const plan = checkRunPlan(commit, reportId, insight);
  const where2 = `check run "${plan.create.name}" on ${commit.slice(0, 12)}`;
  let run2;
  try {
    const created = ctx.http.request({ method: "POST", url: `${ctx.repo}/check-runs`, body: plan.create, expect: [201] });
    identity.expectApp(created.then((res) => res.body.app?.slug ?? void 0));
    run2 = (await created).body;
  } catch (error) {
    if (error instanceof HttpError && error.status === 403 && await identity.isPerson()) {
      ctx.log.warn(`GitHub: a personal access token cannot create check runs (only a GitHub App or Actions' GITHUB_TOKEN can); publishing the result as commit status "${reportId}" instead, without annotations`);
      const status = statusInsteadOfCheckRun(reportId, insight);
      await statuses.publishUnlessSent(commit, status);
      const instead = `commit status "${status.context}" (${status.state}), without annotations: a personal access token cannot create check runs`;
      return { annotationsSent: 0, annotationsOmitted: insight.annotations.length, instead };
    }
    throw explain(error, `create the ${where2}`, HINTS2.checks);
  }
  const { title, summary } = plan.create.output;
  try {
    await mapLimit(
      batches(plan.annotations, GITHUB_LIMITS.annotationsPerRequest),
      CONCURRENT_BATCHES2,
      (annotations2) => (
        // Each PATCH appends: repeating one after a lost answer would duplicate its annotations, so it is not retried blindly.
        ctx.http.request({ method: "PATCH", url: `${ctx.repo}/check-runs/${run2.id}`, body: { output: { title, summary, annotations: annotations2 } }, expect: [200] })
      )
    );
  } catch (error) {
    throw explain(error, `add annotations to the ${where2} (the check run itself was published)`, HINTS2.checks);
  }
  const sent = (plan.create.output.annotations?.length ?? 0) + plan.annotations.length;
  if (plan.omitted) ctx.log.debug(`GitHub: ${plan.omitted} annotations left out of the ${where2}`);
  return { annotationsSent: sent, annotationsOmitted: plan.omitted, ...run2.html_url ? { url: run2.html_url } : {} };
}

// src/platforms/github/pages.ts
var PER_PAGE = 100;
async function readAllPages2(http, first2) {
  const start3 = { ...first2, query: { ...first2.query, per_page: PER_PAGE } };
  return readPages(start3, (req) => page3(http, req), (req) => req.url);
}
async function page3(http, req) {
  const res = await http.request(req);
  const next = nextLink(res.headers.get("link"));
  return { values: Array.isArray(res.body) ? res.body : [], next: next ? { method: "GET", url: next } : void 0 };
}
function nextLink(header) {
  if (!header) return void 0;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    const rel = match && /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(match[2]);
    if (match && rel && rel[1].trim().split(/\s+/).includes("next")) return match[1];
  }
  return void 0;
}

// src/platforms/github/comments.ts
async function listComments3(ctx, identity, pullRequest) {
  let values;
  try {
    values = await readAllPages2(ctx.http, { method: "GET", url: `${ctx.repo}/issues/${pullRequest}/comments` });
  } catch (error) {
    throw explain(error, `list the comments of pull request #${pullRequest}`, HINTS2.readPullRequests);
  }
  const comments = [...values].sort((a, b) => a.id - b.id);
  const me = comments.some((c) => findMarker(c.body ?? "") !== void 0) ? await identity.login() : void 0;
  return comments.map((c) => ({ id: c.id, body: c.body ?? "", author: authorship(c.user?.login, me), ...webPage(c.html_url) }));
}
async function createComment3(ctx, identity, pullRequest, body) {
  try {
    const res = await ctx.http.request({ method: "POST", url: `${ctx.repo}/issues/${pullRequest}/comments`, body: { body }, expect: [201] });
    identity.learn(res.body);
    return { id: res.body.id, body: res.body.body ?? body, author: "us", ...webPage(res.body.html_url) };
  } catch (error) {
    throw explain(error, `comment on pull request #${pullRequest}`, HINTS2.writeComments);
  }
}
async function updateComment3(ctx, pullRequest, comment, body) {
  try {
    const res = await ctx.http.request({ method: "PATCH", url: commentUrl(ctx, comment), body: { body }, expect: [200] });
    return { id: comment.id, body: res.body?.body ?? body, author: "us", ...webPage(res.body?.html_url ?? comment.url) };
  } catch (error) {
    if (isNotFound(error)) throw new CommentConflictError(`comment ${comment.id} on pull request #${pullRequest} was removed while it was being updated`);
    throw explain(error, `update comment ${comment.id} on pull request #${pullRequest}`, HINTS2.writeComments);
  }
}
async function deleteComment3(ctx, pullRequest, comment) {
  try {
    await ctx.http.request({ method: "DELETE", url: commentUrl(ctx, comment), expect: [204] });
  } catch (error) {
    if (isNotFound(error)) return;
    throw explain(error, `delete comment ${comment.id} on pull request #${pullRequest}`, HINTS2.writeComments);
  }
}
function webPage(url) {
  return url ? { url } : {};
}
function commentUrl(ctx, comment) {
  return `${ctx.repo}/issues/comments/${comment.id}`;
}

// src/platforms/github/identity.ts
var GitHubIdentity = class {
  self;
  person;
  app;
  constructor(http, log) {
    this.self = new SelfIdentity(async () => {
      try {
        const user = (await http.request({ method: "GET", url: "user" })).body;
        if (!user?.login) throw new Error("GET /user answered without a login");
        log.debug(`GitHub: the token belongs to ${user.login}`);
        this.person = user.type !== "Bot";
        return user.login;
      } catch (error) {
        if (error instanceof HttpError && error.status === 403) {
          log.debug("GitHub: GET /user was refused (an installation token); our bot login comes from the check run or comment this run creates");
          this.person = false;
          return void 0;
        }
        throw explain(error, "find out which GitHub account the token belongs to", HINTS2.readPullRequests);
      }
    });
  }
  /** Our login, or undefined while GitHub has not named it; waits for a check run being created, which names our App. */
  async login() {
    const login = await this.self.resolve();
    if (login !== void 0 || this.app === void 0) return login;
    this.self.learn(botLogin(await this.app));
    return this.self.known;
  }
  /** Whether the token speaks for a person; personal tokens cannot write check runs (§3.4). */
  async isPerson() {
    await this.self.resolve();
    return this.person === true;
  }
  /** From the comment we just created: certain, whatever `/user` said. */
  learn(comment) {
    this.self.learn(comment.user?.login ?? botLogin(comment.performed_via_github_app?.slug));
  }
  /** The check run this run is creating: once created, its App is who we comment as. */
  expectApp(created) {
    this.app = created.catch(() => void 0);
  }
};
function botLogin(appSlug) {
  return appSlug ? `${appSlug}[bot]` : void 0;
}

// src/platforms/github/pull-requests.ts
async function getPullRequest3(ctx, id2) {
  try {
    const res = await ctx.http.request({ method: "GET", url: `${ctx.repo}/pulls/${id2}` });
    return pullRequestRef3(res.body);
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw explain(error, `read pull request #${id2} of ${ctx.repoName}`, HINTS2.readPullRequests);
  }
}
var NOT_KNOWN = /* @__PURE__ */ new Set([409, 422]);
async function pullRequestsForCommit3(ctx, commit) {
  try {
    const values = await readAllPages2(ctx.http, { method: "GET", url: `${ctx.repo}/commits/${encodeURIComponent(commit)}/pulls` });
    return { available: true, pullRequests: values.map(pullRequestRef3).filter((pr) => pr.open) };
  } catch (error) {
    if (error instanceof HttpError && NOT_KNOWN.has(error.status)) {
      return { available: false, reason: `GitHub answered ${error.status}${error.platformMessage ? ` (${error.platformMessage})` : ""}` };
    }
    throw explain(error, `look up the pull requests containing commit ${commit.slice(0, 12)} in ${ctx.repoName}`, HINTS2.readPullRequests);
  }
}
async function pullRequestsForBranch3(ctx, branch) {
  try {
    const values = await readAllPages2(ctx.http, { method: "GET", url: `${ctx.repo}/pulls`, query: { head: `${ctx.owner}:${branch}`, state: "open" } });
    return values.map(pullRequestRef3).filter((pr) => pr.open && pr.sourceBranch === branch);
  } catch (error) {
    throw explain(error, `look up the open pull requests from branch ${branch} in ${ctx.repoName}`, HINTS2.readPullRequests);
  }
}

// src/platforms/github/status.ts
var StatusWriter = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  sent = /* @__PURE__ */ new Map();
  publish(commit, body) {
    const pending = this.post(commit, body);
    this.sent.set(key(commit, body), pending);
    return pending;
  }
  /** `body`, unless this run already posts a status with its context on `commit` (that one says more). */
  publishUnlessSent(commit, body) {
    return this.sent.get(key(commit, body)) ?? this.publish(commit, body);
  }
  async post(commit, body) {
    try {
      await this.ctx.http.request({ method: "POST", url: `${this.ctx.repo}/statuses/${encodeURIComponent(commit)}`, body, expect: [201], idempotent: true });
    } catch (error) {
      throw explain(error, `set the commit status "${body.context}" on ${commit.slice(0, 12)}`, HINTS2.statuses);
    }
  }
};
function key(commit, body) {
  return `${commit.toLowerCase()} ${body.context.toLowerCase()}`;
}

// src/platforms/github/api.ts
var GITHUB_API = "https://api.github.com";
function defaultApiUrl(repository) {
  const server = repository.serverUrl.replace(/\/+$/, "");
  return server === "https://github.com" ? GITHUB_API : `${server}/api/v3`;
}
function createGitHubApi(options) {
  const { repository, log } = options;
  const http = withGitHubHeaders(options.http);
  const ctx = {
    http,
    log,
    repo: `repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`,
    repoName: `${repository.owner}/${repository.repo}`,
    owner: repository.owner
  };
  const identity = new GitHubIdentity(http, log);
  const statuses = new StatusWriter(ctx);
  return {
    displayName: GITHUB_LIMITS.platform,
    names: { report: "check run", status: "commit status" },
    commentLimit: GITHUB_LIMITS.comment,
    can: { comment: true, insights: true, status: true },
    getPullRequest: (id2) => getPullRequest3(ctx, id2),
    pullRequestsForCommit: (commit) => pullRequestsForCommit3(ctx, commit),
    pullRequestsForBranch: (branch) => pullRequestsForBranch3(ctx, branch),
    listComments: (pr) => listComments3(ctx, identity, pr),
    createComment: (pr, body) => createComment3(ctx, identity, pr, body),
    updateComment: (pr, comment, body) => updateComment3(ctx, pr, comment, body),
    deleteComment: (pr, comment) => deleteComment3(ctx, pr, comment),
    publishReport: (commit, reportId, insight) => publishCheckRun(ctx, identity, statuses, commit, reportId, insight),
    // GitHub ties a status to the commit alone; the branch is not needed.
    publishStatus: (commit, status) => statuses.publish(commit, statusBody2(status))
  };
}

// src/platforms/registry.ts
var PLATFORM_LIMITS = {
  "bitbucket-cloud": CLOUD_LIMITS,
  "bitbucket-data-center": DC_LIMITS,
  github: GITHUB_LIMITS
};
var CLOUD_API = "https://api.bitbucket.org/2.0";
var CLOUD_API_VIA_PIPELINES_PROXY = "http://api.bitbucket.org/2.0";
var FACTORIES = {
  "bitbucket-cloud": (setup, http) => {
    const { repository, auth, pipelinesProxy } = setup;
    if (repository.platform !== "bitbucket-cloud") throw new Error("unreachable");
    if (auth) return createBitbucketCloudApi({ repository, http: http({ baseUrl: setup.apiUrl ?? CLOUD_API, auth }), log: setup.log, viaPipelinesProxy: false });
    if (pipelinesProxy) {
      setup.log.info(`no TOKEN: publishing Code Insights through the Bitbucket Pipelines auth proxy (${pipelinesProxy}); a comment or a build status needs a TOKEN`);
      return createBitbucketCloudApi({
        repository,
        http: http({ baseUrl: CLOUD_API_VIA_PIPELINES_PROXY, auth: { kind: "none" }, forwardProxy: pipelinesProxy }),
        log: setup.log,
        viaPipelinesProxy: true
      });
    }
    throw missingCredentials("Bitbucket Cloud", "a repository, project or workspace access token (Bearer), or USERNAME (Atlassian account email) and PASSWORD (API token)");
  },
  "bitbucket-data-center": (setup, http) => {
    const { repository, auth } = setup;
    if (repository.platform !== "bitbucket-data-center") throw new Error("unreachable");
    if (repository.fromSsh && !setup.apiUrl) {
      throw new InputError(`an SSH clone URL does not say where the REST API is; set API_URL to the server's https base (e.g. ${repository.baseUrl})`, {
        source: "API_URL"
      });
    }
    if (!auth) throw missingCredentials("Bitbucket Data Center", "an HTTP access token (Bearer), or USERNAME and PASSWORD");
    return createBitbucketDataCenterApi({
      repository,
      http: http({ baseUrl: setup.apiUrl ?? repository.baseUrl, auth }),
      log: setup.log,
      ...auth.kind === "basic" ? { username: auth.username } : {}
    });
  },
  github: (setup, http) => {
    const { repository, auth } = setup;
    if (repository.platform !== "github") throw new Error("unreachable");
    if (!auth) throw missingCredentials("GitHub", "the workflow's GITHUB_TOKEN (secrets.GITHUB_TOKEN), a GitHub App installation token, or a personal access token");
    return createGitHubApi({ repository, http: http({ baseUrl: setup.apiUrl ?? defaultApiUrl(repository), auth }), log: setup.log });
  }
};
async function createPlatformApi(setup) {
  const deadline = setup.timeoutSeconds === void 0 ? void 0 : Date.now() + setup.timeoutSeconds * 1e3;
  const http = (options) => createHttpClient({
    ...options,
    redactor: setup.redactor,
    env: setup.env,
    ...setup.caFile ? { caFile: setup.caFile } : {},
    ...deadline === void 0 ? {} : { deadline },
    logger: (line) => setup.log.debug(line),
    // Retries and rate-limit waits are said at info level: a dead server is not two silent minutes.
    progress: (line) => setup.log.info(line)
  });
  return FACTORIES[setup.repository.platform](setup, http);
}
function apiBase(repository, given) {
  if (given) return given;
  switch (repository.platform) {
    case "bitbucket-cloud":
      return { url: CLOUD_API, from: "the Bitbucket Cloud default" };
    case "bitbucket-data-center":
      return { url: repository.baseUrl, from: "REPOSITORY" };
    case "github":
      return { url: defaultApiUrl(repository), from: "REPOSITORY" };
  }
}
function missingCredentials(platform, what) {
  return new InputError(`no credentials for ${platform}: set TOKEN to ${what}`, { source: "TOKEN" });
}

// src/repository/messages.ts
var REPOSITORY_SOURCE = "REPOSITORY";
var MAX_SHOWN = 200;
var ACCEPTED_FORMS = [
  "workspace/repo (Bitbucket Cloud) or owner/repo (GitHub, in GitHub Actions)",
  "https://bitbucket.org/workspace/repo, git@bitbucket.org:workspace/repo.git",
  "https://host[:port][/context]/projects/KEY/repos/slug or \u2026/users/NAME/repos/slug (Bitbucket Data Center)",
  "https://host[:port][/context]/scm/key/slug.git, ssh://git@host:7999/key/slug.git (Bitbucket Data Center)",
  "https://github.com/owner/repo, git@github.com:owner/repo.git; GitHub Enterprise https://host/owner/repo with PLATFORM=github"
];
var PLATFORM_LABEL = {
  "bitbucket-cloud": "Bitbucket Cloud",
  "bitbucket-data-center": "Bitbucket Data Center",
  github: "GitHub"
};
function shown(raw) {
  let text3 = raw;
  const at = text3.lastIndexOf("@");
  if (at >= 0) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text3)?.[0] ?? "";
    text3 = `${scheme}***${text3.slice(at)}`;
  }
  const query = text3.search(/[?#]/);
  if (query >= 0) text3 = `${text3.slice(0, query + 1)}\u2026`;
  const chars = [...text3];
  if (chars.length > MAX_SHOWN) text3 = `${chars.slice(0, MAX_SHOWN).join("")}\u2026`;
  return JSON.stringify(text3);
}
function formsList() {
  return `Accepted forms:
${ACCEPTED_FORMS.map((form) => `  - ${form}`).join("\n")}`;
}
function unrecognised(input, why2) {
  const reason = why2 ? ` (${why2})` : "";
  return new InputError(`${shown(input)} is not a repository reference${reason}.
${formsList()}`, {
    source: REPOSITORY_SOURCE
  });
}
function credentialsInUrl(input) {
  return new InputError(
    `${shown(input)} carries a password or token (user:password@). Remove it from the URL: it sits in clear text in the CI configuration and would not be used. Give it as TOKEN, or USERNAME and PASSWORD, in a secured variable`,
    { source: REPOSITORY_SOURCE }
  );
}
function invalidPart(what, part, rule2) {
  return new InputError(`the ${what} ${shown(part)} is not valid: ${rule2}`, { source: REPOSITORY_SOURCE });
}
function contradiction(input, detected, configured, hint) {
  const tail = hint ? ` ${hint}` : "";
  return new InputError(
    `${shown(input)} is a ${PLATFORM_LABEL[detected]} repository, but the platform is set to ${configured}. Remove the platform setting or give a ${PLATFORM_LABEL[configured]} repository.${tail}`,
    { source: REPOSITORY_SOURCE }
  );
}

// src/repository/names.ts
var BITBUCKET_NAME = /^[a-z0-9._-]+$/;
var BITBUCKET_RULE = 'use letters, digits, ".", "_" and "-"';
var PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
var PROJECT_KEY_RULE = 'a project key is a letter followed by letters, digits or "_" (or ~user for a personal repository)';
var USER_SLUG = /^[a-z0-9._@+-]+$/;
var USER_SLUG_RULE = 'use letters, digits, ".", "_", "-", "@" and "+"';
var GITHUB_NAME = /^[A-Za-z0-9._-]+$/;
var MAX_PULL_REQUEST = 2147483647;
function decodeSegment(raw, what) {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalidPart(what, raw, "it is not valid percent-encoding");
  }
}
function withoutGitSuffix(raw, what) {
  const name = raw.replace(/\.git$/i, "");
  if (/\.git$/i.test(name)) throw invalidPart(what, raw, 'a name cannot end in ".git"');
  return name;
}
function onlyDots(name) {
  return /^\.+$/.test(name);
}
function checked(name, pattern, what, rule2) {
  if (!pattern.test(name) || onlyDots(name)) throw invalidPart(what, name, rule2);
  return name;
}
function bitbucketWorkspace(raw) {
  return checked(decodeSegment(raw, "workspace").toLowerCase(), BITBUCKET_NAME, "workspace", BITBUCKET_RULE);
}
function bitbucketSlug(raw) {
  const slug = withoutGitSuffix(decodeSegment(raw, "repository slug"), "repository slug").toLowerCase();
  return checked(slug, BITBUCKET_NAME, "repository slug", BITBUCKET_RULE);
}
function personalProjectKey(rawUserSlug) {
  const user = decodeSegment(rawUserSlug, "user slug").toLowerCase();
  return `~${checked(user, USER_SLUG, "user slug", USER_SLUG_RULE)}`;
}
function dataCenterProjectKey(raw) {
  const key2 = decodeSegment(raw, "project key");
  if (key2.startsWith("~")) return personalProjectKey(key2.slice(1));
  return checked(key2.toUpperCase(), PROJECT_KEY, "project key", PROJECT_KEY_RULE);
}
function githubOwner(raw) {
  return checked(decodeSegment(raw, "owner"), GITHUB_NAME, "owner", BITBUCKET_RULE);
}
function githubRepo(raw) {
  const repo = withoutGitSuffix(decodeSegment(raw, "repository name"), "repository name");
  return checked(repo, GITHUB_NAME, "repository name", BITBUCKET_RULE);
}
function pullRequestIn(tail, marker) {
  if (tail[0]?.toLowerCase() !== marker) return {};
  const id2 = tail[1];
  if (id2 === void 0 || !/^\d+$/.test(id2)) return {};
  const value = Number(id2);
  if (id2.length > 10 || value < 1 || value > MAX_PULL_REQUEST) {
    throw invalidPart("pull request id", id2, `it must be a whole number from 1 to ${MAX_PULL_REQUEST}`);
  }
  return { pullRequest: value };
}

// src/repository/bitbucket-cloud.ts
var CLOUD_ORIGIN = "https://bitbucket.org";
var CLOUD_HOSTS = /* @__PURE__ */ new Set(["bitbucket.org", "www.bitbucket.org", "altssh.bitbucket.org"]);
function isCloudHost(hostname) {
  return CLOUD_HOSTS.has(hostname);
}
function cloudRepository(segments) {
  const [workspace, slug, ...tail] = segments;
  if (workspace === void 0 || slug === void 0) return void 0;
  return {
    platform: "bitbucket-cloud",
    workspace: bitbucketWorkspace(workspace),
    slug: bitbucketSlug(slug),
    ...pullRequestIn(tail, "pull-requests")
  };
}

// src/repository/bitbucket-data-center.ts
var REST_VERSION = /^(?:\d+(?:\.\d+)*|latest)$/;
function is(segment2, word) {
  if (segment2 === void 0) return false;
  let decoded = segment2;
  try {
    decoded = decodeURIComponent(segment2);
  } catch {
  }
  return decoded.toLowerCase() === word;
}
function matchDataCenterPath(segments) {
  return matchBrowsePath(segments) ?? matchClonePath(segments);
}
function matchBrowsePath(segments) {
  for (let i = 0; i + 3 < segments.length; i++) {
    const users = is(segments[i], "users");
    const raw = segments[i + 1];
    const slug = segments[i + 3];
    if (!users && !is(segments[i], "projects") || !is(segments[i + 2], "repos") || raw === void 0 || slug === void 0) {
      continue;
    }
    return {
      context: segments.slice(0, i),
      owner: { kind: users ? "user" : "project", raw },
      slug,
      tail: segments.slice(i + 4)
    };
  }
  return void 0;
}
function withoutRestPrefix(context) {
  let kept = context;
  while (kept.length >= 3 && is(kept[kept.length - 3], "rest") && REST_VERSION.test(kept[kept.length - 1] ?? "")) {
    kept = kept.slice(0, -3);
  }
  return kept;
}
function matchClonePath(segments) {
  const n = segments.length;
  const raw = segments[n - 2];
  const slug = segments[n - 1];
  if (n < 3 || !is(segments[n - 3], "scm") || raw === void 0 || slug === void 0) return void 0;
  return { context: segments.slice(0, n - 3), owner: { kind: "project", raw }, slug, tail: [] };
}
function dataCenterRepository(origin, path2) {
  const context = withoutRestPrefix(path2.context).map((segment2) => `/${segment2}`).join("");
  return {
    platform: "bitbucket-data-center",
    baseUrl: `${origin}${context}`,
    projectKey: path2.owner.kind === "user" ? personalProjectKey(path2.owner.raw) : dataCenterProjectKey(path2.owner.raw),
    slug: bitbucketSlug(path2.slug),
    ...pullRequestIn(path2.tail, "pull-requests")
  };
}
function dataCenterSshRepository(origin, key2, slug) {
  return {
    platform: "bitbucket-data-center",
    baseUrl: origin,
    projectKey: dataCenterProjectKey(key2),
    slug: bitbucketSlug(slug),
    fromSsh: true
  };
}

// src/repository/github.ts
var GITHUB_ORIGIN = "https://github.com";
var GITHUB_HOSTS = /* @__PURE__ */ new Set(["github.com", "www.github.com", "ssh.github.com"]);
function isGitHubDotCom(hostname) {
  return GITHUB_HOSTS.has(hostname);
}
function githubServer(serverUrl) {
  let url;
  try {
    url = new URL(serverUrl.trim());
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:") {
    throw new InputError("is not an http(s) URL", { source: "GITHUB_SERVER_URL" });
  }
  if (isGitHubDotCom(url.hostname)) return { origin: GITHUB_ORIGIN, hostname: "github.com" };
  return { origin: url.origin, hostname: url.hostname };
}
function githubRepository(serverUrl, segments) {
  const [owner, repo, ...tail] = segments;
  if (owner === void 0 || repo === void 0) return void 0;
  return {
    platform: "github",
    owner: githubOwner(owner),
    repo: githubRepo(repo),
    serverUrl,
    ...pullRequestIn(tail, "pull")
  };
}

// src/repository/location.ts
var MAX_INPUT = 2048;
var SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
var SCP_LIKE = /^(?:[^@/]+@)?([^@/:]+):(.*)$/;
var BARE_SLUG = /^([^/:@]+)\/([^/:@]+)$/;
var SSH_HOST = /^(?:[a-z0-9_](?:[a-z0-9._-]*[a-z0-9_])?|\[[0-9a-f:.]+\])$/;
function locate(input) {
  const text3 = input.trim();
  if (text3 === "") throw unrecognised(input, "it is empty");
  if (text3.length > MAX_INPUT) throw unrecognised(text3, `it is ${text3.length} characters long`);
  if (/[\s\u0000-\u001f\u007f]/.test(text3)) throw unrecognised(text3, "it contains spaces or control characters");
  const scheme = SCHEME.exec(text3)?.[1]?.toLowerCase();
  if (scheme === "https" || scheme === "http") return webLocation(text3);
  if (scheme === "ssh") return sshUrlLocation(text3);
  if (scheme !== void 0) throw unrecognised(text3, `the ${scheme}: scheme is not supported`);
  const scp = SCP_LIKE.exec(text3);
  if (scp) return sshLocation(text3, scp[1] ?? "", (scp[2] ?? "").replace(/[?#].*$/, ""));
  const slug = BARE_SLUG.exec(text3);
  if (slug) return { kind: "slug", segments: [slug[1] ?? "", slug[2] ?? ""] };
  throw unrecognised(text3);
}
function parseUrl(url, input, problem) {
  try {
    return new URL(url);
  } catch {
    throw unrecognised(input, problem);
  }
}
function pathSegments(pathname) {
  return pathname.split("/").filter((segment2) => segment2 !== "");
}
function webLocation(text3) {
  const url = parseUrl(text3, text3, "it is not a valid URL");
  refusePassword(url, text3);
  return { kind: "web", origin: url.origin, hostname: url.hostname, segments: pathSegments(url.pathname) };
}
function sshUrlLocation(text3) {
  const url = parseUrl(text3, text3, "it is not a valid URL");
  refusePassword(url, text3);
  return sshLocation(text3, url.hostname, url.pathname);
}
function refusePassword(url, text3) {
  if (url.password !== "") throw credentialsInUrl(text3);
}
function sshLocation(text3, rawHost, path2) {
  const host = rawHost.toLowerCase();
  if (!SSH_HOST.test(host)) throw unrecognised(text3, "the host name is not valid");
  const url = parseUrl(`https://${host}`, text3, "the host name is not valid");
  if (url.pathname !== "/" || url.origin === "null") throw unrecognised(text3, "the host name is not valid");
  return { kind: "ssh", origin: url.origin, hostname: url.hostname, segments: pathSegments(path2) };
}

// src/repository/parse.ts
var PLATFORMS = ["bitbucket-cloud", "bitbucket-data-center", "github"];
function parseRepository(input, options = {}) {
  const context = {
    input,
    platform: checkedPlatform(options.platform, "PLATFORM"),
    github: options.githubServerUrl === void 0 ? void 0 : githubServer(options.githubServerUrl)
  };
  const location = locate(input);
  switch (location.kind) {
    case "slug":
      return fromSlug(location.segments, context.platform ?? checkedPlatform(options.slugPlatform, "slugPlatform"), context);
    case "web":
      return fromWeb(location, context);
    case "ssh":
      return fromSsh(location, context);
  }
}
function checkedPlatform(platform, source) {
  if (platform === void 0) return void 0;
  const known = PLATFORMS.find((name) => name === platform);
  if (!known) throw new InputError(`must be one of ${PLATFORMS.join(", ")}`, { source });
  return known;
}
function fromSlug(segments, platform, context) {
  if (platform === "bitbucket-data-center") {
    throw new InputError(
      "a bare KEY/slug does not say which Bitbucket Data Center server to use; give its URL, e.g. https://host/projects/KEY/repos/slug",
      { source: REPOSITORY_SOURCE }
    );
  }
  if (platform === "github") return required(githubRepository(context.github?.origin ?? GITHUB_ORIGIN, segments), context);
  return required(cloudRepository(segments), context);
}
function platformOfHost(hostname, context) {
  if (isCloudHost(hostname)) return "bitbucket-cloud";
  if (isGitHubDotCom(hostname)) return "github";
  const configuredOther = context.platform !== void 0 && context.platform !== "github";
  if (context.github?.hostname === hostname && !configuredOther) return "github";
  return void 0;
}
function githubOrigin(location, context) {
  if (isGitHubDotCom(location.hostname)) return GITHUB_ORIGIN;
  if (context.github?.hostname === location.hostname) return context.github.origin;
  return location.origin;
}
function fromWeb(location, context) {
  const host = platformOfHost(location.hostname, context);
  if (host) {
    agree(host, context);
    if (host === "bitbucket-cloud") return required(cloudRepository(location.segments), context);
    return required(githubRepository(githubOrigin(location, context), location.segments), context);
  }
  const dataCenter = matchDataCenterPath(location.segments);
  if (dataCenter) {
    agree("bitbucket-data-center", context);
    return dataCenterRepository(location.origin, dataCenter);
  }
  switch (context.platform) {
    case "github":
      return required(githubRepository(location.origin, location.segments), context);
    case "bitbucket-cloud":
      throw unrecognised(context.input, "the platform is set to bitbucket-cloud, but Bitbucket Cloud repositories are on bitbucket.org");
    case "bitbucket-data-center":
      throw unrecognised(context.input, "the path is not a Bitbucket Data Center repository path");
    case void 0:
      throw unrecognised(
        context.input,
        "the host is not bitbucket.org or github.com and the path is not a Bitbucket Data Center form; for GitHub Enterprise set PLATFORM=github"
      );
  }
}
function fromSsh(location, context) {
  const platform = platformOfHost(location.hostname, context) ?? (context.platform === "github" ? "github" : "bitbucket-data-center");
  agree(platform, context);
  const [owner, name, ...rest] = location.segments;
  if (owner === void 0 || name === void 0 || rest.length > 0) {
    throw unrecognised(context.input, "an SSH clone URL has exactly two path parts after the host");
  }
  switch (platform) {
    case "bitbucket-cloud":
      return required(cloudRepository(location.segments), context);
    case "github":
      return required(githubRepository(githubOrigin(location, context), location.segments), context);
    case "bitbucket-data-center":
      return dataCenterSshRepository(location.origin, owner, name);
  }
}
function agree(detected, context) {
  if (context.platform !== void 0 && context.platform !== detected) {
    const hint = detected === "bitbucket-data-center" && context.platform === "bitbucket-cloud" ? "Bitbucket Cloud repositories are on bitbucket.org." : void 0;
    throw contradiction(context.input, detected, context.platform, hint);
  }
}
function required(ref, context) {
  if (ref === void 0) throw unrecognised(context.input, "it does not name both an owner and a repository");
  return ref;
}

// src/compose.ts
function compose(settings, ci, report, context) {
  const repository = resolveRepository(settings, ci);
  const commit = settings.commit;
  const link3 = settings.link ?? (report.kind === "quality-gate" ? report.dashboardUrl : report.link);
  const publishing = context.dryRun ? void 0 : publishingPlan(settings, ci, repository, commit, context);
  const render = {
    reportId: settings.reportId ?? DEFAULT_REPORT_IDS[report.kind],
    failOn: settings.failOn,
    ...settings.title ? { title: settings.title } : {},
    ...link3 ? { link: link3 } : {},
    ...commit ? { commit } : {},
    ...publishing ? { commentLimit: PLATFORM_LIMITS[publishing.platform.repository.platform].comment } : {},
    ...ci.buildUrl ? { statusFallbackUrl: ci.buildUrl } : {}
  };
  return { repository, render, publishing, thresholds: settings.thresholdSet };
}
function resolveRepository(settings, ci) {
  if (!settings.repository) return void 0;
  return parseRepository(settings.repository, {
    ...settings.platform ? { platform: settings.platform } : {},
    slugPlatform: ci.system === "github-actions" ? "github" : "bitbucket-cloud",
    ...ci.serverUrl ? { githubServerUrl: ci.serverUrl } : {}
  });
}
function publishingPlan(settings, ci, repository, commit, context) {
  if (!repository) throw new InputError("missing; set REPOSITORY (or run inside a CI system that names the repository)", { source: "REPOSITORY" });
  if (!commit) throw new InputError("missing; set COMMIT to the full SHA the report belongs to", { source: "COMMIT" });
  const pullRequest = settings.pullRequest ?? repository.pullRequest;
  const given = settings.apiUrl ? { url: settings.apiUrl, from: "API_URL" } : repository.platform === "github" && ci.apiUrl ? { url: ci.apiUrl, from: "GITHUB_API_URL" } : void 0;
  const auth = credentials(settings);
  if (auth || !ci.pipelinesProxy) context.log.info(`API base: ${checkedApiBase(repository, apiBase(repository, given))}`);
  if (settings.caFile) readCaBundle(settings.caFile);
  const platform = {
    repository,
    auth,
    ...given ? { apiUrl: given.url } : {},
    ...settings.caFile ? { caFile: settings.caFile } : {},
    ...ci.pipelinesProxy ? { pipelinesProxy: ci.pipelinesProxy } : {},
    timeoutSeconds: settings.timeout,
    env: context.env,
    log: context.log,
    redactor: context.redactor
  };
  const target2 = { commit, ...pullRequest !== void 0 ? { pullRequest } : {}, ...ci.branch ? { branch: ci.branch } : {}, commentMode: settings.commentMode };
  return { platform, target: target2, wanted: settings.publish };
}
function checkedApiBase(repository, base) {
  const url = new URL(base.url);
  const source = base.from === "API_URL" || base.from === "GITHUB_API_URL" ? base.from : "REPOSITORY";
  if (url.protocol === "http:" && !isLoopback(url)) {
    throw new InputError(`the API at ${url.origin} would be reached over plain http://, sending the credentials in clear text; use its https:// URL (plain http only to localhost)`, {
      source
    });
  }
  if (repository.platform === "bitbucket-data-center" && base.from === "API_URL" && !repository.fromSsh) {
    const own = new URL(repository.baseUrl).hostname;
    if (url.hostname !== own) {
      throw new InputError(
        `points at ${url.hostname}, but the repository is on ${own}: the Data Center credentials would be sent to another server. Leave API_URL unset (the repository URL gives the base), or give REPOSITORY as a URL on the API host`,
        { source: "API_URL" }
      );
    }
  }
  return `${url.href.replace(/\/+$/, "")} (from ${base.from})`;
}
function credentials(settings) {
  if (settings.token) return { kind: "bearer", token: settings.token };
  if (settings.username && settings.password) return { kind: "basic", username: settings.username, password: settings.password };
  return void 0;
}

// src/core/logger.ts
function createLogger(sink, redactor, debug = false) {
  let debugEnabled = debug;
  const emit = (level, message) => sink(level, redactor.redact(message));
  return {
    debug: (m) => debugEnabled && emit("debug", m),
    info: (m) => emit("info", m),
    warn: (m) => emit("warn", m),
    error: (m) => emit("error", m),
    setDebug(enabled) {
      debugEnabled = enabled;
    },
    get debugEnabled() {
      return debugEnabled;
    }
  };
}

// src/core/secret-forms.ts
var MIN_CORE = 8;
function secretForms(value, options = {}) {
  const bytes = Buffer.from(value, "utf8");
  const binary = [...base64Forms(bytes), bytes.toString("hex")];
  if (options.binaryOnly) return binary;
  const uri = encodeURIComponent(value);
  const json = JSON.stringify(value).slice(1, -1);
  return [
    value,
    uri,
    encodeURIComponent(uri),
    // application/x-www-form-urlencoded: space as `+`, `~` and `!'()` encoded too.
    new URLSearchParams({ v: value }).toString().slice(2),
    [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""),
    json,
    // JSON from encoders that escape everything outside ASCII (Python's default, Java's some).
    json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    json.replace(/\//g, "\\/"),
    value.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`),
    ...binary
  ];
}
function base64Forms(bytes) {
  const forms = [];
  for (const alphabet of ["base64", "base64url"]) {
    const whole = bytes.toString(alphabet);
    forms.push(whole, whole.replace(/=+$/, ""));
    for (const offset of [0, 1, 2]) {
      const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(alphabet).replace(/=+$/, "");
      const head = offset === 0 ? 0 : offset + 1;
      const tail = (offset + bytes.length) % 3 === 0 ? 0 : 1;
      const core = encoded.slice(head, encoded.length - tail);
      if (core.length >= MIN_CORE) forms.push(core);
    }
  }
  return forms;
}

// src/core/redact.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 4;
var Redactor = class {
  needles = /* @__PURE__ */ new Set();
  pattern;
  constructor(secrets = []) {
    for (const s of secrets) this.add(s);
  }
  /** Registers a secret (and its trimmed value: pasted secrets carry newlines) in all its forms. */
  add(secret) {
    if (!secret) return;
    for (const value of /* @__PURE__ */ new Set([secret, secret.trim()])) {
      if (value.length < MIN_SECRET_LENGTH) continue;
      for (const form of secretForms(value)) this.needle(form);
    }
  }
  /** Registers the Basic credential pair as it is sent on the wire (base64 of `user:password`). */
  addBasic(username, password) {
    this.add(password);
    if (password.trim().length < MIN_SECRET_LENGTH) return;
    for (const form of secretForms(`${username}:${password}`, { binaryOnly: true })) this.needle(form);
  }
  get secrets() {
    return [...this.needles];
  }
  /** Whether the text holds a registered secret in any of its forms (the generic patterns below aside). */
  containsSecret(text3) {
    const pattern = this.needlePattern();
    if (!pattern) return false;
    pattern.lastIndex = 0;
    return pattern.test(text3);
  }
  redact(text3) {
    let out = text3.replace(
      /(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+)(:[^/\s@]*)?@/gi,
      (_m, scheme, user, pass) => pass ? `${scheme}${user}:${MASK}@` : `${scheme}${user}@`
    );
    out = out.replace(/\b(authorization["']?\s*[:=]\s*["']?)(bearer|basic|token|key)\s+[^\s"',}]+/gi, `$1$2 ${MASK}`);
    const pattern = this.needlePattern();
    return pattern ? out.replace(pattern, MASK) : out;
  }
  needle(form) {
    if (form.length < MIN_SECRET_LENGTH || this.needles.has(form)) return;
    this.needles.add(form);
    this.pattern = void 0;
  }
  /** One case-insensitive alternation, longest first, so a secret that contains another is masked whole. */
  needlePattern() {
    if (this.needles.size === 0) return void 0;
    this.pattern ??= new RegExp(
      [...this.needles].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
      "giu"
    );
    return this.pattern;
  }
};

// src/frontends/redacting.ts
function redacting(frontEnd2, redactor) {
  const r = (text3) => redactor.redact(text3);
  const { annotate } = frontEnd2;
  return {
    ...frontEnd2,
    log: (level, message) => frontEnd2.log(level, r(message)),
    stdout: (text3, group) => frontEnd2.stdout(r(text3), group),
    setOutputs: (outputs) => frontEnd2.setOutputs(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, r(v)]))),
    writeSummary: (markdown) => frontEnd2.writeSummary(r(markdown)),
    ...annotate ? { annotate: (annotations2, notice) => annotate(annotations2.map((a) => ({ ...a, message: r(a.message) })), r(notice)) } : {},
    finish: (ok, message) => frontEnd2.finish(ok, r(message))
  };
}

// src/output/dry-run.ts
var rule = (title) => `\u2500\u2500 ${title} ${"\u2500".repeat(Math.max(4, 72 - title.length))}`;
function formatDryRun(d, publish2) {
  const lines = [];
  const tag = (what) => publish2.includes(what) ? "" : " (not in PUBLISH; shown for reference)";
  lines.push(rule(`comment, ${d.comment.markdown.length} characters${tag("comment")}`), d.comment.markdown.trimEnd(), "");
  const i = d.insight;
  lines.push(rule(`Code Insights report${tag("insights")}`));
  lines.push(`title:    ${i.title}`, `result:   ${i.result === "pass" ? "PASSED" : "FAILED"}`, `reporter: ${i.reporter}`, `type:     ${i.reportType}`);
  if (i.link) lines.push(`link:     ${i.link}`);
  lines.push("details:", ...i.details.split("\n").map((l) => `  ${l}`));
  if (i.data.length) lines.push("data:", ...i.data.map((datum2) => `  ${datum2.title}: ${formatDatum(datum2)}`));
  lines.push(`annotations: ${i.annotations.length}`);
  for (const a of i.annotations.slice(0, 50)) {
    const where2 = a.path ? `${a.path}${a.line ? `:${a.line}` : ""}` : "(project)";
    lines.push(`  ${a.severity.toUpperCase().padEnd(8)} ${a.type.padEnd(13)} ${where2}  ${a.message}`);
  }
  if (i.annotations.length > 50) lines.push(`  \u2026 ${i.annotations.length - 50} more`);
  lines.push("", rule(`build status${tag("status")}`));
  const s = d.status;
  lines.push(`key:         ${s.key}`, `state:       ${s.state === "success" ? "SUCCESSFUL" : "FAILED"}`, `name:        ${s.name}`, `description: ${s.description}`);
  if (s.url) lines.push(`url:         ${s.url}`);
  return `${lines.join("\n")}
`;
}
function formatDatum(datum2) {
  switch (datum2.type) {
    case "LINK":
      return `${datum2.value.text} <${datum2.value.href}>`;
    case "PERCENTAGE":
      return `${datum2.value}%`;
    case "DURATION":
      return `${datum2.value} ms`;
    case "DATE":
      return new Date(datum2.value).toISOString();
    default:
      return String(datum2.value);
  }
}

// src/reports/threshold-config.ts
var import_yaml = __toESM(require_dist(), 1);
var ROW_CHECKS = ["rows-changed", "rows-added", "rows-removed"];
var FLAG_CHECKS = ["schema-changes", "primary-keys", "failed-diffs"];
var CHECKS = [...ROW_CHECKS, ...FLAG_CHECKS];
function mergeChecks(base, over) {
  return { ...base, ...over };
}
function thresholdsInForce(file, setting) {
  if (!setting) return file;
  return { default: mergeChecks(file?.default ?? {}, setting), models: file?.models ?? [] };
}
function readThresholdsSection(node, doc, at) {
  const reader = new Reader(doc, at);
  const path2 = ["thresholds"];
  const set = { default: {}, models: [] };
  for (const entry of reader.entries(node, path2, "expected `default:` and/or `models:`")) {
    if (entry.key === "default") set.default = reader.checks(entry.value, [...path2, "default"], entry.at);
    else if (entry.key === "models") set.models = readModels(reader, entry.value, [...path2, "models"], entry.at);
    else reader.fail("unknown key; expected `default:` and/or `models:`", entry.keyAt, [...path2, entry.key]);
  }
  return set;
}
function parseThresholdsSetting(text3, source) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text3, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const multiline = text3.trim().includes("\n");
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return multiline ? `${source} (line ${line}, column ${col})` : `${source} (column ${col})`;
  };
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const message = problem.code === "MULTIPLE_DOCS" ? "expected one YAML mapping, found several documents" : problem.message;
    throw new InputError(message, { source: at(problem.pos[0]) });
  }
  return new Reader(doc, at, SETTING_HINTS).checks(doc.contents, [], 0);
}
function readModels(reader, node, path2, offset) {
  const expected = "expected model names or patterns as keys, e.g. `staging.*: {rows-changed: {fail: 5%}}`";
  return reader.entries(node, path2, expected, offset).map((entry) => {
    if (entry.key === "") reader.fail("expected a model name or pattern, not an empty key", entry.keyAt, path2);
    return { key: entry.key, checks: reader.checks(entry.value, [...path2, entry.key], entry.at) };
  });
}
var SETTING_HINTS = {
  default: "the setting holds the default checks themselves, without `default:`",
  models: "per-model thresholds go in the `thresholds:` section of .pr-insights.yml"
};
var EXAMPLE = "`rows-changed: {fail: 5%}`";
var ROW_EXPECTED = "expected `warn` and/or `fail` levels, e.g. `{warn: 100, fail: 5%}`, or `ignore`";
var LIMIT_EXPECTED = "expected a count of rows (e.g. 500) or a percent of the base table's rows (e.g. 5%)";
var Reader = class {
  constructor(doc, at, keyHints = {}) {
    this.doc = doc;
    this.at = at;
    this.keyHints = keyHints;
  }
  doc;
  at;
  keyHints;
  fail(message, offset, path2) {
    throw new InputError(message, { source: this.at(offset), ...path2.length > 0 && { pointer: keyPath(path2) } });
  }
  /** A non-empty mapping with text keys. An empty one is refused: it is a mistake, never a wish. */
  entries(node, path2, expected, offset) {
    const map = this.resolve(node);
    if (!(0, import_yaml.isMap)(map) || map.items.length === 0) this.fail(expected, start(map) ?? offset, path2);
    return map.items.map(({ key: key2, value }) => {
      const keyAt = start(key2);
      if (!(0, import_yaml.isScalar)(key2) || typeof key2.value !== "string") this.fail("expected a name as the key", keyAt, path2);
      return { key: key2.value, value, keyAt, at: start(value) ?? keyAt };
    });
  }
  checks(node, path2, offset) {
    const checks = {};
    for (const entry of this.entries(node, path2, `expected checks, e.g. ${EXAMPLE}`, offset)) {
      const checkPath = [...path2, entry.key];
      if (isRowCheck(entry.key)) checks[entry.key] = this.rowRule(entry.value, checkPath, entry.at);
      else if (isFlagCheck(entry.key)) checks[entry.key] = this.flagRule(entry.value, checkPath, entry.at, entry.key);
      else {
        const hint = this.keyHints[entry.key];
        this.fail(`unknown check; the checks are ${CHECKS.join(", ")}${hint ? ` (${hint})` : ""}`, entry.keyAt, checkPath);
      }
    }
    return checks;
  }
  rowRule(node, path2, offset) {
    if (this.text(node) === "ignore") return "ignore";
    const rule2 = {};
    const levelAt = {};
    for (const entry of this.entries(node, path2, ROW_EXPECTED, offset)) {
      if (entry.key !== "warn" && entry.key !== "fail") this.fail("unknown level; expected warn or fail", entry.keyAt, [...path2, entry.key]);
      rule2[entry.key] = this.limit(entry.value, [...path2, entry.key], entry.at);
      levelAt[entry.key] = entry.at;
    }
    if (rule2.warn && rule2.fail && rule2.warn.unit === rule2.fail.unit && rule2.warn.value > rule2.fail.value) {
      const levels = `the warn level (${showLimit(rule2.warn)}) is above the fail level (${showLimit(rule2.fail)})`;
      this.fail(`${levels}; a warning comes before failing`, levelAt.warn, [...path2, "warn"]);
    }
    return rule2;
  }
  flagRule(node, path2, offset, check) {
    const value = this.text(node);
    if (value === "fail" || value === "warn" || value === "ignore") return value;
    return this.fail(`expected fail, warn or ignore${check === "failed-diffs" ? " (fail when left out)" : ""}`, offset, path2);
  }
  /** `500` or `"500"` is a count; `5%` (YAML reads it as text) a percent. */
  limit(node, path2, offset) {
    const scalar = this.resolve(node);
    const value = (0, import_yaml.isScalar)(scalar) ? scalar.value : void 0;
    const text3 = typeof value === "string" ? value.trim() : void 0;
    const percent2 = text3 === void 0 ? null : /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(text3);
    if (percent2) {
      const n2 = Number(percent2[1]);
      if (n2 < 0 || n2 > 100) this.fail(`expected a percent from 0% to 100%, got ${n2}%`, offset, path2);
      return { value: n2, unit: "percent" };
    }
    const n = typeof value === "number" ? value : text3 !== void 0 && /^[+-]?\d+$/.test(text3) ? Number(text3) : void 0;
    if (n === void 0 || !Number.isFinite(n)) this.fail(LIMIT_EXPECTED, offset, path2);
    if (n < 0) this.fail(`expected a count of 0 or more rows, got ${n}`, offset, path2);
    if (!Number.isInteger(n)) this.fail(`expected a whole number of rows, got ${n} (a percent needs a % sign)`, offset, path2);
    return { value: n, unit: "count" };
  }
  text(node) {
    const scalar = this.resolve(node);
    return (0, import_yaml.isScalar)(scalar) && typeof scalar.value === "string" ? scalar.value : void 0;
  }
  /** `*anchor` stands for the node it names. The walk has a fixed depth (section, model, check, level), so aliases cannot make it loop or multiply. */
  resolve(node) {
    return (0, import_yaml.isAlias)(node) ? node.resolve(this.doc) : node;
  }
};
function isRowCheck(key2) {
  return ROW_CHECKS.includes(key2);
}
function isFlagCheck(key2) {
  return FLAG_CHECKS.includes(key2);
}
function start(node) {
  return (0, import_yaml.isNode)(node) ? node.range?.[0] : void 0;
}
function showLimit(limit) {
  return limit.unit === "percent" ? `${limit.value}%` : String(limit.value);
}
function keyPath(path2) {
  return path2.map((key2, i) => /^[\w-]+$/.test(key2) ? `${i > 0 ? "." : ""}${key2}` : `[${JSON.stringify(key2)}]`).join("");
}

// src/reports/verdict.ts
function dataDiffVerdict(models) {
  if (models.length === 0) return "none";
  if (models.some((m) => m.status === "failed")) return "fail";
  if (models.some((m) => m.status === "different")) return "warn";
  return "pass";
}

// src/reports/thresholds.ts
var ANY_DIFFERENCE = {
  "rows-changed": { warn: { value: 0, unit: "count" } },
  "rows-added": { warn: { value: 0, unit: "count" } },
  "rows-removed": { warn: { value: 0, unit: "count" } },
  "schema-changes": "warn"
};
function evaluateThresholds(models, set, options = {}) {
  if (!set) {
    const judged2 = models.map((model2) => {
      const breaches = model2.status === "identical" ? [] : judge(model2, ANY_DIFFERENCE).breaches;
      return { name: model2.name, verdict: statusVerdict(model2), breaches, unmeasured: [] };
    });
    return outcome(dataDiffVerdict(models), false, judged2);
  }
  const namesOf = options.namesOf ?? defaultNames;
  const rules = set.models.map((rule2) => ({ rule: rule2, match: matcher(rule2.key) }));
  const judged = models.map((model2) => {
    const rule2 = mostSpecific(rules, namesOf(model2));
    const { breaches, unmeasured } = judge(model2, rule2 ? mergeChecks(set.default, rule2.checks) : set.default);
    return { name: model2.name, verdict: worst(breaches.map((b) => b.level)), breaches, unmeasured, ...rule2 && { rule: rule2.key } };
  });
  return outcome(models.length === 0 ? "none" : worst(judged.map((m) => m.verdict)), true, judged);
}
function outcome(verdict, thresholds, models) {
  return {
    verdict,
    thresholds,
    models,
    modelsFailed: models.filter((m) => m.verdict === "fail").length,
    modelsWarned: models.filter((m) => m.verdict === "warn").length
  };
}
function statusVerdict(model2) {
  return model2.status === "failed" ? "fail" : model2.status === "different" ? "warn" : "pass";
}
function worst(levels) {
  return levels.includes("fail") ? "fail" : levels.includes("warn") ? "warn" : "pass";
}
function defaultNames(model2) {
  return model2.head === void 0 ? [model2.name] : [model2.name, model2.head];
}
function matcher(key2) {
  if (!/[*?]/.test(key2)) return { specificity: Infinity, matches: (name) => name === key2 };
  const pattern = [...key2];
  return { specificity: pattern.filter((c) => c !== "*" && c !== "?").length, matches: (name) => globMatches(pattern, [...name]) };
}
function globMatches(pattern, name) {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (pattern[p] === "*") {
      star = p++;
      resume = n;
    } else if (p < pattern.length && (pattern[p] === "?" || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
function mostSpecific(rules, names4) {
  let best;
  for (const candidate of rules) {
    if (!names4.some((name) => candidate.match.matches(name))) continue;
    if (!best || candidate.match.specificity > best.match.specificity) best = candidate;
  }
  return best?.rule;
}
var NO_ROWS = { added: 0, removed: 0, changed: 0 };
var NO_SCHEMA_CHANGES = { added: [], removed: [], typeChanged: [] };
function judge(model2, checks) {
  const breaches = [];
  const unmeasured = [];
  if (model2.status === "failed") {
    const level = checks["failed-diffs"] ?? "fail";
    if (level !== "ignore") breaches.push({ check: "failed-diffs", level, value: 1, threshold: 0, unit: "flag", text: "could not be diffed" });
    return { breaches, unmeasured };
  }
  const identical = model2.status === "identical";
  const rows2 = model2.rows ?? (identical ? NO_ROWS : void 0);
  for (const check of ROW_CHECKS) {
    const rule2 = checks[check];
    if (rule2 === void 0 || rule2 === "ignore") continue;
    for (const level of ["fail", "warn"]) {
      const limit = rule2[level];
      if (!limit) continue;
      const value = rows2 ? measure(check, rows2, limit) : "the report has no row counts";
      if (typeof value === "string") {
        unmeasured.push({ check, level, reason: value });
      } else if (value > limit.value) {
        breaches.push({ check, level, value, threshold: limit.value, unit: limit.unit, text: rowText(check, value, limit) });
        break;
      }
    }
  }
  const schemaLevel = checks["schema-changes"];
  if (schemaLevel !== void 0 && schemaLevel !== "ignore") {
    const schema3 = model2.schema ?? (identical ? NO_SCHEMA_CHANGES : void 0);
    if (!schema3) {
      unmeasured.push({ check: "schema-changes", level: schemaLevel, reason: "the report has no schema comparison" });
    } else {
      const changed = schema3.added.length + schema3.removed.length + schema3.typeChanged.length;
      if (changed > 0) breaches.push({ check: "schema-changes", level: schemaLevel, value: changed, threshold: 0, unit: "flag", text: schemaText(schema3) });
    }
  }
  const keyLevel = checks["primary-keys"];
  if (keyLevel !== void 0 && keyLevel !== "ignore") {
    const issues2 = model2.primaryKeyIssues;
    if (!issues2) {
      unmeasured.push({ check: "primary-keys", level: keyLevel, reason: "the report has no primary-key counts" });
    } else {
      const nulls = issues2.nulls?.[1] ?? 0;
      const duplicates = issues2.duplicates?.[1] ?? 0;
      if (nulls + duplicates > 0) {
        breaches.push({ check: "primary-keys", level: keyLevel, value: nulls + duplicates, threshold: 0, unit: "flag", text: keyText(nulls, duplicates) });
      }
    }
  }
  return { breaches, unmeasured };
}
var ROW_FIELD = { "rows-changed": "changed", "rows-added": "added", "rows-removed": "removed" };
function measure(check, rows2, limit) {
  const count6 = rows2[ROW_FIELD[check]];
  if (limit.unit === "count" || count6 === 0) return count6;
  if (rows2.base === void 0) return "the base table's row count is unknown";
  return rows2.base === 0 ? 100 : count6 * 100 / rows2.base;
}
function rowText(check, value, limit) {
  const verb = ROW_FIELD[check];
  if (limit.unit === "count") return `${grouped(value)} ${value === 1 ? "row" : "rows"} ${verb} > ${grouped(limit.value)}`;
  return `${percentAbove(value, limit.value)} % rows ${verb} > ${limit.value} %`;
}
var MAX_DECIMALS = 12;
function percentAbove(value, threshold) {
  for (let decimals = 1; decimals < MAX_DECIMALS; decimals++) {
    const shown3 = grouped(value, decimals);
    if (Number(shown3.replace(/,/g, "")) > threshold) return shown3;
  }
  return grouped(value, MAX_DECIMALS);
}
function grouped(n, maxDecimals = 0) {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: maxDecimals }).format(n);
}
function schemaText(schema3) {
  const parts = [
    [schema3.added.length, "added"],
    [schema3.removed.length, "removed"],
    [schema3.typeChanged.length, "retyped"]
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${grouped(n)} ${n === 1 ? "column" : "columns"} ${what}`);
  return `schema changed: ${said.join(", ")}`;
}
function keyText(nulls, duplicates) {
  const said = [nulls > 0 && `${grouped(nulls)} null`, duplicates > 0 && `${grouped(duplicates)} duplicate`].filter(Boolean);
  return `${said.join(" and ")} primary ${nulls + duplicates === 1 ? "key" : "keys"} in the head table`;
}

// src/output/outputs.ts
function reportOutputs(report) {
  const outputs = { result: VERDICT_LABEL[report.verdict].toLowerCase(), "report-type": report.kind };
  if (report.kind === "quality-gate") {
    outputs["conditions-failed"] = String(report.conditions.filter((c) => c.status === "ERROR").length);
  } else {
    const models = report.models;
    const sum2 = (pick) => String(models.reduce((total, m) => total + (pick(m) ?? 0), 0));
    outputs["models-different"] = String(report.models.filter((m) => m.status === "different").length);
    outputs["rows-added"] = sum2((m) => m.rows?.added);
    outputs["rows-removed"] = sum2((m) => m.rows?.removed);
    outputs["rows-changed"] = sum2((m) => m.rows?.changed);
    const judged = report.judged ?? evaluateThresholds(models, void 0);
    outputs["models-failed"] = String(judged.modelsFailed);
    outputs["models-warned"] = String(judged.modelsWarned);
  }
  return outputs;
}

// src/publish/commits.ts
function sameCommit(a, b) {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const shorter = Math.min(x.length, y.length);
  return shorter >= 7 && x.slice(0, shorter) === y.slice(0, shorter);
}
function shortCommit(commit) {
  return commit.slice(0, 12);
}

// src/publish/find-pull-requests.ts
async function findPullRequests(api, target2, log) {
  if (target2.pullRequest !== void 0) {
    const pr = await api.getPullRequest(target2.pullRequest);
    if (!pr) {
      throw new PublishError(
        `pull request #${target2.pullRequest} was not found on ${api.displayName}; check PULL_REQUEST and REPOSITORY, and that the credentials can see the repository`
      );
    }
    if (!pr.open) return { pullRequests: [], note: `pull request #${pr.id} is no longer open; not commenting on it` };
    return { pullRequests: [pr] };
  }
  const byCommit = await api.pullRequestsForCommit(target2.commit);
  if (byCommit.available) {
    const open = byCommit.pullRequests.filter((pr) => pr.open);
    log.debug(`pull requests containing ${shortCommit(target2.commit)}: ${open.map((pr) => `#${pr.id}`).join(", ") || "none"}`);
    if (open.length) return { pullRequests: open };
  } else {
    log.debug(`pull request lookup by commit unavailable (${byCommit.reason}); trying the branch`);
  }
  if (target2.branch) {
    const byBranch = (await api.pullRequestsForBranch(target2.branch)).filter((pr) => pr.open);
    log.debug(`open pull requests from branch ${target2.branch}: ${byBranch.map((pr) => `#${pr.id}`).join(", ") || "none"}`);
    if (byBranch.length) return { pullRequests: byBranch };
  }
  const where2 = target2.branch ? `commit ${shortCommit(target2.commit)} or branch ${target2.branch}` : `commit ${shortCommit(target2.commit)}`;
  return { pullRequests: [], note: `no open pull request for ${where2}; the comment is skipped (set PULL_REQUEST to choose one)` };
}

// src/publish/sticky-comment.ts
var CONFLICT_RETRIES = 3;
function commentQuery(reportId) {
  return { containing: `pr-insights:${reportId}` };
}
async function upsertStickyComment(api, pr, comment, log, listed) {
  const { reportId, body, mode, passes } = comment;
  if (pr.headCommit && !sameCommit(pr.headCommit, comment.commit)) {
    log.info(`PR #${pr.id}: its head is now ${shortCommit(pr.headCommit)}, not ${shortCommit(comment.commit)}; leaving the comment to that run`);
    return { outcome: "skipped-stale" };
  }
  for (let attempt = 0; ; attempt++) {
    const comments = attempt === 0 && listed ? await listed : await api.listComments(pr.id, commentQuery(reportId));
    const marked = comments.filter((c) => findMarker(c.body)?.reportId === reportId);
    const ours = marked.filter((c) => c.author === "us").sort((a, b) => a.id - b.id);
    try {
      if (passes && mode === "delete-on-pass") {
        for (const c of ours) await deleteIgnoringGone(api, pr.id, c, log);
        return { outcome: ours.length ? "deleted" : "not-posted" };
      }
      const [keep, ...extra] = ours;
      if (keep === void 0) {
        if (passes && mode === "off-on-pass") return { outcome: "not-posted" };
        const unconfirmed = marked.filter((c) => c.author === "unknown");
        const same = unconfirmed.find((c) => c.body === body);
        if (same) return { outcome: "unchanged", ...page4(same) };
        if (marked.length) log.info(`PR #${pr.id}: ${marked.length === 1 ? "a comment carries" : `${marked.length} comments carry`} this report's marker but ${api.displayName} does not show it was written by these credentials; leaving ${marked.length === 1 ? "it" : "them"} alone and posting our own`);
        const created = await api.createComment(pr.id, body);
        const settled = await settleAfterCreate(api, pr.id, comment, created, log);
        return { outcome: settled.kept.id === created.id ? "created" : settled.rewritten ? "updated" : "unchanged", ...page4(settled.kept) };
      }
      if (mode === "recreate" && keep.body !== body) {
        const created = await api.createComment(pr.id, body);
        for (const old of ours) await deleteIgnoringGone(api, pr.id, old, log);
        return { outcome: "recreated", ...page4((await settleAfterCreate(api, pr.id, comment, created, log)).kept) };
      }
      for (const duplicate of extra) await deleteIgnoringGone(api, pr.id, duplicate, log);
      if (keep.body === body) return { outcome: "unchanged", ...page4(keep) };
      return { outcome: "updated", ...page4(await api.updateComment(pr.id, keep, body)) };
    } catch (error) {
      if (!(error instanceof CommentConflictError) || attempt >= CONFLICT_RETRIES) throw error;
      log.debug(`PR #${pr.id}: comment changed while we wrote it; reading it again`);
    }
  }
}
function page4(comment) {
  return comment.url ? { url: comment.url } : {};
}
async function settleAfterCreate(api, pullRequest, comment, created, log) {
  const ours = (await api.listComments(pullRequest, { ...commentQuery(comment.reportId), recent: true })).filter((c) => c.author === "us" && findMarker(c.body)?.reportId === comment.reportId).sort((a, b) => a.id - b.id);
  const keep = (comment.mode === "recreate" ? ours[ours.length - 1] : ours[0]) ?? created;
  for (const duplicate of ours) if (duplicate.id !== keep.id) await deleteIgnoringGone(api, pullRequest, duplicate, log);
  if (keep.body === comment.body) return { kept: keep, rewritten: false };
  return { kept: await api.updateComment(pullRequest, keep, comment.body), rewritten: true };
}
async function deleteIgnoringGone(api, pullRequest, comment, log) {
  try {
    await api.deleteComment(pullRequest, comment);
    log.debug(`PR #${pullRequest}: removed comment ${comment.id}`);
  } catch (error) {
    if (error instanceof CommentConflictError) return;
    throw error;
  }
}

// src/publish/publish.ts
async function publish(api, decorations, target2, wanted, log) {
  const at = shortCommit(target2.commit);
  const steps = [];
  const skipped = [];
  const want = (name) => {
    if (!wanted.includes(name)) return false;
    if (api.can[name]) return true;
    skipped.push(`${name}: ${api.cannotReason ?? `not possible with these credentials on ${api.displayName}`}`);
    return false;
  };
  if (want("insights")) {
    steps.push({
      name: "insights",
      async run() {
        const r = await api.publishReport(target2.commit, decorations.reportId, decorations.insight);
        const urls = r.url ? { report: r.url } : {};
        if (r.instead) return { published: [`${r.instead} on ${at}, in place of the ${api.names.report}`], skipped: [], urls };
        const notes = [
          ...r.annotationsOmitted ? [`${r.annotationsOmitted} lower-severity annotations left out: platform limit`] : [],
          ...r.note ? [r.note] : []
        ];
        const said = notes.length ? ` (${notes.join("; ")})` : "";
        return { published: [`${api.names.report} "${decorations.reportId}" on ${at} with ${r.annotationsSent} annotations${said}`], skipped: [], urls };
      }
    });
  }
  if (want("status")) {
    steps.push({
      name: "status",
      async run() {
        await api.publishStatus(target2.commit, decorations.status, target2.branch ? { branch: target2.branch } : {});
        return { published: [`${api.names.status} "${decorations.status.key}" (${decorations.status.state}) on ${at}`], skipped: [] };
      }
    });
  }
  if (want("comment")) {
    steps.push({
      name: "comment",
      async run() {
        const { pullRequest } = target2;
        const early = pullRequest === void 0 ? void 0 : api.listComments(pullRequest, commentQuery(decorations.reportId));
        early?.catch(() => void 0);
        const search = await findPullRequests(api, target2, log);
        const published = [];
        const notes = search.note ? [`comment: ${search.note}`] : [];
        const urls = {};
        const mode = target2.commentMode ?? "update";
        const comment = { reportId: decorations.reportId, body: decorations.comment.markdown, commit: target2.commit, mode, passes: decorations.verdict === "pass" };
        for (const pr of search.pullRequests) {
          const { outcome: outcome2, url } = await upsertStickyComment(api, pr, comment, log, pr.id === pullRequest ? early : void 0);
          const skippedWhy = SKIPPED[outcome2]?.(mode);
          if (skippedWhy) notes.push(`comment on PR #${pr.id}: ${skippedWhy}`);
          else published.push(`comment ${outcome2} on PR #${pr.id}${outcome2 === "deleted" ? ` (the report passes; COMMENT_MODE=${mode})` : ""}`);
          urls.comment ??= url;
        }
        return { published, skipped: notes, pullRequests: search.pullRequests.map((pr) => pr.id), urls };
      }
    });
  }
  const settled = await Promise.allSettled(steps.map((s) => s.run()));
  const result = { published: [], skipped, pullRequests: [], urls: {} };
  const failures = [];
  settled.forEach((s, i) => {
    const step = steps[i];
    if (s.status === "fulfilled") {
      result.published.push(...s.value.published);
      result.skipped.push(...s.value.skipped);
      result.pullRequests.push(...s.value.pullRequests ?? []);
      Object.assign(result.urls, s.value.urls);
    } else {
      failures.push({ name: step.name, error: s.reason });
    }
  });
  if (failures.length) {
    const reasons = failures.map((f) => `${f.name}: ${f.error instanceof Error ? f.error.message : String(f.error)}`);
    const done = result.published.length ? `Published: ${result.published.join("; ")}.` : "Nothing was published.";
    throw new PublishError(`${done} Not published: ${reasons.join("; ")}`, { cause: failures[0].error, failures: failures.map((f) => f.error) });
  }
  return result;
}
var SKIPPED = {
  "skipped-stale": () => "a newer commit is the PR's head",
  "not-posted": (mode) => `the report passes, so none is posted (COMMENT_MODE=${mode})`
};

// src/render/text.ts
var nouns = {
  condition: { one: "condition", other: "conditions" },
  model: { one: "model", other: "models" },
  issue: { one: "issue", other: "issues" }
};
function count(n, noun) {
  return `${new Intl.NumberFormat("en-US").format(n)} ${n === 1 ? noun.one : noun.other}`;
}
function capitalize(text3) {
  return text3.charAt(0).toUpperCase() + text3.slice(1);
}

// src/render/data-diff/judged.ts
var VERDICT_ORDER = { fail: 0, warn: 1, pass: 2 };
var STATUS_ORDER = { failed: 0, different: 1, identical: 2 };
function judgementOf(report) {
  const judged = report.judged ?? evaluateThresholds(report.models, void 0);
  const models = report.models.map((model2, i) => {
    const verdict = judged.models[i];
    return { model: model2, verdict: verdict?.verdict ?? "pass", breaches: judged.thresholds ? verdict?.breaches ?? [] : [] };
  });
  models.sort(
    (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || STATUS_ORDER[a.model.status] - STATUS_ORDER[b.model.status] || changedShare(b.model) - changedShare(a.model) || changedRows(b.model) - changedRows(a.model) || schemaChanges(b.model) - schemaChanges(a.model)
  );
  return { thresholds: judged.thresholds, models, modelsFailed: judged.modelsFailed, modelsWarned: judged.modelsWarned };
}
function changedRows(model2) {
  const rows2 = model2.rows;
  return rows2 === void 0 ? 0 : rows2.added + rows2.removed + rows2.changed;
}
function changedShare(model2) {
  const size = Math.max(model2.rows?.base ?? 0, model2.rows?.head ?? 0);
  return size === 0 ? 0 : changedRows(model2) / size;
}
function schemaChanges(model2) {
  const schema3 = model2.schema;
  return schema3 === void 0 ? 0 : schema3.added.length + schema3.removed.length + schema3.typeChanged.length;
}
function displayNames(models) {
  const prefix2 = /^(?:model|snapshot|seed)\.[^.]+\./.exec(models[0]?.name ?? "")?.[0];
  const shared2 = prefix2 !== void 0 && models.every((m) => m.name.startsWith(prefix2) && m.name.length > prefix2.length);
  return shared2 ? (model2) => model2.name.slice(prefix2.length) : (model2) => model2.name;
}

// src/render/data-diff/totals.ts
function diffTotals(models) {
  const totals = {
    models: models.length,
    failed: models.filter((m) => m.status === "failed").length,
    different: models.filter((m) => m.status === "different").length,
    identical: models.filter((m) => m.status === "identical").length
  };
  const withRows = models.flatMap((m) => m.rows === void 0 ? [] : [m.rows]);
  if (withRows.length > 0) {
    totals.rows = {
      added: sum(withRows.map((r) => r.added)),
      removed: sum(withRows.map((r) => r.removed)),
      changed: sum(withRows.map((r) => r.changed))
    };
  }
  return totals;
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

// src/render/data-diff/comment.ts
var COLLAPSE_IDENTICAL_ABOVE = 5;
var IDENTICAL_NAMES_SHOWN = 10;
var LIST_ITEMS_SHOWN = 5;
var NAME_MAX = 60;
var ERROR_MAX = 200;
var DASH = "\u2014";
var DETAIL = { one: "model detail", other: "model details" };
function diffCommentBody(report, context) {
  const blocks = [];
  if (report.models.length > 0) blocks.push({ kind: "text", markdown: totalsLine(report) });
  const judgement = judgementOf(report);
  const nameOf = displayNames(report.models);
  const identical = new Set(judgement.models.filter((j) => j.model.status === "identical" && j.verdict === "pass"));
  const collapse2 = identical.size > COLLAPSE_IDENTICAL_ABOVE;
  const tabled = collapse2 ? judgement.models.filter((j) => !identical.has(j)) : judgement.models;
  const rank2 = (i) => tabled.length - i;
  if (tabled.length > 0) {
    const columns = tableColumns(nameOf, judgement.thresholds);
    const cells = tabled.map((judged) => columns.map((c) => c.cell(judged)));
    const kept = columns.flatMap((_, c) => c === 0 || cells.some((row2) => row2[c] !== DASH && row2[c] !== "") ? [c] : []);
    blocks.push({
      kind: "rows",
      header: tableHeader(
        kept.map((c) => columns[c].header),
        kept.map((c) => columns[c].align)
      ),
      rows: cells.map((row2, i) => ({ markdown: tableRow(kept.map((c) => row2[c])), rank: rank2(i) })),
      noun: nouns.model
    });
    const detailed = tabled.flatMap((judged, i) => {
      const line = detailLine(judged, nameOf, judgement.thresholds);
      return line === void 0 ? [] : [{ markdown: line, rank: rank2(i) }];
    });
    if (detailed.length > 0) blocks.push({ kind: "rows", rows: detailed, noun: DETAIL });
  }
  if (collapse2) blocks.push({ kind: "text", markdown: identicalLine([...identical].map((j) => j.model), nameOf) });
  if (context.link !== void 0) {
    const text3 = `See full results in ${escapeMarkdown(report.tool.trim() || "the tool")}`;
    blocks.push({ kind: "text", markdown: markdownLink(text3, context.link) });
  }
  return { blocks, footer: [] };
}
function totalsLine(report) {
  const t = diffTotals(report.models);
  const statuses = [
    t.failed > 0 ? `${formatNumber(t.failed)} failed` : void 0,
    t.different > 0 ? `${formatNumber(t.different)} different` : void 0,
    t.identical > 0 ? `${formatNumber(t.identical)} identical` : void 0
  ].filter((s) => s !== void 0);
  const models = `**${count(t.models, nouns.model)} compared:** ${statuses.join(" \xB7 ")}`;
  if (t.rows === void 0) return models;
  const rows2 = `${formatNumber(t.rows.added)} added \xB7 ${formatNumber(t.rows.removed)} removed \xB7 ${formatNumber(t.rows.changed)} changed`;
  return `${models} \u2014 **rows:** ${rows2}`;
}
function tableColumns(nameOf, thresholds) {
  const rowCount = (field2, check) => ({
    header: field2.charAt(0).toUpperCase() + field2.slice(1),
    align: "right",
    cell: ({ model: model2, breaches }) => {
      const n = model2.status === "failed" ? void 0 : model2.rows?.[field2];
      if (n === void 0) return DASH;
      const breach = breaches.find((b) => b.check === check);
      return breach ? `**${formatNumber(n)}** ${VERDICT_EMOJI[breach.level]}` : formatNumber(n);
    }
  });
  return [
    { header: "Model", align: "left", cell: ({ model: model2, verdict }) => `${VERDICT_EMOJI[verdict]} ${linkedName(model2, nameOf)}` },
    rowCount("added", "rows-added"),
    rowCount("removed", "rows-removed"),
    rowCount("changed", "rows-changed"),
    { header: "Unchanged", align: "right", cell: ({ model: model2 }) => model2.status === "failed" || model2.rows?.unchanged === void 0 ? DASH : formatNumber(model2.rows.unchanged) },
    {
      header: "Match",
      align: "right",
      cell: ({ model: model2 }) => model2.status === "failed" || model2.matchPercent === void 0 ? DASH : escapeMarkdown(share(model2.matchPercent))
    },
    { header: "Why", align: "left", cell: (judged) => why(judged, thresholds) }
  ];
}
function why({ model: model2, verdict, breaches }, thresholds) {
  if (model2.status === "failed") return `**Failed:** ${escapeMarkdown(truncate(model2.error?.trim() || "no error message", ERROR_MAX))}`;
  if (breaches.length > 0) return breaches.map((b) => `${VERDICT_EMOJI[b.level]} ${escapeMarkdown(b.text)}`).join(" \xB7 ");
  return thresholds && verdict === "pass" && model2.status === "different" ? "within thresholds" : "";
}
function detailLine({ model: model2, verdict }, nameOf, thresholds) {
  if (model2.status !== "different" || thresholds && verdict === "pass") return void 0;
  const parts = [];
  if (model2.columns !== void 0 && model2.columns.length > 0) {
    parts.push(`values differ in ${list(biggestFirst(model2.columns).map(columnDifference))}`);
  }
  const schema3 = model2.schema;
  if (schema3 !== void 0) {
    if (schema3.added.length > 0) parts.push(`columns added: ${list(schema3.added.map(plainName))}`);
    if (schema3.removed.length > 0) parts.push(`columns removed: ${list(schema3.removed.map(plainName))}`);
    if (schema3.typeChanged.length > 0) parts.push(`type changed: ${list(schema3.typeChanged.map(plainName))}`);
  }
  const keys = model2.primaryKeyIssues;
  if (anyOf(keys?.nulls)) parts.push(`null keys: ${basePr(keys.nulls)}`);
  if (anyOf(keys?.duplicates)) parts.push(`duplicate keys: ${basePr(keys.duplicates)}`);
  const downstream2 = model2.dependencies ?? [];
  if (downstream2.length > 0) {
    parts.push(`downstream: ${formatNumber(downstream2.length)} (${list(downstream2.map((d) => `${plainName(d.kind)} ${plainName(d.name)}`))})`);
  }
  if (parts.length === 0) return void 0;
  return `- **${plainName(nameOf(model2))}:** ${parts.join(" \xB7 ")}`;
}
function biggestFirst(columns) {
  const size = (c) => c.differing ?? c.percentDiffering ?? -1;
  return [...columns].sort((a, b) => size(b) - size(a));
}
function columnDifference(column2) {
  const figures = [
    column2.differing === void 0 ? void 0 : formatNumber(column2.differing),
    column2.percentDiffering === void 0 ? void 0 : share(column2.percentDiffering)
  ].filter((s) => s !== void 0);
  const name = plainName(column2.name);
  return figures.length === 0 ? name : `${name} (${escapeMarkdown(figures.join(", "))})`;
}
function linkedName(model2, nameOf) {
  return markdownLink(plainName(nameOf(model2)), model2.link);
}
function plainName(name) {
  return escapeMarkdown(truncate(name, NAME_MAX));
}
function list(items) {
  const shown3 = items.slice(0, LIST_ITEMS_SHOWN).join(", ");
  return items.length > LIST_ITEMS_SHOWN ? `${shown3} +${items.length - LIST_ITEMS_SHOWN} more` : shown3;
}
function anyOf(pair2) {
  return pair2 !== void 0 && (pair2[0] > 0 || pair2[1] > 0);
}
function basePr([base, head]) {
  return `${formatNumber(base)} in base, ${formatNumber(head)} in PR`;
}
function share(percent2) {
  if (percent2 > 0 && percent2 < 0.05) return "<0.1%";
  if (percent2 < 100 && percent2 >= 99.95) return ">99.9%";
  return formatPercent(percent2);
}
function identicalLine(models, nameOf) {
  const names4 = models.slice(0, IDENTICAL_NAMES_SHOWN).map((m) => linkedName(m, nameOf)).join(", ");
  const more = models.length > IDENTICAL_NAMES_SHOWN ? ` and ${formatNumber(models.length - IDENTICAL_NAMES_SHOWN)} more` : "";
  return `\u2705 **${count(models.length, nouns.model)} identical:** ${names4}${more}`;
}

// src/render/kinds.ts
function byKind(table, report, ...args) {
  const entry = table[report.kind];
  return entry(report, ...args);
}

// src/render/findings.ts
function annotations(findings) {
  return [...findings].sort(byImportance).map((f) => {
    const annotation = {
      id: f.id,
      // Bitbucket Cloud rejects an empty summary.
      message: collapseWhitespace(f.message) || f.rule || "Issue",
      severity: f.severity,
      type: f.type
    };
    if (f.path !== void 0) annotation.path = f.path;
    if (f.line !== void 0) annotation.line = f.line;
    const link3 = httpUrl(f.link);
    if (link3 !== void 0) annotation.link = link3;
    return annotation;
  });
}
function byImportance(a, b) {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || byPath(a.path, b.path) || byLine(a.line, b.line);
}
function byPath(a, b) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  return a < b ? -1 : 1;
}
function byLine(a, b) {
  return (a ?? 0) - (b ?? 0);
}
function severityCounts(findings) {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
function severityBreakdown(findings) {
  const counts = severityCounts(findings);
  return SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(", ");
}

// src/render/quality-gate/conditions.ts
var IGNORED_ON_SMALL_CHANGES = /* @__PURE__ */ new Set([
  "new_coverage",
  "new_line_coverage",
  "new_branch_coverage",
  "new_duplicated_lines_density",
  "new_duplicated_lines",
  "new_duplicated_blocks"
]);
var STATES = { ERROR: "failed", WARN: "warning", OK: "passed" };
function conditionState(condition, report) {
  return isIgnored(condition, report) ? "ignored" : STATES[condition.status];
}
function isIgnored(condition, report) {
  return report.ignoredConditions && condition.status === "OK" && IGNORED_ON_SMALL_CHANGES.has(condition.metricKey) && crosses(condition.actual, condition.comparator, condition.threshold);
}
function crosses(actual, comparator, threshold) {
  const value = numberOf(actual);
  const limit = numberOf(threshold);
  if (value === void 0 || limit === void 0) return false;
  switch (comparator) {
    case "GT":
      return value > limit;
    case "LT":
      return value < limit;
    case "EQ":
      return value === limit;
    case "NE":
      return value !== limit;
  }
}
function numberOf(raw) {
  if (raw === void 0 || raw.trim() === "") return void 0;
  const n = Number(raw);
  return Number.isFinite(n) ? n : void 0;
}
function thresholdsOf(condition) {
  const error = present(condition.threshold);
  const warning = present(condition.warningThreshold);
  if (warning === void 0 && condition.status === "WARN") return error === void 0 ? {} : { warns: error };
  return { ...error !== void 0 && { fails: error }, ...warning !== void 0 && { warns: warning } };
}
function present(raw) {
  return raw === void 0 || raw.trim() === "" ? void 0 : raw;
}

// src/render/quality-gate/issues.ts
var RESOLVED = { one: "resolved issue", other: "resolved issues" };
function resolvedIssuesNote(report) {
  const resolved = report.resolvedIssues ?? 0;
  if (resolved <= 0) return void 0;
  if (report.findings.length > 0) return `${count(resolved, RESOLVED)} left out`;
  return `Nothing to annotate: ${count(resolved, nouns.issue)} given, all resolved (fixed, accepted or false positive)`;
}

// src/validation/schema.ts
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
var addFormats = import_ajv_formats.default;
var shared;
function ajv() {
  if (!shared) {
    shared = new import__.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(shared);
  }
  return shared;
}
var compiled = /* @__PURE__ */ new WeakMap();
function compile(schema3) {
  let fn = compiled.get(schema3);
  if (!fn) {
    fn = ajv().compile(schema3);
    compiled.set(schema3, fn);
  }
  return fn;
}
function validateOrThrow(schema3, data3, source, pointerPrefix = "") {
  const validate = compile(schema3);
  if (validate(data3)) return data3;
  const error = mostSpecific2(validate.errors ?? []);
  const pointer = pointerOf(error);
  throw new InputError(describe(error), {
    source,
    pointer: [pointerPrefix, pointer || (pointerPrefix ? "" : "/")].filter(Boolean).join(" ") || "/"
  });
}
function mostSpecific2(errors) {
  const useful = errors.filter((e) => !["if", "anyOf", "oneOf", "allOf", "not"].includes(e.keyword));
  const pool = useful.length ? useful : errors;
  const depth = (e) => e.instancePath.split("/").length;
  const deepest = Math.max(...pool.map(depth));
  const atDeepest = pool.filter((e) => depth(e) === deepest);
  return atDeepest.find((e) => e.keyword === "additionalProperties") ?? atDeepest[0];
}
function pointerOf(e) {
  if (e.keyword === "required") return `${e.instancePath}/${escapePointer(String(e.params["missingProperty"]))}`;
  if (e.keyword === "additionalProperties") return `${e.instancePath}/${escapePointer(String(e.params["additionalProperty"]))}`;
  return e.instancePath;
}
function escapePointer(segment2) {
  return segment2.replace(/~/g, "~0").replace(/\//g, "~1");
}
function describe(e) {
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return `missing required field; expected ${quote(String(p["missingProperty"]))} to be present`;
    case "additionalProperties":
      return `unexpected field ${quote(String(p["additionalProperty"]))}`;
    case "enum":
      return `expected one of ${p["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `expected ${JSON.stringify(p["allowedValue"])}`;
    case "type":
      return `expected ${String(p["type"])}`;
    default:
      return `expected a value that ${e.message ?? "matches the schema"}`;
  }
}
function quote(s) {
  return `"${s}"`;
}

// src/reports/sonarqube/metrics.ts
var PAIRS = [
  ["coverage", "new_coverage", "Coverage", "Coverage on New Code", "PERCENT"],
  ["line_coverage", "new_line_coverage", "Line Coverage", "Line Coverage on New Code", "PERCENT"],
  ["branch_coverage", "new_branch_coverage", "Condition Coverage", "Condition Coverage on New Code", "PERCENT"],
  ["duplicated_lines_density", "new_duplicated_lines_density", "Duplicated Lines (%)", "Duplicated Lines (%) on New Code", "PERCENT"],
  ["violations", "new_violations", "Issues", "New Issues", "INT"],
  ["accepted_issues", "new_accepted_issues", "Accepted Issues", "New Accepted Issues", "INT"],
  ["blocker_violations", "new_blocker_violations", "Blocker Issues", "New Blocker Issues", "INT"],
  ["critical_violations", "new_critical_violations", "Critical Issues", "New Critical Issues", "INT"],
  ["major_violations", "new_major_violations", "Major Issues", "New Major Issues", "INT"],
  ["minor_violations", "new_minor_violations", "Minor Issues", "New Minor Issues", "INT"],
  ["info_violations", "new_info_violations", "Info Issues", "New Info Issues", "INT"],
  ["bugs", "new_bugs", "Bugs", "New Bugs", "INT"],
  ["vulnerabilities", "new_vulnerabilities", "Vulnerabilities", "New Vulnerabilities", "INT"],
  ["code_smells", "new_code_smells", "Code Smells", "New Code Smells", "INT"],
  ["security_hotspots", "new_security_hotspots", "Security Hotspots", "New Security Hotspots", "INT"],
  ["security_hotspots_reviewed", "new_security_hotspots_reviewed", "Security Hotspots Reviewed", "Security Hotspots Reviewed on New Code", "PERCENT"],
  ["reliability_rating", "new_reliability_rating", "Reliability Rating", "Reliability Rating on New Code", "RATING"],
  ["security_rating", "new_security_rating", "Security Rating", "Security Rating on New Code", "RATING"],
  ["sqale_rating", "new_maintainability_rating", "Maintainability Rating", "Maintainability Rating on New Code", "RATING"],
  ["security_review_rating", "new_security_review_rating", "Security Review Rating", "Security Review Rating on New Code", "RATING"],
  ["sqale_debt_ratio", "new_sqale_debt_ratio", "Technical Debt Ratio", "Technical Debt Ratio on New Code", "PERCENT"],
  ["sqale_index", "new_technical_debt", "Technical Debt", "Added Technical Debt", "WORK_DUR"]
];
var SINGLES = [
  ["alert_status", "Quality Gate Status", "LEVEL"],
  ["new_lines_to_cover", "Lines to Cover on New Code", "INT"],
  ["new_uncovered_lines", "Uncovered Lines on New Code", "INT"],
  ["new_duplicated_lines", "Duplicated Lines on New Code", "INT"],
  ["new_duplicated_blocks", "Duplicated Blocks on New Code", "INT"],
  // MQR mode ("Multi-Quality Rule") metrics, SonarQube 10.x / 2025.x.
  ["new_software_quality_reliability_rating", "Reliability Rating on New Code", "RATING"],
  ["new_software_quality_security_rating", "Security Rating on New Code", "RATING"],
  ["new_software_quality_maintainability_rating", "Maintainability Rating on New Code", "RATING"],
  ["new_software_quality_reliability_issues", "New Reliability Issues", "INT"],
  ["new_software_quality_security_issues", "New Security Issues", "INT"],
  ["new_software_quality_maintainability_issues", "New Maintainability Issues", "INT"],
  ["new_software_quality_blocker_issues", "New Blocker Severity Issues", "INT"],
  ["new_software_quality_high_issues", "New High Severity Issues", "INT"],
  ["new_software_quality_medium_issues", "New Medium Severity Issues", "INT"],
  ["new_software_quality_low_issues", "New Low Severity Issues", "INT"],
  ["new_software_quality_info_issues", "New Info Severity Issues", "INT"],
  ["new_software_quality_maintainability_debt_ratio", "Technical Debt Ratio on New Code", "PERCENT"],
  // Stored as INT by the server but encode a severity level (5/10/15/20/25), so they need their own display.
  ["new_bugs_severity", "Bug Severity on New Code", "SEVERITY"],
  ["new_vulnerabilities_severity", "Vulnerability Severity on New Code", "SEVERITY"],
  ["new_code_smells_severity", "Code Smell Severity on New Code", "SEVERITY"],
  ["new_software_quality_reliability_severity", "Reliability Severity on New Code", "SEVERITY"],
  ["new_software_quality_security_severity", "Security Severity on New Code", "SEVERITY"],
  ["new_software_quality_maintainability_severity", "Maintainability Severity on New Code", "SEVERITY"],
  ["ncloc", "Lines of Code", "INT"],
  ["new_lines", "New Lines", "INT"],
  ["reopened_issues", "Reopened Issues", "INT"],
  ["open_issues", "Open Issues", "INT"],
  ["skipped_tests", "Skipped Unit Tests", "INT"]
];
var KNOWN_METRICS = new Map([
  ...PAIRS.flatMap(([key2, newKey, name, newName, type]) => [
    [key2, { name, type }],
    [newKey, { name: newName, type }]
  ]),
  ...SINGLES.map(([key2, name, type]) => [key2, { name, type }])
]);
function metricInfo(key2, values = []) {
  return KNOWN_METRICS.get(key2) ?? { name: humanise(key2), type: guessType(key2, values) };
}
function isNewCodeMetric(key2) {
  return key2.startsWith("new_");
}
function humanise(key2) {
  const isNew = isNewCodeMetric(key2);
  const words = (isNew ? key2.slice("new_".length) : key2).split(/[_\s]+/).filter(Boolean);
  if (words.length === 0) return key2;
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  return isNew ? `${name} on New Code` : name;
}
function guessType(key2, values) {
  const k = key2.toLowerCase();
  if (k.endsWith("_rating")) return "RATING";
  if (k.includes("coverage") || k.includes("density") || k.includes("ratio")) return "PERCENT";
  if (k.includes("_severity")) return "SEVERITY";
  const present2 = values.filter((v) => v !== void 0 && v.trim() !== "");
  if (present2.some((v) => !Number.isFinite(Number(v)))) return "STRING";
  return present2.some((v) => !Number.isInteger(Number(v))) ? "FLOAT" : "INT";
}

// src/reports/sonarqube/project-status-schema.ts
var numeric2 = { type: ["string", "number"] };
var period = {
  type: "object",
  required: ["mode"],
  properties: {
    mode: { type: "string" },
    date: { type: "string" },
    parameter: { type: "string" }
  }
};
var projectStatusSchema = {
  type: "object",
  required: ["projectStatus"],
  properties: {
    projectStatus: {
      type: "object",
      required: ["status"],
      properties: {
        status: { enum: ["OK", "WARN", "ERROR", "NONE"] },
        ignoredConditions: { type: "boolean" },
        caycStatus: { type: "string" },
        period,
        periods: {
          type: "array",
          items: { ...period, properties: { ...period.properties, index: { type: "integer" } } }
        },
        conditions: {
          type: "array",
          items: {
            type: "object",
            required: ["status", "metricKey", "comparator"],
            properties: {
              status: { enum: ["OK", "WARN", "ERROR"] },
              metricKey: { type: "string", minLength: 1 },
              comparator: { enum: ["GT", "LT", "EQ", "NE"] },
              errorThreshold: numeric2,
              warningThreshold: numeric2,
              actualValue: numeric2,
              periodIndex: { type: "integer" }
            }
          }
        }
      }
    }
  }
};

// src/reports/sonarqube/project-status.ts
var TOOL_NAME = "SonarQube";
var VERDICTS = {
  ERROR: "fail",
  WARN: "warn",
  OK: "pass",
  NONE: "none"
};
var sonarqubeProjectStatus = {
  name: "sonarqube-project-status",
  kind: "quality-gate",
  sniff,
  parse
};
function sniff(source) {
  const projectStatus = isObject2(source.json) ? source.json["projectStatus"] : void 0;
  return isObject2(projectStatus) && typeof projectStatus["status"] === "string";
}
function parse(source) {
  if (source.json === void 0) {
    throw new InputError("expected a JSON object as returned by api/qualitygates/project_status", { source: source.path });
  }
  const { projectStatus } = validateOrThrow(projectStatusSchema, source.json, source.path);
  const newCodePeriod = toNewCodePeriod(projectStatus.period ?? newCodeEntry(projectStatus.periods));
  return {
    kind: "quality-gate",
    format: sonarqubeProjectStatus.name,
    tool: TOOL_NAME,
    verdict: VERDICTS[projectStatus.status],
    status: projectStatus.status,
    conditions: (projectStatus.conditions ?? []).map(toCondition),
    ignoredConditions: projectStatus.ignoredConditions ?? false,
    ...newCodePeriod && { newCodePeriod },
    ...projectStatus.caycStatus !== void 0 && { caycStatus: projectStatus.caycStatus },
    findings: []
  };
}
function toCondition(raw) {
  const actual = rawValue(raw.actualValue);
  const threshold = rawValue(raw.errorThreshold);
  const warningThreshold = rawValue(raw.warningThreshold);
  const { name, type } = metricInfo(raw.metricKey, [threshold, warningThreshold, actual]);
  return {
    metricKey: raw.metricKey,
    metricName: name,
    metricType: type,
    status: raw.status,
    comparator: raw.comparator,
    ...threshold !== void 0 && { threshold },
    ...warningThreshold !== void 0 && { warningThreshold },
    ...actual !== void 0 && { actual },
    // `periodIndex` is gone since 10.0, where the `new_` prefix is the only signal.
    onNewCode: isNewCodeMetric(raw.metricKey) || raw.periodIndex === 1
  };
}
function rawValue(value) {
  if (value === void 0) return void 0;
  const text3 = String(value);
  return text3 === "" ? void 0 : text3;
}
function newCodeEntry(periods) {
  return periods?.find((p) => p.index === 1) ?? periods?.[0];
}
function toNewCodePeriod(period2) {
  if (!period2) return void 0;
  return {
    mode: period2.mode,
    ...period2.date !== void 0 && { date: period2.date },
    ...period2.parameter !== void 0 && { parameter: period2.parameter }
  };
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/render/quality-gate/tool.ts
var CLOUD_HOSTS2 = ["sonarcloud.io", "sonarqube.us"];
function linkedToolName(tool, link3) {
  const name = tool.trim();
  if (name !== TOOL_NAME) return name;
  const host = new URL(link3).hostname.toLowerCase();
  return CLOUD_HOSTS2.some((h) => host === h || host.endsWith(`.${h}`)) ? `${TOOL_NAME} Cloud` : name;
}

// src/render/quality-gate/comment.ts
var IGNORED_CONDITIONS_NOTE = "Coverage and duplication conditions on new code were ignored: the change has too few new lines.";
var NO_THRESHOLD = "\u2014";
var STATE_ORDER = { failed: 0, warning: 1, ignored: 2, passed: 3 };
var STATE_CELL = {
  failed: verdictCell("fail"),
  warning: verdictCell("warn"),
  ignored: verdictCell("none", "Ignored (small change)"),
  passed: verdictCell("pass")
};
var STATE_RANK = { failed: 3, warning: 2, ignored: 1, passed: 1 };
function gateCommentBody(report, context) {
  const blocks = [];
  if (report.ignoredConditions) blocks.push({ kind: "text", markdown: `\u2139\uFE0F ${IGNORED_CONDITIONS_NOTE}` });
  const period2 = report.newCodePeriod === void 0 ? void 0 : formatNewCodePeriod(report.newCodePeriod);
  const rows2 = report.conditions.map((condition) => ({ condition, state: conditionState(condition, report) }));
  const scopes = [
    { heading: "**New code**", suffix: period2, rows: rows2.filter((r) => r.condition.onNewCode) },
    { heading: "**Overall code**", suffix: void 0, rows: rows2.filter((r) => !r.condition.onNewCode) }
  ];
  for (const scope of scopes) {
    if (scope.rows.length === 0) continue;
    const heading = scope.suffix === void 0 ? scope.heading : `${scope.heading} \xB7 ${escapeMarkdown(scope.suffix)}`;
    blocks.push({ kind: "text", markdown: heading }, ...conditionsTable(scope.rows, report.tool));
  }
  const measures = measuresLine(report);
  if (measures !== void 0) blocks.push({ kind: "text", markdown: measures });
  const closing = [findingsLine(report), gateLink(report.tool, context.link)].filter((s) => s !== void 0);
  if (closing.length > 0) blocks.push({ kind: "text", markdown: closing.join(" \xB7 ") });
  const project = report.projectKey?.trim();
  return { blocks, footer: project ? [`project ${escapeMarkdown(project)}`] : [] };
}
function conditionsTable(rows2, tool) {
  const warns = rows2.some((r) => thresholdsOf(r.condition).warns !== void 0);
  const headers = ["Status", "Condition", "Value", "Fails when", ...warns ? ["Warns when"] : []];
  const table = {
    kind: "rows",
    header: tableHeader(headers),
    rows: [...rows2].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]).map((r) => conditionRow(r, warns)),
    noun: nouns.condition
  };
  const bare = rows2.some((r) => {
    const { fails, warns: warns2 } = thresholdsOf(r.condition);
    return fails === void 0 && warns2 === void 0;
  });
  if (!bare) return [table];
  const sender = tool.trim() || "the report";
  return [table, { kind: "text", markdown: `_${NO_THRESHOLD} means ${escapeMarkdown(sender)} sent no threshold for the condition._` }];
}
function conditionRow({ condition, state }, warns) {
  const value = formatMeasure(condition.actual, condition.metricType, condition.metricKey);
  const thresholds = thresholdsOf(condition);
  const cells = [
    STATE_CELL[state],
    escapeMarkdown(condition.metricName),
    valueCell(value, state),
    thresholdCell(condition, thresholds.fails),
    ...warns ? [thresholdCell(condition, thresholds.warns)] : []
  ];
  return { markdown: tableRow(cells), rank: STATE_RANK[state] };
}
function thresholdCell(condition, threshold) {
  const words = describeThreshold(condition, threshold);
  return words === void 0 ? NO_THRESHOLD : escapeMarkdown(words);
}
function valueCell(value, state) {
  if (value === NO_VALUE) return `_${NO_VALUE}_`;
  return state === "failed" || state === "warning" ? `**${escapeMarkdown(value)}**` : escapeMarkdown(value);
}
function findingsLine(report) {
  const resolved = resolvedIssuesNote(report);
  if (report.findings.length === 0) return resolved === void 0 ? void 0 : escapeMarkdown(resolved);
  const total = report.findingsTotal ?? report.findings.length;
  const partial = total > report.findings.length ? ` (annotations for the ${formatNumber(report.findings.length)} most severe)` : "";
  const line = `**${count(total, nouns.issue)}${partial}:** ${severityBreakdown(report.findings)}`;
  return resolved === void 0 ? line : `${line} \xB7 ${escapeMarkdown(resolved)}`;
}
function measuresLine(report) {
  const shown3 = (report.measures ?? []).filter((m) => !report.conditions.some((c) => c.metricKey === m.metricKey));
  if (shown3.length === 0) return void 0;
  return `**Measures:** ${shown3.map((m) => `${escapeMarkdown(m.metricName)} ${escapeMarkdown(formatMeasure(m.value, m.metricType, m.metricKey))}`).join(" \xB7 ")}`;
}
function gateLink(tool, link3) {
  if (link3 === void 0) return void 0;
  return markdownLink(`See analysis details on ${escapeMarkdown(linkedToolName(tool, link3) || "the dashboard")}`, link3);
}

// src/render/comment.ts
var DEFAULT_COMMENT_LIMIT = 3e4;
var BODIES = {
  "quality-gate": gateCommentBody,
  "data-diff": diffCommentBody
};
function renderComment(report, options) {
  const context = options.link === void 0 ? {} : { link: options.link };
  const body = byKind(BODIES, report, context);
  const blocks = [{ kind: "text", markdown: verdictLine(report, options) }, ...body.blocks];
  const footer = `${footerLine(body.footer, options.commit)}

${markerLine(options.reportId, options.commit)}`;
  return { markdown: capMarkdown(blocks, { limit: options.limit ?? DEFAULT_COMMENT_LIMIT, footer }) };
}
function verdictLine(report, options) {
  const { state, detail } = options.summary;
  return `${VERDICT_EMOJI[report.verdict]} **${escapeMarkdown(options.title)}: ${state}** \u2014 ${escapeMarkdown(detail)}`;
}
function footerLine(facts, commit) {
  const parts = ["pr-insights", ...facts];
  if (commit !== void 0) parts.push(`commit ${commit.slice(0, 7).toLowerCase()}`);
  return `_${parts.join(" \xB7 ")}_`;
}

// src/render/data-diff/insight.ts
function diffInsight(report, link3) {
  return {
    // A data diff is a regression test of the data the change produces.
    reportType: "TEST",
    details: details(report),
    data: data(report, link3),
    annotations: []
  };
}
function details(report) {
  const judgement = judgementOf(report);
  if (judgement.thresholds) return thresholdDetails(judgement.models);
  const lines = [];
  const failed2 = report.models.filter((m) => m.status === "failed");
  const different = report.models.filter((m) => m.status === "different");
  if (failed2.length > 0) {
    lines.push("Failed:");
    for (const m of failed2) lines.push(`- ${collapseWhitespace(m.name)}: ${collapseWhitespace(m.error ?? "no error message")}`);
  }
  if (different.length > 0) {
    lines.push("Different:");
    for (const m of different) lines.push(`- ${collapseWhitespace(m.name)}: ${differenceText(m)}`);
  }
  const identical = report.models.length - failed2.length - different.length;
  if (identical > 0) lines.push(`Identical: ${count(identical, nouns.model)}`);
  return lines;
}
function thresholdDetails(models) {
  const lines = [];
  for (const [verdict, heading] of [["fail", "Over thresholds:"], ["warn", "Over warning thresholds:"]]) {
    const over = models.filter((m) => m.verdict === verdict);
    if (over.length === 0) continue;
    lines.push(heading);
    for (const { model: model2, breaches } of over) {
      const why2 = model2.status === "failed" ? `could not be diffed: ${model2.error ?? "no error message"}` : breaches.map((b) => b.text).join("; ");
      lines.push(`- ${collapseWhitespace(model2.name)}: ${collapseWhitespace(why2)}`);
    }
  }
  const within = models.filter((m) => m.verdict === "pass").length;
  if (within > 0) lines.push(`Within thresholds: ${count(within, nouns.model)}`);
  return lines;
}
function differenceText(model2) {
  const parts = [];
  if (model2.rows !== void 0) {
    const r = model2.rows;
    parts.push(`${formatNumber(r.added)} added, ${formatNumber(r.removed)} removed, ${formatNumber(r.changed)} changed rows`);
  }
  if (model2.columns !== void 0 && model2.columns.length > 0) {
    parts.push(`values differ in ${model2.columns.map((c) => collapseWhitespace(c.name)).join(", ")}`);
  }
  const schema3 = model2.schema;
  if (schema3 !== void 0) {
    const changed = schema3.added.length + schema3.removed.length + schema3.typeChanged.length;
    if (changed > 0) parts.push(`${count(changed, { one: "schema change", other: "schema changes" })}`);
  }
  return parts.length === 0 ? "different" : parts.join("; ");
}
function data(report, link3) {
  const t = diffTotals(report.models);
  const judgement = judgementOf(report);
  const fields = judgement.thresholds ? [
    { title: "Models compared", type: "NUMBER", value: t.models },
    { title: "Models over thresholds", type: "NUMBER", value: judgement.modelsFailed },
    { title: "Models warned", type: "NUMBER", value: judgement.modelsWarned }
  ] : [
    { title: "Models compared", type: "NUMBER", value: t.models },
    { title: "Models different", type: "NUMBER", value: t.different },
    { title: "Models failed", type: "NUMBER", value: t.failed }
  ];
  if (t.rows !== void 0) {
    fields.push(
      { title: "Rows added", type: "NUMBER", value: t.rows.added },
      { title: "Rows removed", type: "NUMBER", value: t.rows.removed },
      { title: "Rows changed", type: "NUMBER", value: t.rows.changed }
    );
  } else if (link3 !== void 0) {
    fields.push({ title: "Full results", type: "LINK", value: { text: `Open ${report.tool.trim() || "results"}`, href: link3 } });
  }
  return fields;
}

// src/render/quality-gate/summary.ts
function gateSummary(report) {
  const total = report.conditions.length;
  const ofAll = (n) => `${formatNumber(n)} of ${count(total, nouns.condition)}`;
  switch (report.verdict) {
    case "fail": {
      if (report.analysisFailure !== void 0) return { state: "failed", detail: report.analysisFailure };
      const failed2 = withStatus(report.conditions, "ERROR");
      return { state: "failed", detail: failed2 > 0 ? `${ofAll(failed2)} failed` : "the gate failed" };
    }
    case "warn": {
      const warned = withStatus(report.conditions, "WARN");
      return { state: "warning", detail: warned > 0 ? `${ofAll(warned)} at warning level` : "the gate reports a warning" };
    }
    case "pass":
      return { state: "passed", detail: passedDetail(report) };
    case "none":
      return { state: "no quality gate", detail: `none is set for the project, or ${report.tool.trim() || "the tool"} computed none for this analysis` };
  }
}
function passedDetail(report) {
  const total = report.conditions.length;
  const ignored = report.conditions.filter((c) => conditionState(c, report) === "ignored").length;
  if (total === 0) return "the gate has no conditions";
  if (ignored > 0) return `${formatNumber(total - ignored)} of ${count(total, nouns.condition)} passed, ${formatNumber(ignored)} ignored (small change)`;
  if (total === 1) return "its only condition passed";
  return `all ${formatNumber(total)} conditions passed`;
}
function withStatus(conditions, status) {
  return conditions.filter((c) => c.status === status).length;
}
function defaultGateTitle(report) {
  const tool = report.tool.trim();
  return tool === "" ? "Quality gate" : `${tool} quality gate`;
}

// src/render/quality-gate/insight.ts
var VERDICT_LEVEL = { fail: "ERROR", warn: "WARN", pass: "OK", none: "NONE" };
function gateInsight(report, link3) {
  return {
    // SonarQube's own decoration files its report as COVERAGE; users and merge checks know it so.
    reportType: "COVERAGE",
    details: details2(report),
    data: data2(report, link3),
    annotations: annotations(report.findings)
  };
}
var GROUPS = [
  { state: "failed", heading: "Failed conditions:", threshold: "fails" },
  { state: "warning", heading: "Conditions at warning level:", threshold: "warns" },
  { state: "ignored", heading: "Ignored (small change):", threshold: "fails" }
];
function details2(report) {
  const lines = [];
  for (const group of GROUPS) {
    const matching = report.conditions.filter((c) => conditionState(c, report) === group.state);
    const sentences = matching.map((c) => `- ${conditionSentence(c, thresholdsOf(c)[group.threshold])}`);
    if (matching.length > 0) lines.push(group.heading, ...sentences);
  }
  if (report.ignoredConditions) lines.push(IGNORED_CONDITIONS_NOTE);
  const period2 = report.newCodePeriod === void 0 ? void 0 : formatNewCodePeriod(report.newCodePeriod);
  if (period2 !== void 0) lines.push(`New code: ${period2}`);
  if (report.findings.length > 0) {
    const total = report.findingsTotal ?? report.findings.length;
    const partial = total > report.findings.length ? ` (annotations for the ${formatNumber(report.findings.length)} most severe)` : "";
    lines.push(`${count(total, nouns.issue)}${partial}: ${severityBreakdown(report.findings)}`);
  }
  const resolved = resolvedIssuesNote(report);
  if (resolved !== void 0) lines.push(resolved);
  return lines.map(collapseWhitespace);
}
function data2(report, link3) {
  const fields = [
    { title: "Quality gate", type: "TEXT", value: levelLabel(VERDICT_LEVEL[report.verdict]) },
    { title: "Failed conditions", type: "NUMBER", value: withStatus(report.conditions, "ERROR") },
    percentage("Coverage on new code", changeValue(report, "new_coverage")),
    percentage("Duplication on new code", changeValue(report, "new_duplicated_lines_density")),
    issues(report),
    link3 === void 0 ? void 0 : dashboardLink(report.tool, link3)
  ];
  return fields.filter((f) => f !== void 0);
}
function dashboardLink(tool, href) {
  return { title: "Analysis details", type: "LINK", value: { text: `Open ${linkedToolName(tool, href) || "dashboard"}`, href } };
}
function find(report, metricKey) {
  return report.conditions.find((c) => c.metricKey === metricKey);
}
function changeValue(report, metricKey) {
  const condition = find(report, metricKey);
  if (condition !== void 0 && conditionState(condition, report) === "ignored") return void 0;
  return condition?.actual ?? measured(report, metricKey);
}
function measured(report, metricKey) {
  return report.measures?.find((m) => m.metricKey === metricKey)?.value;
}
function percentage(title, raw) {
  const value = numberOf(raw);
  return value === void 0 ? void 0 : { title, type: "PERCENTAGE", value: Math.round(value * 10) / 10 };
}
function issues(report) {
  const newIssues = numberOf(find(report, "new_violations")?.actual ?? measured(report, "new_violations"));
  if (newIssues !== void 0) return { title: "New issues", type: "NUMBER", value: newIssues };
  return report.findings.length > 0 ? { title: "Issues", type: "NUMBER", value: report.findingsTotal ?? report.findings.length } : void 0;
}

// src/render/data-diff/summary.ts
var DEFAULT_DIFF_TITLE = "Data diff";
var NAMED_MAX = 3;
function diffSummary(report) {
  const judgement = judgementOf(report);
  if (judgement.thresholds && report.verdict !== "none") return thresholdSummary(report, judgement.models);
  const t = diffTotals(report.models);
  const ofAll = (n) => `${formatNumber(n)} of ${count(t.models, nouns.model)}`;
  const differ = (n) => n === 1 ? "differs" : "differ";
  switch (report.verdict) {
    case "fail": {
      if (t.failed === 0) return { state: "failed", detail: "the data diff failed" };
      const also = t.different > 0 ? `; ${formatNumber(t.different)} ${differ(t.different)}` : "";
      return { state: "failed", detail: `${ofAll(t.failed)} could not be diffed${also}` };
    }
    case "warn":
      return { state: "differences found", detail: `${ofAll(t.different)} ${differ(t.different)}` };
    case "pass": {
      const detail = t.models === 1 ? "the model is identical" : `all ${formatNumber(t.models)} models are identical`;
      return { state: "no differences", detail };
    }
    case "none":
      return { state: "nothing compared", detail: "the report has no models" };
  }
}
function thresholdSummary(report, models) {
  const nameOf = displayNames(report.models);
  const total = count(models.length, nouns.model);
  const failing = models.filter((m) => m.verdict === "fail");
  const warning = models.filter((m) => m.verdict === "warn");
  const named = (judged) => {
    const shown3 = judged.slice(0, NAMED_MAX).map((m) => `${nameOf(m.model)} (${m.breaches[0]?.text ?? "over a threshold"})`);
    const more = judged.length > NAMED_MAX ? ` and ${formatNumber(judged.length - NAMED_MAX)} more` : "";
    return `${shown3.join(", ")}${more}`;
  };
  if (failing.length > 0) {
    const warns = warning.length > 0 ? `; ${formatNumber(warning.length)} ${warning.length === 1 ? "warns" : "warn"}` : "";
    return { state: "failed", detail: `${formatNumber(failing.length)} of ${total} over thresholds: ${named(failing)}${warns}` };
  }
  if (warning.length > 0) {
    return { state: "warning", detail: `${formatNumber(warning.length)} of ${total} over warning thresholds: ${named(warning)}` };
  }
  const different = models.filter((m) => m.model.status === "different").length;
  const within = models.length === 1 ? "the model is within thresholds" : `all ${total} within thresholds`;
  return { state: "passed", detail: different > 0 ? `${within}; ${formatNumber(different)} ${different === 1 ? "differs" : "differ"}` : within };
}

// src/render/summary.ts
var SUMMARIES = { "quality-gate": gateSummary, "data-diff": diffSummary };
var DEFAULT_TITLES = { "quality-gate": defaultGateTitle, "data-diff": () => DEFAULT_DIFF_TITLE };
function summarize(report) {
  return byKind(SUMMARIES, report);
}
function titleOf(report, title) {
  const given = title === void 0 ? "" : collapseWhitespace(title);
  return given === "" ? byKind(DEFAULT_TITLES, report) : given;
}
function headline(title, summary) {
  return collapseWhitespace(`${title}: ${summary.state} \u2014 ${summary.detail}`);
}
function shortDescription(summary) {
  return collapseWhitespace(`${capitalize(summary.state)}: ${summary.detail}`);
}

// src/render/insight.ts
var REPORTER = "pr-insights";
var DETAILS_MAX = 2e3;
var DATA_FIELDS_MAX = 6;
var KINDS = { "quality-gate": gateInsight, "data-diff": diffInsight };
function renderInsight(report, options) {
  const kind = byKind(KINDS, report, options.link);
  const insight = {
    title: options.title,
    result: options.outcome,
    details: truncate([`${shortDescription(options.summary)}.`, ...kind.details].join("\n"), DETAILS_MAX),
    reporter: REPORTER,
    reportType: kind.reportType,
    data: kind.data.slice(0, DATA_FIELDS_MAX),
    annotations: kind.annotations
  };
  if (options.link !== void 0) insight.link = options.link;
  return insight;
}

// src/render/status.ts
var DESCRIPTION_MAX = 140;
function renderStatus(options) {
  const status = {
    key: options.reportId,
    state: options.outcome === "pass" ? "success" : "failure",
    name: options.title,
    description: truncate(shortDescription(options.summary), DESCRIPTION_MAX)
  };
  if (options.link !== void 0) status.url = options.link;
  return status;
}

// src/render/index.ts
var OWN_LINKS = {
  "quality-gate": (report) => report.dashboardUrl,
  "data-diff": (report) => report.link
};
var MIN_COMMENT_LIMIT = 1e3;
function outcomeOf(verdict, failOn) {
  switch (failOn) {
    case "never":
      return "pass";
    case "failure":
      return verdict === "fail" ? "fail" : "pass";
    case "warning":
      return verdict === "pass" ? "pass" : "fail";
  }
}
function renderDecorations(report, options) {
  const limit = options.commentLimit ?? DEFAULT_COMMENT_LIMIT;
  if (!Number.isInteger(limit) || limit < MIN_COMMENT_LIMIT) {
    throw new InputError(`comment limit must be a whole number of at least ${MIN_COMMENT_LIMIT} characters, got ${limit}`);
  }
  const title = titleOf(report, options.title);
  const summary = summarize(report);
  const outcome2 = outcomeOf(report.verdict, options.failOn);
  const link3 = httpUrl(options.link) ?? httpUrl(byKind(OWN_LINKS, report));
  const linked = link3 === void 0 ? {} : { link: link3 };
  return {
    reportId: options.reportId,
    reportKind: report.kind,
    verdict: report.verdict,
    outcome: outcome2,
    headline: headline(title, summary),
    comment: renderComment(report, {
      reportId: options.reportId,
      title,
      summary,
      limit,
      ...linked,
      ...options.commit === void 0 ? {} : { commit: options.commit }
    }),
    insight: renderInsight(report, { title, summary, outcome: outcome2, ...linked }),
    status: renderStatus({ reportId: options.reportId, title, summary, outcome: outcome2, ...link3 === void 0 && options.statusFallbackUrl !== void 0 ? { link: options.statusFallbackUrl } : linked })
  };
}

// src/reports/data-diff-verdict.ts
function judgeReport(report, thresholds) {
  if (report.kind !== "data-diff") return report;
  const judged = evaluateThresholds(report.models, thresholds);
  return { ...report, verdict: judged.verdict, judged };
}

// src/repository/format.ts
var segment = encodeURIComponent;
function formatRepository(ref) {
  switch (ref.platform) {
    case "bitbucket-cloud":
      return `${CLOUD_ORIGIN}/${segment(ref.workspace)}/${segment(ref.slug)}`;
    case "bitbucket-data-center": {
      const owner = ref.projectKey.startsWith("~") ? `users/${segment(ref.projectKey.slice(1))}` : `projects/${segment(ref.projectKey)}`;
      return `${ref.baseUrl}/${owner}/repos/${segment(ref.slug)}`;
    }
    case "github":
      return `${ref.serverUrl}/${segment(ref.owner)}/${segment(ref.repo)}`;
  }
}
function describeRepository(ref) {
  const pullRequest = ref.pullRequest === void 0 ? "" : `, pull request #${ref.pullRequest}`;
  switch (ref.platform) {
    case "bitbucket-cloud":
      return `${PLATFORM_LABEL[ref.platform]} ${ref.workspace}/${ref.slug}${pullRequest}`;
    case "bitbucket-data-center": {
      const ssh = ref.fromSsh ? " (from an SSH clone URL)" : "";
      return `${PLATFORM_LABEL[ref.platform]} ${ref.projectKey}/${ref.slug} at ${ref.baseUrl}${ssh}${pullRequest}`;
    }
    case "github": {
      const server = ref.serverUrl === GITHUB_ORIGIN ? "" : ` at ${ref.serverUrl}`;
      return `${PLATFORM_LABEL[ref.platform]} ${ref.owner}/${ref.repo}${server}${pullRequest}`;
    }
  }
}

// src/settings/action-inputs.ts
function readActionInputs(getInput) {
  const values = {};
  for (const definition of SETTINGS) {
    if (!definition.input) continue;
    const value = getInput(definition.input);
    if (value === "") continue;
    values[definition.key] = { value, origin: { source: `inputs.${definition.input}` } };
  }
  return values;
}
function inputVariable(input) {
  return `INPUT_${input.replace(/ /g, "_").toUpperCase()}`;
}

// src/settings/argv.ts
import { parseArgs } from "node:util";

// src/settings/coerce.ts
var TRUE = /* @__PURE__ */ new Set(["true", "1", "yes"]);
var FALSE = /* @__PURE__ */ new Set(["false", "0", "no"]);
function parseBoolean(text3) {
  const word = text3.trim().toLowerCase();
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  return void 0;
}
function coerce(definition, value) {
  switch (definition.kind) {
    case "boolean":
      return typeof value === "string" ? parseBoolean(value) ?? value : value;
    case "integer":
      return typeof value === "string" && /^\s*\d+\s*$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : value;
    case "list":
      if (typeof value === "string") return value.split(",").map((item) => item.trim()).filter(Boolean);
      return Array.isArray(value) ? value.map((item) => typeof item === "string" ? item.trim() : item) : value;
    case "string":
      return typeof value === "string" ? value.trim() : value;
  }
}

// src/settings/suggest.ts
function closeMatches(name, known, limit = 3) {
  const wanted = normalise2(name);
  const scored = [...known].map((candidate) => ({ candidate, distance: distance(wanted, normalise2(candidate)) })).filter(({ candidate, distance: d }) => d <= Math.max(2, Math.floor(candidate.length / 3))).sort((a, b) => a.distance - b.distance);
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}
function didYouMean(matches) {
  return matches.length ? `; did you mean ${matches.join(" or ")}?` : "";
}
function normalise2(name) {
  return name.toLowerCase().replace(/_/g, "-").replace(/^-+/, "");
}
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/settings/argv.ts
var COMMANDS = ["help", "version", "example"];
var FLAGGED = new Map(SETTINGS.filter((d) => d.flag).map((d) => [d.flag, d]));
var NOT_FLAGS = new Map(SETTINGS.filter((d) => !d.flag && d.input).map((d) => [d.input, d]));
var OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  example: { type: "boolean" },
  ...Object.fromEntries([...FLAGGED].map(([flag, d]) => [flag, { type: d.kind === "boolean" ? "boolean" : "string" }]))
};
var KNOWN_FLAGS = [...COMMANDS, ...FLAGGED.keys()].map((name) => `--${name}`);
function readArgv(argv) {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const result = { values: {}, help: false, version: false, example: false };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    else if (token.kind === "option") readOption(token.name, token.rawName, token.value, token.inlineValue === true, result);
  }
  readPositionals(positionals, result.values);
  return result;
}
function readOption(name, rawName, value, inline, result) {
  if (COMMANDS.includes(name)) {
    result[name] = true;
    return;
  }
  const definition = FLAGGED.get(name);
  if (definition) {
    result.values[definition.key] = { value: flagValue(definition, rawName, value, inline), origin: { source: rawName } };
    return;
  }
  const negated = name.startsWith("no-") ? FLAGGED.get(name.slice(3)) : void 0;
  if (negated?.kind === "boolean" && value === void 0) {
    result.values[negated.key] = { value: false, origin: { source: rawName } };
    return;
  }
  const notFlag = NOT_FLAGS.get(name);
  if (notFlag) {
    throw new InputError(
      `not accepted on the command line, where it would show in process lists and shell history; set ${notFlag.variable} in the environment (or the \`${notFlag.input}\` Action input)`,
      { source: rawName }
    );
  }
  throw new InputError(`unknown option${didYouMean(closeMatches(rawName, KNOWN_FLAGS))} (--help lists every option)`, { source: rawName });
}
function flagValue(definition, rawName, value, inline) {
  if (definition.kind === "boolean") return value === void 0 ? true : parseBoolean(value) ?? value;
  if (value === void 0 || !inline && value.startsWith("-")) {
    throw new InputError(`expects a value: ${rawName} ${definition.placeholder ?? "<value>"} (or ${rawName}=<value> for one starting with "-")`, {
      source: rawName
    });
  }
  return value;
}
function readPositionals(positionals, values) {
  const positional = SETTINGS.find((d) => d.positional);
  if (positionals.length > 1) {
    throw new InputError(`expected at most one argument, the ${positional.key} file; got ${positionals.length}`, { source: "arguments" });
  }
  const [value] = positionals;
  if (value === void 0) return;
  const flagged = values[positional.key];
  if (flagged) {
    throw new InputError(`the ${positional.key} is given twice, as ${flagged.origin.source} and as an argument; give it once`, { source: "arguments" });
  }
  values[positional.key] = { value, origin: { source: `${positional.key} argument` } };
}

// src/settings/checks.ts
function checkSettings(settings, origins) {
  const from = (key2) => origins[key2]?.source ?? displayName(definitionOf(key2));
  const name = (key2) => displayName(definitionOf(key2));
  checkCredentials(settings, from);
  checkNoSecretInText(settings, from);
  if (settings.token && (settings.username || settings.password)) {
    const basic = settings.username ? "username" : "password";
    throw new InputError(`a token and ${name(basic)} (from ${from(basic)}) are both set; authenticate one way: a token, or ${name("username")} and ${name("password")}`, {
      source: from("token")
    });
  }
  if (settings.username && !settings.password) {
    throw new InputError(`set without ${name("password")}; Basic auth needs both`, { source: from("username") });
  }
  if (settings.password && !settings.username) {
    throw new InputError(`set without ${name("username")}; Basic auth needs both`, { source: from("password") });
  }
  if (settings.issues && settings.reportType === "data-diff") {
    throw new InputError(`issues annotate a quality gate, but ${name("reportType")} is data-diff (from ${from("reportType")})`, { source: from("issues") });
  }
}
function checkCredentials(settings, from) {
  const tokens = SETTINGS.filter((d) => d.secret && d.key !== "password").map((d) => d.key);
  for (const key2 of tokens) {
    const value = settings[key2];
    if (typeof value === "string" && !/^[\x21-\x7e]+$/.test(value)) {
      throw new InputError(`contains ${characterProblem(value)}; a token is printable ASCII without spaces (check for a pasted line break or quote)`, { source: from(key2) });
    }
  }
  if (settings.username !== void 0 && /[\s\x00-\x1f\x7f:]/.test(settings.username)) {
    throw new InputError(`contains ${characterProblem(settings.username, true)}; a Basic auth user name cannot (RFC 7617)`, { source: from("username") });
  }
  if (settings.password !== void 0 && /[\x00-\x1f\x7f]/.test(settings.password)) {
    throw new InputError(`contains ${characterProblem(settings.password)}; check for a pasted line break`, { source: from("password") });
  }
}
function characterProblem(value, colon = false) {
  if (/[\r\n]/.test(value)) return "a line break";
  if (/[\x00-\x1f\x7f]/.test(value)) return "a control character";
  if (/\s/.test(value)) return "a space";
  if (colon && value.includes(":")) return "a colon";
  return "a character outside printable ASCII";
}
function checkNoSecretInText(settings, from) {
  const secrets = SETTINGS.filter((d) => d.secret).flatMap((d) => {
    const value = settings[d.key];
    return typeof value === "string" ? [{ key: d.key, redactor: new Redactor([value]) }] : [];
  });
  if (secrets.length === 0) return;
  for (const definition of SETTINGS) {
    if (definition.secret || definition.key === "username") continue;
    const value = settings[definition.key];
    const texts = typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
    const found = secrets.find((secret) => texts.some((text3) => secret.redactor.containsSecret(text3)));
    if (found) {
      throw new InputError(
        `contains the value of ${displayName(definitionOf(found.key))}, a secret; it would be published or shown where secrets are not masked. Remove it from this setting`,
        { source: from(definition.key) }
      );
    }
  }
}

// src/ci/variables.ts
function variable(env, name) {
  const value = env[name]?.trim();
  return value ? value : void 0;
}
function positiveInteger(text3) {
  const value = typeof text3 === "number" ? text3 : /^\d+$/.test(text3?.trim() ?? "") ? Number(text3) : NaN;
  return Number.isSafeInteger(value) && value > 0 ? value : void 0;
}
function withoutCredentials(url) {
  return url.replace(/^(https?:\/\/)[^/@]*@/i, "$1");
}
function compact(context) {
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value !== void 0));
}

// src/ci/bamboo.ts
var bamboo = {
  name: "bamboo",
  detect: (env) => variable(env, "bamboo_buildKey") !== void 0,
  context(env) {
    const url = variable(env, "bamboo_planRepository_repositoryUrl");
    return compact({
      system: "bamboo",
      repository: url ? withoutCredentials(url) : void 0,
      pullRequest: positiveInteger(variable(env, "bamboo_repository_pr_key")),
      commit: variable(env, "bamboo_planRepository_revision"),
      branch: variable(env, "bamboo_planRepository_branchName"),
      buildUrl: variable(env, "bamboo_resultsUrl"),
      workspaceDir: variable(env, "bamboo_build_working_directory")
    });
  }
};

// src/ci/bitbucket-pipelines.ts
var PROXY_PORT = 29418;
var bitbucketPipelines = {
  name: "bitbucket-pipelines",
  detect: (env) => variable(env, "BITBUCKET_BUILD_NUMBER") !== void 0 || variable(env, "BITBUCKET_PIPELINE_UUID") !== void 0,
  secretVariables: ["BITBUCKET_STEP_OIDC_TOKEN"],
  context(env) {
    const repository = fullName(env);
    const buildNumber = variable(env, "BITBUCKET_BUILD_NUMBER");
    const inPipe = variable(env, "BITBUCKET_PIPE_STORAGE_DIR") !== void 0 || variable(env, "BITBUCKET_PIPE_SHARED_STORAGE_DIR") !== void 0;
    return compact({
      system: "bitbucket-pipelines",
      repository,
      pullRequest: positiveInteger(variable(env, "BITBUCKET_PR_ID")),
      commit: variable(env, "BITBUCKET_COMMIT"),
      branch: variable(env, "BITBUCKET_BRANCH"),
      workspaceDir: variable(env, "BITBUCKET_CLONE_DIR"),
      buildUrl: repository && buildNumber ? `https://bitbucket.org/${repository}/pipelines/results/${buildNumber}` : void 0,
      // The auth proxy listens on the build host; a pipe's container reaches the host by name.
      // PR_INSIGHTS_PIPELINES_PROXY overrides it for runners that put it elsewhere.
      pipelinesProxy: variable(env, "PR_INSIGHTS_PIPELINES_PROXY") ?? `http://${inPipe ? "host.docker.internal" : "localhost"}:${PROXY_PORT}`
    });
  }
};
function fullName(env) {
  const full = variable(env, "BITBUCKET_REPO_FULL_NAME");
  if (full) return full;
  const workspace = variable(env, "BITBUCKET_WORKSPACE") ?? variable(env, "BITBUCKET_REPO_OWNER");
  const slug = variable(env, "BITBUCKET_REPO_SLUG");
  return workspace && slug ? `${workspace}/${slug}` : void 0;
}

// src/ci/generic.ts
var generic = {
  name: "generic",
  detect: () => true,
  context: () => ({ system: "generic" })
};

// src/ci/github-actions.ts
import { readFileSync } from "node:fs";

// src/ci/github-events.ts
function eventTarget(eventName, payload) {
  const repository = text(field(payload, "repository"), "full_name");
  const pullRequest = field(payload, "pull_request");
  if (isRecord(pullRequest)) return fromPullRequest(pullRequest, repository);
  if (eventName === "workflow_run" || isRecord(field(payload, "workflow_run"))) return fromWorkflowRun(field(payload, "workflow_run"), payload, repository);
  const issue3 = field(payload, "issue");
  if (eventName === "issue_comment" && isRecord(field(issue3, "pull_request"))) return compact({ pullRequest: number(field(issue3, "number")) });
  if (eventName?.startsWith("pull_request")) return {};
  return void 0;
}
function fromPullRequest(pr, repository) {
  const head = field(pr, "head");
  const base = text(field(field(pr, "base"), "repo"), "full_name") ?? repository;
  const fromFork = differs(text(field(head, "repo"), "full_name"), base);
  return compact({
    pullRequest: number(pr["number"]),
    commit: text(head, "sha"),
    // A fork's branch name means nothing in this repository (a branch lookup could find another PR).
    branch: fromFork ? void 0 : text(head, "ref"),
    fromFork: fromFork || void 0
  });
}
function fromWorkflowRun(run2, payload, repository) {
  const repositoryId = field(field(payload, "repository"), "id");
  const pulls = Array.isArray(field(run2, "pull_requests")) ? field(run2, "pull_requests") : [];
  const ours = pulls.find((p) => repositoryId === void 0 || field(field(field(p, "base"), "repo"), "id") === repositoryId);
  const fromFork = differs(text(field(run2, "head_repository"), "full_name"), repository);
  return compact({
    pullRequest: number(field(ours, "number")),
    commit: text(run2, "head_sha"),
    branch: fromFork ? void 0 : text(run2, "head_branch"),
    fromFork: fromFork || void 0
  });
}
function differs(head, base) {
  return head !== void 0 && base !== void 0 && head.toLowerCase() !== base.toLowerCase();
}
function field(value, name) {
  return isRecord(value) ? value[name] : void 0;
}
function text(value, name) {
  const v = field(value, name);
  return typeof v === "string" && v.trim() ? v : void 0;
}
function number(value) {
  return typeof value === "number" ? positiveInteger(value) : void 0;
}

// src/ci/github-actions.ts
var githubActions = {
  name: "github-actions",
  detect: (env) => env["GITHUB_ACTIONS"] === "true",
  secretVariables: ["GITHUB_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"],
  context(env) {
    const repository = variable(env, "GITHUB_REPOSITORY");
    const serverUrl = variable(env, "GITHUB_SERVER_URL");
    const runId = variable(env, "GITHUB_RUN_ID");
    const event = variable(env, "GITHUB_EVENT_NAME");
    const target2 = eventTarget(event, readEvent(env));
    return compact({
      system: "github-actions",
      repository,
      pullRequest: target2?.pullRequest,
      // Without a target the event is not about a pull request, and GITHUB_SHA is the build's commit.
      commit: target2 ? target2.commit : variable(env, "GITHUB_SHA"),
      branch: target2 ? target2.branch : variable(env, "GITHUB_REF_NAME"),
      workspaceDir: variable(env, "GITHUB_WORKSPACE"),
      buildUrl: serverUrl && repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : void 0,
      apiUrl: variable(env, "GITHUB_API_URL"),
      serverUrl,
      event,
      fromFork: target2?.fromFork
    });
  }
};
function readEvent(env) {
  const path2 = variable(env, "GITHUB_EVENT_PATH");
  if (!path2) return void 0;
  let text3;
  try {
    text3 = readFileSync(path2, "utf8");
  } catch (error) {
    const code = error.code ?? "unreadable";
    throw new InputError(`cannot read the GitHub event payload ${path2} (${code})`, { source: "GITHUB_EVENT_PATH", cause: error });
  }
  try {
    return JSON.parse(text3);
  } catch (error) {
    throw new InputError(`the GitHub event payload ${path2} is not valid JSON`, { source: "GITHUB_EVENT_PATH", cause: error });
  }
}

// src/ci/jenkins.ts
var PULL_REQUEST_TAIL = /\/(?:pull-requests|pull)\/\d+(?:[/?#].*)?$/;
var jenkins = {
  name: "jenkins",
  // JENKINS_URL is only set once the root URL is configured; JENKINS_HOME always is.
  detect: (env) => variable(env, "JENKINS_URL") !== void 0 || variable(env, "JENKINS_HOME") !== void 0,
  context(env) {
    return compact({
      system: "jenkins",
      repository: repositoryOf(env),
      pullRequest: positiveInteger(variable(env, "CHANGE_ID")),
      commit: variable(env, "GIT_COMMIT"),
      // In a PR build BRANCH_NAME is `PR-12`; CHANGE_BRANCH is the source branch.
      branch: variable(env, "CHANGE_BRANCH") ?? variable(env, "BRANCH_NAME"),
      buildUrl: variable(env, "BUILD_URL"),
      workspaceDir: variable(env, "WORKSPACE")
    });
  }
};
function repositoryOf(env) {
  const changeUrl = variable(env, "CHANGE_URL");
  if (changeUrl && PULL_REQUEST_TAIL.test(changeUrl)) return withoutCredentials(changeUrl.replace(PULL_REQUEST_TAIL, ""));
  const gitUrl = variable(env, "GIT_URL");
  return gitUrl ? withoutCredentials(gitUrl) : void 0;
}

// src/ci/detect.ts
var CI_SYSTEMS = [bitbucketPipelines, githubActions, jenkins, bamboo, generic];
function detectCi(env, cwd, systems = CI_SYSTEMS) {
  const system = systems.find((s) => s.detect(env)) ?? generic;
  const context = system.context(env);
  return { ...context, workspaceDir: context.workspaceDir ?? cwd };
}

// src/settings/config-file.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";

// src/reports/datafold/live/diff-config.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_DIFFS = 200;
var text2 = { type: "string", minLength: 1 };
var names = { type: "array", items: text2, minItems: 1 };
var id = { type: "integer", minimum: 1 };
var dottedPath = { type: "string", pattern: "^[^.]+(\\.[^.]+)*$" };
var ENTRY_KEYS = {
  model: text2,
  "data-source-id": id,
  "data-source1-id": id,
  "data-source2-id": id,
  table1: dottedPath,
  table2: dottedPath,
  query1: text2,
  query2: text2,
  "primary-key": names,
  filter: text2,
  filter1: text2,
  filter2: text2,
  "include-columns": names,
  "exclude-columns": names
};
var datafoldSectionSchema = {
  type: "object",
  additionalProperties: false,
  required: ["diffs"],
  properties: {
    diffs: {
      type: "array",
      minItems: 1,
      maxItems: MAX_DIFFS,
      items: { type: "object", additionalProperties: false, required: ["primary-key"], properties: ENTRY_KEYS }
    }
  }
};
var EXPECTED = {
  diffs: "expected a list of diffs, e.g. `- {model: fct_orders, data-source-id: 7, table1: PROD.FCT_ORDERS, table2: PR_42.FCT_ORDERS, primary-key: [order_id]}`",
  model: "expected the model name the diff is shown and matched by",
  "data-source-id": "expected a Datafold data source id (a whole number, from the data source's settings page)",
  "data-source1-id": "expected a Datafold data source id (a whole number)",
  "data-source2-id": "expected a Datafold data source id (a whole number)",
  table1: "expected a dotted table path, e.g. ANALYTICS.PROD.FCT_ORDERS",
  table2: "expected a dotted table path, e.g. ANALYTICS.PR_42.FCT_ORDERS",
  query1: "expected a SQL query",
  query2: "expected a SQL query",
  "primary-key": "expected a list of key columns, e.g. [order_id]",
  filter: "expected a SQL condition without WHERE, applied to both tables",
  filter1: "expected a SQL condition without WHERE",
  filter2: "expected a SQL condition without WHERE",
  "include-columns": "expected a list of column names",
  "exclude-columns": "expected a list of column names"
};
function readDatafoldSection(node, doc, at) {
  let value;
  try {
    value = (0, import_yaml2.isNode)(node) ? node.toJS(doc) : node;
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error), { source: at(start2(node)), pointer: "datafold" });
  }
  const validate = compile(datafoldSectionSchema);
  if (!validate(value)) throw schemaError(validate.errors ?? [], node, at);
  const names4 = /* @__PURE__ */ new Map();
  return value.diffs.map((entry, index) => {
    const entryNode = (0, import_yaml2.isMap)(node) ? node.getIn(["diffs", index], true) : void 0;
    const request = diffRequest(entry, index, entryNode, at);
    const earlier = names4.get(request.name);
    if (earlier) fail(`another diff (${earlier}) is already named this; set \`model:\` to tell them apart`, request.at, `${request.pointer}.model`);
    names4.set(request.name, request.pointer);
    return request;
  });
}
function diffRequest(entry, index, node, at) {
  const pointer = `datafold.diffs[${index}]`;
  const entryAt = at(start2(node));
  const keyAt = (key2) => at(start2((0, import_yaml2.isMap)(node) ? node.get(key2, true) : void 0) ?? start2(node));
  const refuse = (message, key2) => fail(message, key2 ? keyAt(key2) : entryAt, key2 ? `${pointer}.${key2}` : pointer);
  if (entry["data-source-id"] !== void 0 && (entry["data-source1-id"] !== void 0 || entry["data-source2-id"] !== void 0)) {
    refuse("set `data-source-id` (both tables in one data source) or `data-source1-id` and `data-source2-id`, not both", "data-source-id");
  }
  if (entry["data-source-id"] === void 0 && (entry["data-source1-id"] === void 0 || entry["data-source2-id"] === void 0)) {
    refuse("expected `data-source-id`, or `data-source1-id` and `data-source2-id`");
  }
  for (const side of ["1", "2"]) {
    const table = `table${side}`;
    const query = `query${side}`;
    if (entry[table] !== void 0 && entry[query] !== void 0) refuse(`set \`${table}\` or \`${query}\`, not both`, query);
    if (entry[table] === void 0 && entry[query] === void 0) refuse(`expected \`${table}\` (a dotted table path) or \`${query}\``);
  }
  if (entry.filter !== void 0 && (entry.filter1 !== void 0 || entry.filter2 !== void 0)) {
    refuse("set `filter` (both tables) or `filter1` / `filter2`, not both", "filter");
  }
  const name = entry.model ?? entry.table2;
  if (name === void 0) refuse("expected `model:` to name a diff of queries");
  const fields = [
    ["data_source1_id", entry["data-source-id"] !== void 0 ? "data-source-id" : "data-source1-id", entry["data-source-id"] ?? entry["data-source1-id"]],
    ["data_source2_id", entry["data-source-id"] !== void 0 ? "data-source-id" : "data-source2-id", entry["data-source-id"] ?? entry["data-source2-id"]],
    ["table1", "table1", entry.table1?.split(".")],
    ["table2", "table2", entry.table2?.split(".")],
    ["query1", "query1", entry.query1],
    ["query2", "query2", entry.query2],
    ["pk_columns", "primary-key", entry["primary-key"]],
    ["filter1", entry.filter !== void 0 ? "filter" : "filter1", entry.filter ?? entry.filter1],
    ["filter2", entry.filter !== void 0 ? "filter" : "filter2", entry.filter ?? entry.filter2],
    ["include_columns", "include-columns", entry["include-columns"]],
    ["exclude_columns", "exclude-columns", entry["exclude-columns"]]
  ];
  const body = {};
  const fieldAt = {};
  const fieldKey = {};
  for (const [field2, key2, value] of fields) {
    fieldKey[field2] = key2;
    if (value === void 0) continue;
    body[field2] = value;
    fieldAt[field2] = keyAt(key2);
  }
  return { name, body, pointer, at: entryAt, fieldAt, fieldKey };
}
function schemaError(errors, node, at) {
  const depth = (e) => e.instancePath.split("/").length;
  const deepest = Math.max(...errors.map(depth));
  const candidates = errors.filter((e) => depth(e) === deepest);
  const error = candidates.find((e) => e.keyword === "additionalProperties") ?? candidates[0];
  const path2 = error.instancePath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  const target2 = (0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node) ? path2.length === 0 ? node : node.getIn(path2, true) : void 0;
  const key2 = typeof path2.at(-1) === "string" ? path2.at(-1) : void 0;
  const params = error.params;
  const where2 = (extra) => pointerOf2([...path2, ...extra ? [extra] : []]);
  switch (error.keyword) {
    case "additionalProperties": {
      const unknown = String(params["additionalProperty"]);
      const keyNode = (0, import_yaml2.isMap)(target2) ? target2.items.find((item) => (0, import_yaml2.isNode)(item.key) && item.key.value === unknown)?.key : void 0;
      const known = path2.length === 0 ? "`diffs:`" : Object.keys(ENTRY_KEYS).join(", ");
      return new InputError(`unknown key; expected ${known}`, { source: at(start2(keyNode) ?? start2(target2)), pointer: where2(unknown) });
    }
    case "required": {
      const missing2 = String(params["missingProperty"]);
      return new InputError(`missing \`${missing2}\`; ${EXPECTED[missing2]}`, { source: at(start2(target2)), pointer: where2() });
    }
    case "maxItems":
      return new InputError(`expected at most ${MAX_DIFFS} diffs in one step`, { source: at(start2(target2)), pointer: where2() });
    default: {
      const expected = key2 ? EXPECTED[key2] : path2.length === 0 ? "expected `diffs:`, a list of data diffs to create" : "expected a mapping of diff settings, e.g. `{model: \u2026, table1: \u2026}`";
      return new InputError(expected, { source: at(start2(target2) ?? start2(node)), pointer: where2() });
    }
  }
}
function fail(message, source, pointer) {
  throw new InputError(message, { source, pointer });
}
function pointerOf2(path2) {
  return ["datafold", ...path2].map((p, i) => typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${p}`).join("");
}
function start2(node) {
  return (0, import_yaml2.isNode)(node) ? node.range?.[0] : void 0;
}

// src/settings/config-file.ts
var CONFIG_FILE_NAME = ".pr-insights.yml";
var CONFIG_FILE_NAMES = [CONFIG_FILE_NAME, ".pr-insights.yaml"];
var MAX_CONFIG_BYTES = 64 * 1024;
var BY_KEY2 = new Map(SETTINGS.filter((d) => d.input).map((d) => [d.input, d]));
var SECTIONS = ["thresholds", "datafold"];
var FILE_KEYS = [...SETTINGS.filter((d) => d.inConfigFile && d.input).map((d) => d.input), ...SECTIONS];
function locateConfigFile(named, cwd, workspaceDir) {
  if (named && typeof named.value === "string") {
    const path2 = resolve(cwd, named.value);
    if (!isFile(path2)) throw new InputError(`config file not found: ${displayPath(path2, cwd)}`, { source: named.origin.source });
    return { path: path2, display: displayPath(path2, cwd) };
  }
  const found = CONFIG_FILE_NAMES.map((name) => join(workspaceDir, name)).filter(isFile);
  if (found.length > 1) {
    throw new InputError(`both ${CONFIG_FILE_NAMES.join(" and ")} exist; keep one, or name it with CONFIG`, { source: displayPath(found[0], cwd) });
  }
  return found[0] === void 0 ? void 0 : { path: found[0], display: displayPath(found[0], cwd) };
}
function loadConfigFile({ path: path2, display }) {
  const text3 = readBoundedFile(path2, { setting: "CONFIG", display, what: "a YAML config file", maxBytes: MAX_CONFIG_BYTES });
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text3, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${display}:${line}:${col}`;
  };
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new InputError(yamlMessage(problem), { source: at(problem.pos[0]) });
  const values = {};
  const sections = {};
  if (doc.contents === null || (0, import_yaml3.isScalar)(doc.contents) && doc.contents.value === null) return { values, sections };
  if (!(0, import_yaml3.isMap)(doc.contents)) throw new InputError("expected settings as `key: value` lines, e.g. `fail-on: warning`", { source: at(doc.contents.range?.[0]) });
  for (const { key: key2, value } of doc.contents.items) {
    const keyAt = at((0, import_yaml3.isNode)(key2) ? key2.range?.[0] : void 0);
    if (!(0, import_yaml3.isScalar)(key2) || typeof key2.value !== "string") throw new InputError("expected a setting name as the key", { source: keyAt });
    if (key2.value === "thresholds") {
      sections.thresholds = readThresholdsSection(value, doc, at);
      continue;
    }
    if (key2.value === "datafold") {
      sections.datafoldDiffs = readDatafoldSection(value, doc, at);
      continue;
    }
    const pointer = `/${key2.value.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const definition = BY_KEY2.get(key2.value);
    if (!definition) {
      throw new InputError(`unknown setting${didYouMean(closeMatches(key2.value, FILE_KEYS))} (the keys are the Action input names)`, { source: keyAt, pointer });
    }
    if (definition.secret) {
      throw new InputError(`secrets are not read from config files, which get committed; set ${definition.variable} (a secured variable) or the \`${definition.input}\` input`, {
        source: keyAt,
        pointer
      });
    }
    if (!definition.inConfigFile) throw new InputError(`cannot be set in a config file; use ${sourcesOf(definition)}`, { source: keyAt, pointer });
    if (value === null || (0, import_yaml3.isScalar)(value) && value.value === null) continue;
    const valueAt = (0, import_yaml3.isNode)(value) ? at(value.range?.[0]) : keyAt;
    values[definition.key] = { value: toPlain(value, doc, valueAt), origin: { source: valueAt, pointer } };
  }
  return { values, sections };
}
function withConfigSections(settings, sections, thresholdsOrigin) {
  const setting = settings.thresholds === void 0 ? void 0 : parseThresholdsSetting(settings.thresholds, thresholdsOrigin?.source ?? "THRESHOLDS");
  const thresholdSet = thresholdsInForce(sections?.thresholds, setting);
  return {
    ...settings,
    ...thresholdSet && { thresholdSet },
    ...sections?.datafoldDiffs && { datafoldDiffs: sections.datafoldDiffs }
  };
}
function toPlain(value, doc, source) {
  if (!(0, import_yaml3.isNode)(value)) return value;
  try {
    return value.toJS(doc);
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error), { source });
  }
}
function yamlMessage(error) {
  return error.code === "MULTIPLE_DOCS" ? "expected one YAML document, found several" : error.message;
}
function isFile(path2) {
  try {
    return statSync(path2).isFile();
  } catch {
    return false;
  }
}
function displayPath(path2, cwd) {
  const rel = relative(cwd, path2);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path2;
}

// src/settings/environment.ts
var ENV_PREFIX = "PR_INSIGHTS_";
function readEnvironment(env) {
  const values = {};
  for (const definition of SETTINGS) {
    if (!definition.variable) continue;
    const prefixed = `${ENV_PREFIX}${definition.variable}`;
    const names4 = [prefixed, definition.variable, ...definition.variableAliases ?? []];
    const name = names4.find((n) => (env[n] ?? "") !== "");
    if (name === void 0) continue;
    values[definition.key] = {
      value: env[name],
      origin: { source: name, ...name !== prefixed ? { hint: `${prefixed}, when set, overrides ${name}` } : {} }
    };
  }
  if (values.username?.origin.source === "USERNAME" && !values.password) delete values.username;
  return values;
}

// src/settings/git.ts
import { execFileSync } from "node:child_process";
var gitHead = (dir) => {
  try {
    const sha = execFileSync("git", ["rev-parse", "--verify", "HEAD"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 1e4 }).trim();
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
};

// src/settings/help.ts
var WIDTH = 80;
var INDENT = "      ";
var COMMANDS2 = [
  ["-h, --help", "Show this help."],
  ["-v, --version", "Print the version."],
  ["--example", "Dry run on a built-in SonarQube example: no report or credentials needed."]
];
var EXAMPLES = [
  ["What it posts, on a built-in example: no server, no token", "pr-insights --example"],
  ["Render your own report, send nothing", "pr-insights --dry-run gate.json"],
  ["Publish to a Data Center pull request (TOKEN from the environment)", "pr-insights --report gate.json --repository https://git.example.com/projects/SHOP/repos/web"]
];
var EXIT_CODES = [
  [0, "published (or rendered in a dry run), and the report passes under FAIL_ON"],
  [1, "published, and the report fails under FAIL_ON"],
  [2, "bad settings or bad input: nothing was sent"],
  [3, "a server failed: the message says what was and was not published"]
];
function renderHelp() {
  const lines = [
    "Usage: pr-insights [options] [report]",
    "",
    ...wrap("Posts quality-gate (SonarQube) and data-diff (data-diff, Datafold) results to pull requests on Bitbucket Cloud, Bitbucket Data Center and GitHub: a comment, a Code Insights report, a build status.", ""),
    "",
    ...wrap(
      `Every setting comes from the first of: a flag, an Action input, an environment or pipe variable (${ENV_PREFIX}<NAME> before <NAME>), ${CONFIG_FILE_NAME} (keys are the input names), the CI's own variables, the default. Boolean flags also take --no-<flag> and --<flag>=false.`,
      ""
    ),
    "",
    "Settings:",
    ...SETTINGS.flatMap(settingLines),
    "",
    "Commands:",
    ...COMMANDS2.map(([flag, text3]) => `  ${flag.padEnd(14)}${text3}`),
    "",
    "Examples:",
    ...EXAMPLES.flatMap(([text3, command]) => [`  # ${text3}`, `  ${command}`]),
    "",
    "Exit codes:",
    ...EXIT_CODES.map(([code, text3]) => `  ${code}  ${text3}`),
    ""
  ];
  return lines.join("\n");
}
function settingLines(definition) {
  const flag = definition.flag ? `--${definition.flag}${definition.placeholder ? ` ${definition.placeholder}` : ""}${definition.positional ? `, or as the argument` : ""}` : "(no flag: environment or Action input only, so it stays out of process lists and shell history)";
  const names4 = [
    definition.variable ? [definition.variable, ...definition.variableAliases ?? []].join(" or ") : void 0,
    definition.input ? `input ${definition.input}` : void 0,
    definition.flag && !definition.variable && !definition.input ? "flag only" : void 0
  ].filter(Boolean);
  const byDefault = defaultAsText(definition) ?? definition.defaultText;
  return [
    `  ${flag}`,
    `${INDENT}${names4.join(" | ")}`,
    ...wrap(plainText(definition.description), INDENT),
    ...byDefault ? wrap(`Default: ${plainText(byDefault)}.`, INDENT) : []
  ];
}
function wrap(text3, indent) {
  const lines = [];
  let line = "";
  for (const word of text3.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

// src/settings/schema.ts
var settingsSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "pr-insights settings",
  type: "object",
  additionalProperties: false,
  required: SETTINGS.filter((d) => d.default !== void 0).map((d) => d.key),
  properties: Object.fromEntries(
    SETTINGS.map((d) => [
      d.key,
      { description: d.description, ...d.schema, ...d.default !== void 0 ? { default: structuredClone(d.default) } : {} }
    ])
  )
};
var ECHO_LIMIT = 60;
function validateSettings(values, origins, redact = (text3) => text3) {
  const validate = compile(settingsSchema);
  if (validate(values)) return values;
  const firstErrorByKey = /* @__PURE__ */ new Map();
  for (const error of validate.errors ?? []) {
    const key2 = error.instancePath.split("/")[1];
    if (key2 && !firstErrorByKey.has(key2)) firstErrorByKey.set(key2, error);
  }
  const order = (key2) => SETTINGS.findIndex((d) => d.key === key2);
  const problems = [...firstErrorByKey].sort(([a], [b]) => order(a) - order(b)).map(([key2, error]) => {
    const definition = definitionOf(key2);
    const origin = origins[key2] ?? { source: key2 };
    return { origin, message: problemText(definition, error, values[key2], origin, redact) };
  });
  const [first2, ...rest] = problems;
  if (!first2) throw new InputError(`invalid settings: ${redact(JSON.stringify(validate.errors))}`);
  const more = rest.map((p) => `
${where(p.origin)}: ${p.message}`).join("");
  throw new InputError(first2.message + more, { source: first2.origin.source, ...first2.origin.pointer ? { pointer: first2.origin.pointer } : {} });
}
function where(origin) {
  return origin.pointer ? `${origin.source} at ${origin.pointer}` : origin.source;
}
function problemText(definition, error, value, origin, redact) {
  const expected = definition.expected ?? expectedByKind(definition) ?? describe2(error);
  const got = definition.secret ? "" : ` (got ${shown2(value, redact)})`;
  return `${expected}${got}${origin.hint ? `; ${origin.hint}` : ""}`;
}
function expectedByKind(definition) {
  return definition.kind === "boolean" ? "expected true or false (also yes/no, 1/0)" : void 0;
}
function describe2(error) {
  const params = error.params;
  switch (error.keyword) {
    case "enum":
      return `expected one of ${params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `expected ${params["type"] === "string" ? "text" : String(params["type"])}`;
    case "minLength":
      return "expected a non-empty value";
    default:
      return `expected a value that ${error.message ?? "matches the settings schema"}`;
  }
}
function shown2(value, redact) {
  const raw = Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : String(JSON.stringify(value));
  const text3 = redact(raw);
  return JSON.stringify(text3.length > ECHO_LIMIT ? `${text3.slice(0, ECHO_LIMIT)}\u2026` : text3);
}

// src/settings/load.ts
var CI_DEFAULTS = ["repository", "pullRequest", "commit"];
function loadSettings(input) {
  const argv = readArgv(input.argv);
  if (argv.help || argv.version) {
    const settings2 = validateSettings(valuesOf(defaults()), {});
    const ci2 = { system: "generic", workspaceDir: input.cwd };
    return { settings: settings2, ci: ci2, origins: {}, ...argv.help ? { help: renderHelp() } : { version: true } };
  }
  const ci = detectCi(input.env, input.cwd);
  const workspaceDir = ci.workspaceDir ?? input.cwd;
  const explicit = [argv.values, input.getInput ? readActionInputs(input.getInput) : {}, readEnvironment(input.env)];
  const configFile = locateConfigFile(first(explicit, "config"), input.cwd, workspaceDir);
  const config = configFile ? loadConfigFile(configFile) : void 0;
  const layers = [...explicit, config?.values ?? {}, ciDefaults(ci), defaults()];
  const picked = {};
  for (const { key: key2 } of SETTINGS) {
    const raw = first(layers, key2);
    if (raw) picked[key2] = raw;
  }
  if (configFile && !picked.config) picked.config = { value: configFile.path, origin: { source: "workspace" } };
  if (!picked.commit) {
    const sha = (input.gitHead ?? gitHead)(workspaceDir);
    if (sha) picked.commit = { value: sha, origin: { source: "git rev-parse HEAD" } };
  }
  const origins = Object.fromEntries(entries(picked).map(([key2, raw]) => [key2, raw.origin]));
  const redactor = new Redactor(secretValues(layers));
  const settings = validateSettings(valuesOf(picked), origins, (text3) => redactor.redact(text3));
  checkSettings(settings, origins);
  return {
    settings: withConfigSections(settings, config?.sections, origins.thresholds),
    ci,
    origins: Object.fromEntries(entries(picked).map(([key2, raw]) => [key2, raw.origin.source])),
    ...argv.example ? { example: true } : {}
  };
}
function first(layers, key2) {
  for (const layer of layers) {
    const raw = layer[key2];
    if (raw) return raw;
  }
  return void 0;
}
function ciDefaults(ci) {
  const values = {};
  for (const key2 of CI_DEFAULTS) {
    if (ci[key2] !== void 0) values[key2] = { value: ci[key2], origin: { source: `ci:${ci.system}` } };
  }
  return values;
}
function defaults() {
  const values = {};
  for (const definition of SETTINGS) {
    if (definition.default !== void 0) values[definition.key] = { value: structuredClone(definition.default), origin: { source: "default" } };
  }
  return values;
}
function valuesOf(raw) {
  return Object.fromEntries(entries(raw).map(([key2, { value }]) => [key2, coerce(definitionOf(key2), value)]));
}
function secretValues(layers) {
  const secrets = SETTINGS.filter((d) => d.secret);
  const values = layers.flatMap((layer) => secrets.map((d) => layer[d.key]?.value)).filter((v) => typeof v === "string");
  return values.flatMap((v) => [v, v.trim()]);
}
function entries(raw) {
  return Object.entries(raw);
}

// src/settings/secrets.ts
function secretVariableNames() {
  const fromSettings = SETTINGS.filter((d) => d.secret).flatMap((d) => [
    ...d.variable ? [d.variable, `${ENV_PREFIX}${d.variable}`] : [],
    ...d.input ? [inputVariable(d.input)] : []
  ]);
  return [...fromSettings, ...CI_SYSTEMS.flatMap((s) => s.secretVariables ?? [])];
}
function secretValues2(settings) {
  return SETTINGS.filter((d) => d.secret).map((d) => settings[d.key]).filter((v) => typeof v === "string" && v !== "");
}

// src/reports/datafold/live/api.ts
var ANSWERED = [200, 201, 401, 403, 404, 422];
function datafoldApi(http) {
  async function call(request, what) {
    try {
      return await http.request({ ...request, expect: ANSWERED });
    } catch (error) {
      if (error instanceof HttpClientError) throw new ServerError(`Datafold: could not ${what}: ${error.message}; nothing was published`, { cause: error });
      throw error;
    }
  }
  return {
    async create(request) {
      const what = `create the diff of ${request.name}`;
      const { status, body } = await call({ method: "POST", url: "api/v1/datadiffs", body: request.body, idempotent: false }, what);
      if (status === 422) throw refusedCreate(request, body);
      refuseAccess(status, body, what);
      return idOf(body, what);
    },
    async status(id2, origin) {
      const what = `read data diff ${id2}`;
      const { status, body } = await call({ method: "GET", url: `api/v1/datadiffs/${id2}` }, what);
      if (status === 404) {
        throw new InputError(`Datafold has no data diff ${id2}, or this API key cannot see it (404${detailOf(body)})`, { source: origin });
      }
      refuseAccess(status, body, what);
      return diffStatus(body, id2, what);
    },
    async summaryResults(id2) {
      const what = `read the results of data diff ${id2}`;
      const { status, body } = await call({ method: "GET", url: `api/v1/datadiffs/${id2}/summary_results` }, what);
      refuseAccess(status, body, what);
      if (!isRecord(body) || typeof body["status"] !== "string") throw unexpected(what, "an object with a status");
      return body;
    }
  };
}
function refuseAccess(status, body, what) {
  if (status === 401) {
    throw new ServerError(
      `Datafold refused DATAFOLD_API_KEY (401${detailOf(body)}): the key is missing, mistyped or revoked. Create an API key in Datafold (Settings \u2192 Account) and set it as DATAFOLD_API_KEY, from a secured variable; nothing was published`
    );
  }
  if (status === 403) {
    throw new ServerError(
      `Datafold: DATAFOLD_API_KEY may not ${what} (403${detailOf(body)}): its user has no access to the diff's data sources. Use the key of a user who can read them; nothing was published`
    );
  }
  if (status !== 200 && status !== 201) throw new ServerError(`Datafold: could not ${what}: ${status}${detailOf(body)}; nothing was published`);
}
function refusedCreate(request, body) {
  const items = isRecord(body) && Array.isArray(body["detail"]) ? body["detail"].filter(isRecord) : [];
  const described = items.map((item) => {
    const loc = Array.isArray(item["loc"]) ? item["loc"].map(String) : [];
    const field2 = loc[0] === "body" ? loc[1] : loc[0];
    const key2 = field2 === void 0 ? void 0 : request.fieldKey[field2];
    const rest = loc.slice(loc[0] === "body" ? 2 : 1);
    return {
      source: (field2 && request.fieldAt[field2]) ?? request.at,
      pointer: key2 ? `${request.pointer}.${key2}${rest.map((r) => /^\d+$/.test(r) ? `[${r}]` : `.${r}`).join("")}` : request.pointer,
      text: `${typeof item["msg"] === "string" ? item["msg"] : "refused"}${key2 ? "" : loc.length > 0 ? ` (${loc.join(".")})` : ""}`
    };
  });
  const [first2, ...others] = described;
  if (!first2) return new InputError(`Datafold refused to create the diff of ${request.name} (422${detailOf(body)})`, { source: request.at, pointer: request.pointer });
  const more = others.map((o) => `; also ${o.pointer}: ${o.text}`).join("");
  return new InputError(`Datafold refused to create the diff of ${request.name} (422): ${first2.text}${more}`, { source: first2.source, pointer: first2.pointer });
}
function idOf(body, what) {
  const id2 = isRecord(body) ? body["id"] : void 0;
  if (typeof id2 !== "number" || !Number.isInteger(id2)) throw unexpected(what, "the new diff with its id");
  return id2;
}
function diffStatus(body, id2, what) {
  if (!isRecord(body) || typeof body["status"] !== "string") throw unexpected(what, "the diff with its status");
  return { id: id2, status: body["status"], table1: path(body["table1"]), table2: path(body["table2"]), pkColumns: path(body["pk_columns"]) };
}
function path(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : void 0;
}
function unexpected(what, expected) {
  return new ServerError(`Datafold: could not ${what}: the answer is not ${expected}; nothing was published`);
}
function detailOf(body) {
  const detail = isRecord(body) ? body["detail"] : void 0;
  return typeof detail === "string" && detail.trim() !== "" ? `: ${detail.trim().slice(0, 200)}` : "";
}

// src/reports/data-diff/derive.ts
function matchPercent(rows2) {
  if (rows2.unchanged === void 0 || rows2.base === void 0 || rows2.head === void 0) return void 0;
  return percentOf(rows2.unchanged, Math.max(rows2.base, rows2.head));
}
function percentOf(part, whole) {
  if (!(whole > 0)) return void 0;
  return Math.min(100, Math.max(0, part / whole * 100));
}
function diffStatus2(rows2, schema3) {
  const rowChanges = rows2 ? rows2.added + rows2.removed + rows2.changed : 0;
  const schemaChanges5 = schema3 ? schema3.added.length + schema3.removed.length + schema3.typeChanged.length : 0;
  return rowChanges + schemaChanges5 > 0 ? "different" : "identical";
}
function tablePath(path2) {
  return path2.length > 0 ? path2.join(".") : void 0;
}

// src/reports/data-diff/json-value.ts
function claimedByAnotherFormat(value) {
  return "kind" in value || "projectStatus" in value;
}

// src/reports/datafold/summary-results-schema.ts
var count2 = { type: "integer", minimum: 0 };
var countPair = { type: "array", prefixItems: [count2, count2], minItems: 2, items: false };
var names2 = { type: "array", items: { type: "string" } };
var FINISHED_STATUSES = ["success", "done"];
var finishedSchema = {
  type: "object",
  required: ["status", "pks", "values"],
  properties: {
    status: { enum: FINISHED_STATUSES },
    pks: {
      type: "object",
      required: ["total_rows", "exclusives"],
      properties: {
        total_rows: countPair,
        nulls: countPair,
        dupes: countPair,
        exclusives: countPair,
        distincts: countPair
      }
    },
    values: {
      type: "object",
      required: ["rows_with_differences"],
      properties: {
        total_rows: count2,
        rows_with_differences: count2,
        columns_diff_stats: {
          type: "array",
          items: {
            type: "object",
            required: ["column_name", "match"],
            properties: {
              column_name: { type: "string" },
              match: { type: "number", minimum: 0, maximum: 100 },
              values_different: count2
            }
          }
        }
      }
    },
    // Cross-database diffs have no schema section; older bodies have one with counts only.
    schema: {
      type: "object",
      properties: {
        column_type_differs: names2,
        exclusive_columns: { type: "array", items: names2, maxItems: 2 }
      }
    }
  }
};
var failedSchema = {
  type: "object",
  required: ["status"],
  properties: {
    status: { const: "failed" },
    error: {
      type: "object",
      properties: { error_type: { type: "string" }, error_value: { type: ["string", "null"] } }
    }
  }
};

// src/reports/datafold/summary-results.ts
var DATAFOLD_TOOL = "Datafold";
var DATAFOLD_MODEL_NAME = "Datafold data diff";
var IN_FLIGHT = ["running", "pending", "waiting", "queued", "processing"];
function isInFlight(status) {
  return typeof status === "string" && IN_FLIGHT.includes(status);
}
var datafoldSummary = {
  name: "datafold-summary",
  kind: "data-diff",
  sniff: sniff2,
  parse: parse2
};
function sniff2(source) {
  const json = source.json;
  if (!isRecord(json) || claimedByAnotherFormat(json) || "model" in json) return false;
  const status = json["status"];
  if (typeof status !== "string") return false;
  if (isInFlight(status)) return true;
  if (status === "failed") return isRecord(json["error"]);
  return FINISHED_STATUSES.includes(status) && isRecord(json["pks"]);
}
function parse2(source) {
  const json = source.json;
  if (!isRecord(json)) {
    throw new InputError("expected the JSON object returned by Datafold GET /api/v1/datadiffs/{id}/summary_results", {
      source: source.path,
      pointer: "/"
    });
  }
  const status = json["status"];
  if (isInFlight(status)) {
    throw new InputError(
      `the Datafold diff has not finished (status "${String(status)}"); poll summary_results until its status is "done" or "success", then pass that body`,
      { source: source.path, pointer: "/status" }
    );
  }
  const model2 = modelOfSummary(json, source.path);
  return { kind: "data-diff", format: datafoldSummary.name, tool: DATAFOLD_TOOL, verdict: dataDiffVerdict([model2]), models: [model2] };
}
function modelOfSummary(json, source) {
  if (json["status"] === "failed") return failedModel(validateOrThrow(failedSchema, json, source));
  const model2 = finishedModel(validateOrThrow(finishedSchema, json, source));
  const dependencies = downstream(json["dependencies"]);
  return dependencies.length > 0 ? { ...model2, dependencies } : model2;
}
function downstream(raw) {
  const nameOf = (item) => {
    if (typeof item === "string") return item;
    if (!isRecord(item)) return void 0;
    if (typeof item["name"] === "string") return item["name"];
    const path2 = item["path"];
    return Array.isArray(path2) && path2.every((p) => typeof p === "string") ? path2.join(".") : void 0;
  };
  const entries2 = Array.isArray(raw) ? raw.map((item) => [isRecord(item) ? item["item_type"] : void 0, item]) : isRecord(raw) && isRecord(raw["deps"]) ? Object.entries(raw["deps"]).flatMap(([kind, items]) => Array.isArray(items) ? items.map((item) => [kind, item]) : []) : [];
  return entries2.flatMap(([kind, item]) => {
    const name = nameOf(item);
    return name === void 0 ? [] : [{ kind: typeof kind === "string" ? kind : "asset", name }];
  });
}
function failedModel(raw) {
  const type = raw.error?.error_type;
  const value = raw.error?.error_value ?? void 0;
  const error = type && value ? `${type}: ${value}` : type ?? value ?? "Datafold reported the diff as failed without details";
  return { name: DATAFOLD_MODEL_NAME, status: "failed", error };
}
function finishedModel(raw) {
  const [baseRows, headRows] = raw.pks.total_rows;
  const [removed, added] = raw.pks.exclusives;
  const changed = raw.values.rows_with_differences;
  const rows2 = {
    base: baseRows,
    head: headRows,
    added,
    removed,
    changed,
    // Duplicate keys can make the formula negative; a count of rows cannot be.
    unchanged: Math.max(0, baseRows - changed - removed)
  };
  const schema3 = raw.schema ? schemaChanges2(raw.schema) : void 0;
  const match = matchPercent(rows2);
  const primaryKeyIssues = {
    ...raw.pks.nulls && { nulls: raw.pks.nulls },
    ...raw.pks.dupes && { duplicates: raw.pks.dupes }
  };
  return {
    name: DATAFOLD_MODEL_NAME,
    status: diffStatus2(rows2, schema3),
    rows: rows2,
    ...match !== void 0 && { matchPercent: match },
    ...raw.values.columns_diff_stats && { columns: differingColumns(raw.values.columns_diff_stats) },
    ...schema3 && { schema: schema3 },
    ...Object.keys(primaryKeyIssues).length > 0 && { primaryKeyIssues }
  };
}
function differingColumns(stats) {
  return stats.filter((column2) => column2.match !== 100).map((column2) => ({
    name: column2.column_name,
    ...column2.values_different !== void 0 && { differing: column2.values_different },
    percentDiffering: roundPercent(100 - column2.match)
  }));
}
function roundPercent(value) {
  return Math.round(value * 1e6) / 1e6;
}
function schemaChanges2(schema3) {
  if (!schema3.exclusive_columns && !schema3.column_type_differs) return void 0;
  return {
    added: [...schema3.exclusive_columns?.[1] ?? []],
    removed: [...schema3.exclusive_columns?.[0] ?? []],
    typeChanged: [...schema3.column_type_differs ?? []]
  };
}

// src/reports/datafold/live/poll.ts
async function pollUntilEnded(items, ask, options) {
  const answers = items.map(() => void 0);
  if (items.length === 0) return answers;
  const started = options.now();
  let interval = options.firstIntervalMs;
  for (; ; ) {
    const running = items.flatMap((item, i) => answers[i] === void 0 ? [i] : []);
    await mapLimit(running, options.concurrency, async (i) => {
      answers[i] = await ask(items[i]);
    });
    const finished = answers.filter((a) => a !== void 0).length;
    options.progress?.(finished, items.length, options.now() - started);
    if (finished === items.length) return answers;
    const left = options.deadline - options.now();
    if (left <= 0) return answers;
    await options.sleep(Math.min(interval, left));
    interval = Math.min(interval * 2, options.maxIntervalMs);
  }
}

// src/reports/datafold/live/read.ts
var DATAFOLD_LIVE_FORMAT = "datafold-live";
var CREATE_CONCURRENCY = 8;
var POLL_PACE = { firstIntervalMs: 500, maxIntervalMs: 2e4, concurrency: 8 };
async function readDatafoldLive(options) {
  const { api, log } = options;
  const tracked = options.existing.map((id2) => ({ id: id2, name: void 0, status: void 0, existing: true }));
  if (options.dryRun) {
    for (const request of options.create) log.info(`dry run: would create a Datafold diff for ${request.name} (${describe3(request)})`);
  } else if (options.create.length > 0) {
    const ids = await mapLimit(options.create, CREATE_CONCURRENCY, (request) => api.create(request));
    log.info(`Datafold: created ${ids.length === 1 ? "diff" : "diffs"} ${ids.join(", ")}`);
    options.create.forEach((request, i) => tracked.push({ id: ids[i], name: request.name, status: void 0, existing: false }));
  }
  const models = await pollUntilEnded(
    tracked,
    async (diff) => {
      diff.status = await api.status(diff.id, diff.existing ? "DATAFOLD_DIFF_IDS" : "datafold: diffs");
      diff.name ??= diff.status.table2?.join(".") ?? `Datafold diff ${diff.id}`;
      return ended(diff, options);
    },
    { ...options.poll, ...options.progress && { progress: options.progress } }
  );
  const running = tracked.filter((_, i) => models[i] === void 0);
  if (running.length > 0) {
    const list2 = running.map((d) => `${d.name ?? "diff"} (diff ${d.id}, ${d.status?.status ?? "not answered"})`).join(", ");
    throw new ServerError(
      `Datafold diffs still running after WAIT_TIMEOUT (${options.waitSeconds} s): ${list2}; nothing was published. Raise WAIT_TIMEOUT, or read them once they finish with DATAFOLD_DIFF_IDS=${tracked.map((d) => d.id).join(",")}`
    );
  }
  const done = models;
  const report = { kind: "data-diff", format: DATAFOLD_LIVE_FORMAT, tool: DATAFOLD_TOOL, verdict: dataDiffVerdict(done), models: done };
  return done.length === 1 && done[0].link !== void 0 ? { ...report, link: done[0].link } : report;
}
async function ended(diff, options) {
  const status = diff.status;
  const link3 = `${options.host}/datadiffs/${diff.id}/overview`;
  const about = {
    name: diff.name,
    ...status.table1 && { base: status.table1.join(".") },
    ...status.table2 && { head: status.table2.join(".") },
    ...status.pkColumns && status.pkColumns.length > 0 && { primaryKey: status.pkColumns },
    link: link3
  };
  const failed2 = (error) => ({ ...about, status: "failed", error });
  switch (status.status) {
    case "done":
    case "failed": {
      const summary = await options.api.summaryResults(diff.id);
      if (isInFlight(summary["status"])) return status.status === "failed" ? failed2("Datafold reported the diff as failed without details") : void 0;
      const { name: _name, ...model2 } = modelOfSummary(summary, `Datafold summary_results of diff ${diff.id}`);
      return { ...model2, ...about };
    }
    case "cancelled":
      return failed2(`the diff was cancelled in Datafold; ${diff.existing ? "create it again, then update DATAFOLD_DIFF_IDS" : "re-run this step to create it again"}`);
    case "needs_confirmation":
      return failed2(`the diff waits for someone to confirm it in Datafold: open ${link3} and confirm it, then re-run this step`);
    case "needs_authentication":
      return failed2("Datafold needs credentials for the diff's data source: sign in to the data source in Datafold, then re-run this step");
    default:
      return void 0;
  }
}
function describe3(request) {
  const side = (table) => table ? table.join(".") : "query";
  return `${side(request.body.table1)} \u2192 ${side(request.body.table2)}`;
}

// src/reports/sonarqube/live/progress.ts
var PROGRESS_EVERY_MS = 15e3;
function waitProgress(log, frontEnd2, title) {
  let last;
  let grouped2 = false;
  return {
    update(status, elapsedMs) {
      if (last && last.status === status && elapsedMs - last.at < PROGRESS_EVERY_MS) return;
      if (!grouped2 && frontEnd2 === "action") {
        log.info(`::group::${title}`);
        grouped2 = true;
      }
      log.info(`${title}: ${status}, ${Math.round(elapsedMs / 1e3)} s`);
      last = { status, at: elapsedMs };
    },
    end() {
      if (grouped2) log.info("::endgroup::");
      grouped2 = false;
    }
  };
}

// src/sources/datafold.ts
var datafoldSource = {
  name: "datafold",
  wants: (settings) => settings.report === void 0 && (settings.datafoldDiffIds !== void 0 || settings.datafoldDiffs !== void 0),
  async load(settings, context) {
    if (settings.datafoldApiKey === void 0) {
      throw new InputError("missing; reading data diffs from Datafold needs an API key: set DATAFOLD_API_KEY (a secured variable) or the `datafold-api-key` input", {
        source: "DATAFOLD_API_KEY"
      });
    }
    const host = settings.datafoldHost.replace(/\/+$/, "");
    const started = Date.now();
    const waitMs = settings.waitTimeout * 1e3;
    const http = createHttpClient({
      baseUrl: `${host}/`,
      auth: { kind: "token", scheme: "Key", token: settings.datafoldApiKey },
      redactor: context.redactor,
      env: context.env,
      ...settings.caFile !== void 0 && { caFile: settings.caFile },
      logger: (line) => context.log.debug(line),
      // The wait, and the network's own allowance for the last round.
      deadline: started + waitMs + settings.timeout * 1e3
    });
    const total = (settings.datafoldDiffIds?.length ?? 0) + (settings.dryRun ? 0 : settings.datafoldDiffs?.length ?? 0);
    const progress = waitProgress(context.log, context.frontEnd, `Datafold: waiting for ${total === 1 ? "1 data diff" : `${total} data diffs`}`);
    try {
      return await readDatafoldLive({
        api: datafoldApi(http),
        host,
        existing: (settings.datafoldDiffIds ?? []).map(Number),
        create: settings.datafoldDiffs ?? [],
        dryRun: settings.dryRun,
        waitSeconds: settings.waitTimeout,
        poll: {
          ...POLL_PACE,
          deadline: started + waitMs,
          sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
          now: Date.now
        },
        log: context.log,
        progress: (finished, all, elapsedMs) => progress.update(`${finished} of ${all} finished`, elapsedMs)
      });
    } finally {
      progress.end();
    }
  }
};

// src/examples/sonarqube.ts
var EXAMPLE_REPORT_PATH = "(built-in example: SonarQube quality gate)";
var EXAMPLE_PROJECT_STATUS = JSON.stringify({
  projectStatus: {
    status: "ERROR",
    ignoredConditions: false,
    caycStatus: "compliant",
    conditions: [
      { status: "OK", metricKey: "new_reliability_rating", comparator: "GT", errorThreshold: "1", actualValue: "1" },
      { status: "ERROR", metricKey: "new_security_rating", comparator: "GT", errorThreshold: "1", actualValue: "3" },
      { status: "OK", metricKey: "new_maintainability_rating", comparator: "GT", errorThreshold: "1", actualValue: "1" },
      { status: "ERROR", metricKey: "new_coverage", comparator: "LT", errorThreshold: "80", actualValue: "71.28205128205128" },
      { status: "OK", metricKey: "new_duplicated_lines_density", comparator: "GT", errorThreshold: "3", actualValue: "1.2" },
      { status: "OK", metricKey: "new_security_hotspots_reviewed", comparator: "LT", errorThreshold: "100", actualValue: "100.0" }
    ]
  }
});
var EXAMPLE_ISSUES_PATH = "(built-in example: SonarQube issues)";
var issue = (key2, path2, line, rule2, message, quality, severity) => ({
  key: key2,
  rule: rule2,
  component: `acme:checkout-service:${path2}`,
  project: "acme:checkout-service",
  line,
  textRange: { startLine: line, endLine: line, startOffset: 0, endOffset: 20 },
  message,
  impacts: [{ softwareQuality: quality, severity }],
  issueStatus: "OPEN",
  tags: []
});
var EXAMPLE_ISSUES = JSON.stringify({
  paging: { pageIndex: 1, pageSize: 100, total: 4 },
  issues: [
    issue("AZ1-example-0001", "src/payments/refund.ts", 42, "typescript:S2068", "Review this potentially hard-coded password.", "SECURITY", "HIGH"),
    issue("AZ1-example-0002", "src/payments/refund.ts", 88, "typescript:S4423", "Use a stronger TLS protocol version.", "SECURITY", "MEDIUM"),
    issue("AZ1-example-0003", "src/cart/total.ts", 17, "typescript:S1854", 'Remove this useless assignment to variable "discount".', "MAINTAINABILITY", "LOW"),
    issue("AZ1-example-0004", "src/cart/total.ts", 63, "typescript:S3776", "Refactor this function to reduce its Cognitive Complexity from 21 to the 15 allowed.", "MAINTAINABILITY", "HIGH")
  ],
  components: [
    { key: "acme:checkout-service:src/payments/refund.ts", qualifier: "FIL", path: "src/payments/refund.ts" },
    { key: "acme:checkout-service:src/cart/total.ts", qualifier: "FIL", path: "src/cart/total.ts" }
  ]
});
var EXAMPLE_REPORT_TASK = [
  "projectKey=acme:checkout-service",
  "serverUrl=https://sonarqube.example.com",
  "serverVersion=10.6.0.92116",
  "dashboardUrl=https://sonarqube.example.com/dashboard?id=acme%3Acheckout-service&pullRequest=128",
  "ceTaskId=AYhSC2-example",
  "ceTaskUrl=https://sonarqube.example.com/api/ce/task?id=AYhSC2-example",
  ""
].join("\n");

// src/reports/data-diff/dbt-schema.ts
var tablePath2 = { type: "array", items: { type: "string" } };
var names3 = { type: "array", items: { type: "string" } };
var count3 = { type: "integer", minimum: 0 };
var pair = {
  type: "object",
  required: ["dataset1", "dataset2"],
  properties: { dataset1: count3, dataset2: count3 }
};
var row = {
  type: "object",
  additionalProperties: {
    type: "object",
    properties: { isPK: { type: "boolean" }, isDiff: { type: "boolean" } }
  }
};
var jsonDiffSchema = {
  type: "object",
  required: ["version", "status", "result", "model", "dataset1", "dataset2"],
  properties: {
    version: { const: "1.1.0" },
    status: { const: "success" },
    result: { enum: ["different", "identical"] },
    model: { type: "string", minLength: 1 },
    dataset1: tablePath2,
    dataset2: tablePath2,
    rows: {
      type: ["object", "null"],
      required: ["exclusive", "diff"],
      properties: {
        exclusive: {
          type: "object",
          required: ["dataset1", "dataset2"],
          properties: { dataset1: { type: "array", items: row }, dataset2: { type: "array", items: row } }
        },
        diff: { type: "array", items: row }
      }
    },
    summary: {
      type: ["object", "null"],
      required: ["rows", "stats"],
      properties: {
        rows: {
          type: "object",
          required: ["total", "exclusive", "updated", "unchanged"],
          properties: { total: pair, exclusive: pair, updated: count3, unchanged: { type: "integer" } }
        },
        stats: {
          type: "object",
          required: ["diffCounts"],
          properties: { diffCounts: { type: "object", additionalProperties: count3 } }
        }
      }
    },
    columns: {
      type: ["object", "null"],
      required: ["primaryKey", "exclusive", "typeChanged"],
      properties: {
        primaryKey: names3,
        exclusive: {
          type: "object",
          required: ["dataset1", "dataset2"],
          properties: { dataset1: names3, dataset2: names3 }
        },
        typeChanged: names3
      }
    }
  }
};
var failedDiffSchema = {
  type: "object",
  required: ["version", "status", "model", "dataset1", "dataset2", "error"],
  properties: {
    version: { const: "1.0.0" },
    status: { const: "failed" },
    model: { type: "string", minLength: 1 },
    dataset1: tablePath2,
    dataset2: tablePath2,
    error: { type: "string" }
  }
};

// src/reports/data-diff/json-scanner.ts
var NUMBER = {
  minus: { zero: "zero", digit: "integer" },
  zero: { dot: "dot", e: "exponentMark" },
  integer: { zero: "integer", digit: "integer", dot: "dot", e: "exponentMark" },
  dot: { zero: "fraction", digit: "fraction" },
  fraction: { zero: "fraction", digit: "fraction", e: "exponentMark" },
  exponentMark: { sign: "exponentSign", zero: "exponent", digit: "exponent" },
  exponentSign: { zero: "exponent", digit: "exponent" },
  exponent: { zero: "exponent", digit: "exponent" }
};
var NUMBER_MAY_END = /* @__PURE__ */ new Set(["zero", "integer", "fraction", "exponent"]);
var LITERALS = ["true", "false", "null"];
var WHITESPACE = " 	\n\r";
var ESCAPED = '"\\/bfnrtu';
var HEX = /^[0-9a-fA-F]$/;
function numberChar(c) {
  if (c === "0") return "zero";
  if (c >= "1" && c <= "9") return "digit";
  if (c === ".") return "dot";
  if (c === "e" || c === "E") return "e";
  if (c === "+" || c === "-") return "sign";
  return void 0;
}
var JsonScanner = class {
  closers = [];
  expect = "value";
  string;
  number;
  literal;
  fed = 0;
  /** Reads `piece`; call again with the next piece while, and only while, the result is `incomplete`. */
  feed(piece) {
    for (let i = 0; i < piece.length; i += 1) {
      const result = this.step(piece.charAt(i), this.fed + i);
      if (result) return result;
    }
    this.fed += piece.length;
    return { state: "incomplete" };
  }
  step(c, at) {
    if (this.string) return this.inString(this.string, c, at);
    if (this.literal) return this.inLiteral(this.literal, c, at);
    if (this.number) {
      const kind = numberChar(c);
      const next = kind && NUMBER[this.number][kind];
      if (next) {
        this.number = next;
        return void 0;
      }
      if (!NUMBER_MAY_END.has(this.number)) return broken(at, "a digit");
      this.number = void 0;
      this.expect = "commaOrClose";
    }
    return this.between(c, at);
  }
  between(c, at) {
    if (WHITESPACE.includes(c)) return void 0;
    const closer = this.closers.at(-1);
    switch (this.expect) {
      case "value":
        return this.startValue(c, at);
      case "valueOrClose":
        return c === "]" ? this.close(at) : this.startValue(c, at);
      case "keyOrClose":
        if (c === "}") return this.close(at);
        return this.startKey(c, at, 'a quoted field name or "}"');
      case "key":
        return this.startKey(c, at, "a quoted field name");
      case "colon":
        if (c !== ":") return broken(at, '":"');
        this.expect = "value";
        return void 0;
      case "commaOrClose":
        if (c === closer) return this.close(at);
        if (c !== ",") return broken(at, `"," or "${closer}"`);
        this.expect = closer === "}" ? "key" : "value";
        return void 0;
    }
  }
  startValue(c, at) {
    if (c === "{" || c === "[") {
      this.closers.push(c === "{" ? "}" : "]");
      this.expect = c === "{" ? "keyOrClose" : "valueOrClose";
      return void 0;
    }
    if (this.closers.length === 0) return broken(at, '"{" or "["');
    if (c === '"') {
      this.string = { isKey: false, escape: "none" };
      return void 0;
    }
    if (c === "-" || numberChar(c) === "zero" || numberChar(c) === "digit") {
      this.number = c === "-" ? "minus" : c === "0" ? "zero" : "integer";
      return void 0;
    }
    const word = LITERALS.find((w) => w.startsWith(c));
    if (!word) return broken(at, "a value");
    this.literal = { word, next: 1 };
    return void 0;
  }
  startKey(c, at, expected) {
    if (c !== '"') return broken(at, expected);
    this.string = { isKey: true, escape: "none" };
    return void 0;
  }
  close(at) {
    this.closers.pop();
    if (this.closers.length === 0) return { state: "complete", end: at + 1 };
    this.expect = "commaOrClose";
    return void 0;
  }
  inString(string, c, at) {
    if (string.escape === "backslash") {
      if (!ESCAPED.includes(c)) return broken(at, "an escape such as \\n or \\u00e9");
      string.escape = c === "u" ? 4 : "none";
    } else if (typeof string.escape === "number") {
      if (!HEX.test(c)) return broken(at, "a hexadecimal digit");
      string.escape = string.escape === 1 ? "none" : string.escape - 1;
    } else if (c === "\\") {
      string.escape = "backslash";
    } else if (c === '"') {
      this.string = void 0;
      this.expect = string.isKey ? "colon" : "commaOrClose";
    } else if (c.charCodeAt(0) < 32) {
      return broken(at, "a closing quote");
    }
    return void 0;
  }
  inLiteral(literal, c, at) {
    if (c !== literal.word.charAt(literal.next)) return broken(at, `"${literal.word}"`);
    literal.next += 1;
    if (literal.next === literal.word.length) {
      this.literal = void 0;
      this.expect = "commaOrClose";
    }
    return void 0;
  }
};
function broken(at, expected) {
  return { state: "broken", at, expected };
}

// src/reports/data-diff/json-lines.ts
var objectLine = (line) => line.startsWith("{");
var rowLine = (line) => /^\[\s*"/.test(line);
var ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]/g;
function lineAt(text3, start3, number2) {
  const end = text3.indexOf("\n", start3);
  const raw = text3.slice(start3, end === -1 ? text3.length : end);
  return { number: number2, text: raw.replace(ANSI_ESCAPE, "").replace(/\r$/, ""), next: end === -1 ? text3.length + 1 : end + 1 };
}
function lineAfter(text3, line) {
  return line.next <= text3.length ? lineAt(text3, line.next, line.number + 1) : void 0;
}
function* jsonValues(text3, claims) {
  let line = lineAt(text3, 0, 1);
  while (line) {
    const trimmed = line.text.trim();
    let resume = lineAfter(text3, line);
    if (claims(trimmed)) {
      const single = tryParse(trimmed);
      if (single.ok) {
        yield { line: line.number, value: single.value };
      } else {
        const spread = readSpread(text3, line);
        yield spread.entry;
        resume = spread.resume;
      }
    }
    line = resume;
  }
}
function tryParse(text3) {
  try {
    return { ok: true, value: JSON.parse(text3) };
  } catch {
    return { ok: false };
  }
}
function readSpread(text3, first2) {
  const scanner = new JsonScanner();
  const pieces = [];
  let fed = 0;
  let lastWritten = { line: first2.number, column: 1 };
  const errorAt = (at, expected) => {
    const piece = pieces.findLast((p) => p.offset <= at) ?? pieces[0];
    return { line: first2.number, error: { line: piece.line.number, column: at - piece.offset + piece.indent + 1, expected } };
  };
  for (let line = first2; line; line = lineAfter(text3, line)) {
    const piece = line === first2 ? line.text.trimStart() : line.text;
    pieces.push({ line, text: piece, offset: fed, indent: line.text.length - piece.length });
    const result = scanner.feed(piece);
    if (result.state === "complete") {
      const rest = piece.slice(result.end - fed);
      const next = lineAfter(text3, line);
      if (rest.trim() !== "") return { entry: errorAt(result.end + rest.length - rest.trimStart().length, "the end of the line"), resume: next };
      return { entry: { line: first2.number, value: JSON.parse(pieces.map((p) => p.text).join("")) }, resume: next };
    }
    if (result.state === "broken") {
      return { entry: errorAt(result.at, result.expected), resume: line === first2 ? lineAfter(text3, line) : line };
    }
    fed += piece.length;
    if (piece.trim() !== "") lastWritten = { line: line.number, column: line.text.trimEnd().length + 1 };
  }
  return { entry: { line: first2.number, error: lastWritten }, resume: void 0 };
}
function firstJsonValue(text3) {
  for (const entry of jsonValues(text3, (line) => objectLine(line) || rowLine(line))) {
    if (!entry.error) return entry.value;
  }
  return void 0;
}
function syntaxError(path2, what, entry) {
  const { line, column: column2, expected } = entry.error;
  const value = line === entry.line ? `the ${what} on this line` : `the ${what} that starts on line ${entry.line}`;
  const reason = expected === void 0 ? "the text ends inside it (was the output cut off?)" : `expected ${expected}`;
  return new InputError(`${value} is not valid JSON: ${reason}`, { source: path2, pointer: `line ${line}, column ${column2}` });
}

// src/reports/data-diff/names.ts
var DATA_DIFF_TOOL = "data-diff";
var PLAIN_DIFF_MODEL_NAME = "table A \u2194 table B";

// src/reports/data-diff/dbt.ts
var dataDiffDbt = {
  name: "data-diff-dbt",
  kind: "data-diff",
  sniff: sniff3,
  parse: parse3
};
function sniff3(source) {
  return looksLikeModelDiff(isRecord(source.json) ? source.json : firstJsonValue(source.text));
}
function looksLikeModelDiff(value) {
  return isRecord(value) && !claimedByAnotherFormat(value) && typeof value["model"] === "string" && Array.isArray(value["dataset1"]);
}
function parse3(source) {
  const models = Array.from(modelObjects(source), ({ value, at }) => toModel(value, source.path, at));
  return { kind: "data-diff", format: dataDiffDbt.name, tool: DATA_DIFF_TOOL, verdict: dataDiffVerdict(models), models };
}
function* modelObjects(source) {
  if (isRecord(source.json) && source.text.trim().includes("\n")) {
    yield { value: source.json, at: "" };
    return;
  }
  for (const entry of jsonValues(source.text, objectLine)) {
    if (entry.error) throw syntaxError(source.path, "data-diff JSON object", entry);
    yield { value: entry.value, at: `line ${entry.line}` };
  }
}
function toModel(value, path2, at) {
  if (isRecord(value) && value["status"] === "failed") {
    return failedModel2(validateOrThrow(failedDiffSchema, value, path2, at));
  }
  return successModel(validateOrThrow(jsonDiffSchema, value, path2, at));
}
function failedModel2(raw) {
  return { name: raw.model, status: "failed", ...tables(raw), error: raw.error };
}
function successModel(raw) {
  const summary = raw.summary ?? void 0;
  const rowsDiff = raw.rows ?? void 0;
  const rows2 = summary ? countsFromSummary(summary) : rowsDiff ? countsFromRows(rowsDiff) : void 0;
  const columns = summary ? columnsFromSummary(summary) : rowsDiff ? columnsFromRows(rowsDiff) : void 0;
  const schema3 = raw.columns ? schemaChanges3(raw.columns) : void 0;
  const match = rows2 ? matchPercent(rows2) : void 0;
  return {
    name: raw.model,
    status: raw.result,
    ...tables(raw),
    ...raw.columns && raw.columns.primaryKey.length > 0 && { primaryKey: [...raw.columns.primaryKey] },
    ...rows2 && { rows: rows2 },
    ...match !== void 0 && { matchPercent: match },
    ...columns && { columns },
    ...schema3 && { schema: schema3 }
  };
}
function tables(raw) {
  const base = tablePath(raw.dataset1);
  const head = tablePath(raw.dataset2);
  return { ...base !== void 0 && { base }, ...head !== void 0 && { head } };
}
function countsFromSummary({ rows: rows2 }) {
  return {
    base: rows2.total.dataset1,
    head: rows2.total.dataset2,
    added: rows2.exclusive.dataset2,
    removed: rows2.exclusive.dataset1,
    changed: rows2.updated,
    unchanged: rows2.unchanged
  };
}
function countsFromRows(rows2) {
  return { added: rows2.exclusive.dataset2.length, removed: rows2.exclusive.dataset1.length, changed: rows2.diff.length };
}
function columnsFromSummary({ rows: rows2, stats }) {
  const compared = rows2.updated + rows2.unchanged;
  return Object.entries(stats.diffCounts).filter(([, differing]) => differing > 0).map(([name, differing]) => {
    const percent2 = percentOf(differing, compared);
    return { name, differing, ...percent2 !== void 0 && { percentDiffering: percent2 } };
  });
}
function columnsFromRows(rows2) {
  const differing = /* @__PURE__ */ new Map();
  for (const row2 of rows2.diff) {
    for (const [column2, cell] of Object.entries(row2)) {
      if (cell.isDiff === true && cell.isPK !== true) differing.set(column2, (differing.get(column2) ?? 0) + 1);
    }
  }
  return Array.from(differing, ([name, count6]) => ({ name, differing: count6 }));
}
function schemaChanges3(columns) {
  return {
    added: [...columns.exclusive.dataset2],
    removed: [...columns.exclusive.dataset1],
    typeChanged: [...columns.typeChanged]
  };
}

// src/reports/data-diff/row-tally.ts
var REMOVED = 1;
var ADDED = 2;
var RowTally = class {
  seen = /* @__PURE__ */ new Map();
  /** `key` is the row's key value as data-diff printed it (usually a string). */
  add(sign, key2) {
    const id2 = JSON.stringify(key2) ?? "undefined";
    this.seen.set(id2, (this.seen.get(id2) ?? 0) | (sign === "-" ? REMOVED : ADDED));
  }
  counts() {
    const counts = { added: 0, removed: 0, changed: 0 };
    for (const signs of this.seen.values()) {
      if (signs === (REMOVED | ADDED)) counts.changed += 1;
      else if (signs === REMOVED) counts.removed += 1;
      else counts.added += 1;
    }
    return counts;
  }
};

// src/reports/data-diff/rows.ts
var dataDiffRows = {
  name: "data-diff-rows",
  kind: "data-diff",
  sniff: sniff4,
  parse: parse4
};
var rowLineSchema = {
  type: "array",
  minItems: 2,
  prefixItems: [{ enum: ["-", "+"] }, { type: "array", minItems: 1 }],
  items: false
};
function sniff4(source) {
  if (source.json !== void 0 && !Array.isArray(source.json)) return false;
  const first2 = Array.isArray(source.json) ? source.json : firstJsonValue(source.text);
  return Array.isArray(first2) && (first2[0] === "-" || first2[0] === "+") && Array.isArray(first2[1]);
}
function parse4(source) {
  if (isRecord(source.json)) {
    throw new InputError('expected JSON Lines of ["-" or "+", [values\u2026]] as printed by `data-diff \u2026 --json`, found one JSON object', {
      source: source.path
    });
  }
  const tally = new RowTally();
  for (const entry of jsonValues(source.text, rowLine)) {
    if (entry.error) throw syntaxError(source.path, 'data-diff row ["-" or "+", [values\u2026]]', entry);
    const at = `line ${entry.line}`;
    const [sign, values] = validateOrThrow(rowLineSchema, entry.value, source.path, at);
    tally.add(sign, values[0]);
  }
  const rows2 = tally.counts();
  const model2 = { name: PLAIN_DIFF_MODEL_NAME, status: diffStatus2(rows2), rows: rows2 };
  return { kind: "data-diff", format: dataDiffRows.name, tool: DATA_DIFF_TOOL, verdict: dataDiffVerdict([model2]), models: [model2] };
}

// src/reports/data-diff/joindiff-columns.ts
var ALIAS_SUFFIX = "_a";
function joindiffColumns(diffCounts, updated, exclusive) {
  if (updated === 0) return [];
  const entries2 = Object.entries(diffCounts);
  const [key2, ...compared] = entries2;
  if (key2 === void 0 || key2[1] > exclusive || !entries2.every(([alias]) => alias.endsWith(ALIAS_SUFFIX))) return void 0;
  const oneSided = key2[1];
  const differing = compared.filter(([, count6]) => count6 > oneSided).map(([alias]) => ({ name: alias.slice(0, -ALIAS_SUFFIX.length) }));
  return differing.length > 0 ? differing : void 0;
}

// src/reports/data-diff/stats-schema.ts
var count4 = { type: "integer", minimum: 0 };
var perColumn = { type: "object", additionalProperties: count4 };
var statsSchema = {
  type: "object",
  required: ["rows_A", "rows_B", "exclusive_A", "exclusive_B", "updated", "unchanged"],
  properties: {
    rows_A: count4,
    rows_B: count4,
    exclusive_A: count4,
    exclusive_B: count4,
    updated: count4,
    // rows_A − exclusive_A − updated: duplicate keys can drive it below zero.
    unchanged: { type: "integer" },
    total: count4,
    values: perColumn,
    stats: {
      type: "object",
      properties: { diff_counts: perColumn }
    }
  }
};

// src/reports/data-diff/stats.ts
var dataDiffStats = {
  name: "data-diff-stats",
  kind: "data-diff",
  sniff: sniff5,
  parse: parse5
};
var STATS_OBJECT = "stats object printed by `data-diff \u2026 --stats --json`";
var STATS_START = /^\{"rows_A": /m;
function sniff5(source) {
  const value = source.json === void 0 ? firstJsonValue(source.text) : source.json;
  if (value === void 0) return STATS_START.test(source.text);
  return isRecord(value) && !claimedByAnotherFormat(value) && "rows_A" in value && "rows_B" in value;
}
function parse5(source) {
  const { value, at } = statsObject(source);
  const raw = validateOrThrow(statsSchema, value, source.path, at);
  const rows2 = {
    base: raw.rows_A,
    head: raw.rows_B,
    added: raw.exclusive_B,
    removed: raw.exclusive_A,
    changed: raw.updated,
    unchanged: raw.unchanged
  };
  const match = matchPercent(rows2);
  const columns = differingColumns2(raw);
  const model2 = {
    name: PLAIN_DIFF_MODEL_NAME,
    status: diffStatus2(rows2),
    rows: rows2,
    ...match !== void 0 && { matchPercent: match },
    ...columns && { columns }
  };
  return { kind: "data-diff", format: dataDiffStats.name, tool: DATA_DIFF_TOOL, verdict: dataDiffVerdict([model2]), models: [model2] };
}
function statsObject(source) {
  if (source.json !== void 0) return { value: source.json, at: "" };
  let found;
  for (const entry of jsonValues(source.text, objectLine)) {
    if (entry.error) throw syntaxError(source.path, STATS_OBJECT, entry);
    if (found) {
      throw new InputError(`expected one ${STATS_OBJECT}; this line starts a second JSON object`, {
        source: source.path,
        pointer: `line ${entry.line}`
      });
    }
    found = { value: entry.value, at: `line ${entry.line}` };
  }
  if (!found) throw new InputError(`expected one ${STATS_OBJECT}`, { source: source.path });
  return found;
}
function differingColumns2(raw) {
  if (raw.values && Object.keys(raw.values).length > 0) {
    const compared = raw.updated + Math.max(0, raw.unchanged);
    return Object.entries(raw.values).filter(([, differing]) => differing > 0).map(([name, differing]) => {
      const percent2 = percentOf(differing, compared);
      return { name, differing, ...percent2 !== void 0 && { percentDiffering: percent2 } };
    });
  }
  const counts = raw.stats?.diff_counts;
  return counts && joindiffColumns(counts, raw.updated, raw.exclusive_A + raw.exclusive_B);
}

// src/reports/generic-data-diff/schema.ts
var count5 = (description) => ({ type: "integer", minimum: 0, description });
var columnNames = (description) => ({
  type: "array",
  items: { type: "string", minLength: 1 },
  description
});
var link = (description) => ({ type: "string", format: "uri", pattern: "^https?://", description });
var rows = {
  type: "object",
  description: "Row counts. Base is the production (before) table, head the PR (after) table.",
  additionalProperties: false,
  required: ["added", "removed", "changed"],
  properties: {
    base: count5("Rows in the base table."),
    head: count5("Rows in the head table."),
    added: count5("Rows only in head (by primary key)."),
    removed: count5("Rows only in base (by primary key)."),
    changed: count5("Rows in both tables with at least one different value."),
    unchanged: count5("Rows in both tables with identical values. With base and head it gives the match percent.")
  }
};
var column = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: { type: "string", minLength: 1, description: "Column name." },
    differing: count5("Number of differing values in this column."),
    percentDiffering: {
      type: "number",
      minimum: 0,
      maximum: 100,
      description: "Percent (0\u2013100) of compared values that differ in this column."
    }
  }
};
var schemaChanges4 = {
  type: "object",
  description: "Column changes from base to head.",
  additionalProperties: false,
  properties: {
    added: columnNames("Columns only in head."),
    removed: columnNames("Columns only in base."),
    typeChanged: columnNames("Columns whose data type differs.")
  }
};
var model = {
  type: "object",
  description: "One compared table: a dbt model, or a table pair.",
  additionalProperties: false,
  required: ["name", "status"],
  properties: {
    name: { type: "string", minLength: 1, description: "Model or table name, e.g. a dbt unique id." },
    status: {
      enum: ["identical", "different", "failed"],
      description: '"failed": the tool could not diff this model (give `error`).'
    },
    base: { type: "string", minLength: 1, description: 'Base (production) table, e.g. "analytics.prod.orders".' },
    head: { type: "string", minLength: 1, description: 'Head (PR) table, e.g. "analytics.pr_42.orders".' },
    primaryKey: columnNames("Key columns the rows were matched on."),
    rows,
    columns: {
      type: "array",
      description: "Columns with differing values (columns without differences may be left out).",
      items: column
    },
    schema: schemaChanges4,
    error: { type: "string", minLength: 1, description: 'Why the diff failed; required when status is "failed".' },
    url: link("Link to this model's diff in the tool.")
  },
  if: { required: ["status"], properties: { status: { const: "failed" } } },
  // strictRequired wants a required field declared beside it; `true` adds no constraint.
  then: { required: ["error"], properties: { error: true } }
};
var schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "pr-insights generic data diff",
  description: "Data-diff results from any tool, for pr-insights to post on a pull request.",
  type: "object",
  additionalProperties: false,
  required: ["kind", "version", "tool", "models"],
  properties: {
    $schema: { type: "string", description: "Optional URL of this schema, for editor completion and validation." },
    kind: { const: "data-diff", description: "Identifies the file as a generic data diff." },
    version: { const: 1, description: "Version of this format; only 1 exists." },
    tool: { type: "string", minLength: 1, description: 'Tool shown to the reader, e.g. "reladiff".' },
    url: link("Link to the whole run in the tool."),
    models: { type: "array", description: "Compared models, in the order to show them.", items: model }
  }
};

// src/reports/generic-data-diff/generic-data-diff.ts
var genericDataDiff = {
  name: "generic-data-diff",
  kind: "data-diff",
  sniff: sniff6,
  parse: parse6
};
function sniff6(source) {
  return isRecord(source.json) && source.json["kind"] === "data-diff";
}
function parse6(source) {
  if (source.json === void 0) {
    throw new InputError("expected one JSON object in the generic data-diff format (docs/generic-data-diff.md)", { source: source.path });
  }
  const raw = validateOrThrow(schema, source.json, source.path);
  const models = raw.models.map(toModel2);
  return {
    kind: "data-diff",
    format: genericDataDiff.name,
    tool: raw.tool,
    verdict: dataDiffVerdict(models),
    models,
    ...raw.url !== void 0 && { link: raw.url }
  };
}
function toModel2(raw) {
  const rows2 = raw.rows && { ...raw.rows };
  const match = rows2 && matchPercent(rows2);
  return {
    name: raw.name,
    status: raw.status,
    ...raw.base !== void 0 && { base: raw.base },
    ...raw.head !== void 0 && { head: raw.head },
    ...raw.primaryKey && { primaryKey: [...raw.primaryKey] },
    ...rows2 && { rows: rows2 },
    ...match !== void 0 && { matchPercent: match },
    ...raw.columns && { columns: raw.columns.map((column2) => ({ ...column2 })) },
    ...raw.schema && {
      schema: { added: [...raw.schema.added ?? []], removed: [...raw.schema.removed ?? []], typeChanged: [...raw.schema.typeChanged ?? []] }
    },
    ...raw.error !== void 0 && { error: raw.error },
    ...raw.url !== void 0 && { link: raw.url }
  };
}

// src/reports/generic-quality-gate/schema.ts
var numberOrString = {
  type: ["number", "string"]
};
var schema2 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "pr-insights generic quality gate",
  description: "A quality-gate result from any tool, for pr-insights to post to a pull request: the overall status, the conditions that were checked, and optional findings to annotate.",
  type: "object",
  required: ["kind", "version", "tool", "status"],
  additionalProperties: false,
  properties: {
    $schema: {
      description: "Optional URL of this schema, for editor completion and validation.",
      type: "string"
    },
    kind: {
      description: "Identifies the file as a generic quality gate.",
      const: "quality-gate"
    },
    version: {
      description: "Version of this format.",
      const: 1
    },
    tool: {
      description: 'Name of the tool that produced the result, shown to the reader, e.g. "Coverage check".',
      type: "string",
      minLength: 1
    },
    status: {
      description: 'The overall result. "none": there was nothing to judge (no gate configured).',
      enum: ["passed", "warning", "failed", "none"]
    },
    url: {
      description: "Link to the full result in the tool's UI.",
      type: "string",
      format: "uri",
      pattern: "^https?://"
    },
    project: {
      description: "Project key or name in the tool.",
      type: "string",
      minLength: 1
    },
    conditions: {
      description: "The checks of the gate, in the order to show them.",
      type: "array",
      items: { $ref: "#/$defs/condition" }
    },
    findings: {
      description: "Issues to annotate on the changed files.",
      type: "array",
      items: { $ref: "#/$defs/finding" }
    }
  },
  $defs: {
    condition: {
      description: "One check: a metric compared with a threshold.",
      type: "object",
      required: ["metric", "status"],
      additionalProperties: false,
      dependentRequired: { threshold: ["comparator"] },
      properties: {
        metric: {
          description: 'Metric key, e.g. "new_coverage". SonarQube metric keys get their SonarQube name and type.',
          type: "string",
          minLength: 1
        },
        name: {
          description: "Display name; defaults to the SonarQube name of the metric or the key made readable.",
          type: "string",
          minLength: 1
        },
        type: {
          description: "How the values are displayed; guessed from the metric key and values when absent.",
          enum: ["PERCENT", "RATING", "INT", "FLOAT", "WORK_DUR", "MILLISEC", "LEVEL", "SEVERITY", "STRING"]
        },
        status: {
          description: "Result of this check.",
          enum: ["passed", "warning", "failed"]
        },
        comparator: {
          description: "The check fails when `actual <comparator> threshold`: GT fails above, LT below, EQ when equal, NE when different. Required with a threshold.",
          enum: ["GT", "LT", "EQ", "NE"]
        },
        threshold: {
          description: "The limit the actual value is compared with.",
          ...numberOrString
        },
        actual: {
          description: "The measured value; omit it when there is none.",
          ...numberOrString
        },
        newCode: {
          description: 'Whether the check is on new code only; defaults to true for metric keys starting with "new_".',
          type: "boolean"
        }
      }
    },
    finding: {
      description: "One issue to annotate.",
      type: "object",
      required: ["id", "message", "severity"],
      additionalProperties: false,
      dependentRequired: { line: ["path"] },
      properties: {
        id: {
          description: "Stable id, unique in the file (the same issue keeps its id from one run to the next).",
          type: "string",
          minLength: 1
        },
        path: {
          description: "File path relative to the repository root; omit it for a project-level finding.",
          type: "string",
          minLength: 1
        },
        line: {
          description: "1-based line; omit it for a file-level finding.",
          type: "integer",
          minimum: 1,
          // Platforms store lines as 32-bit integers; a larger one is refused here, not sent.
          maximum: 2147483647
        },
        message: {
          description: "What is wrong, in plain text.",
          type: "string",
          minLength: 1
        },
        severity: {
          description: "How serious the finding is.",
          enum: ["critical", "high", "medium", "low", "info"]
        },
        type: {
          description: "Kind of finding; defaults to CODE_SMELL.",
          enum: ["BUG", "VULNERABILITY", "CODE_SMELL"]
        },
        rule: {
          description: 'Rule or check id, e.g. "java:S1144".',
          type: "string",
          minLength: 1
        },
        link: {
          description: "Link to the finding in the tool's UI.",
          type: "string",
          format: "uri",
          pattern: "^https?://"
        }
      }
    }
  }
};

// src/reports/generic-quality-gate/index.ts
var VERDICTS2 = { passed: "pass", warning: "warn", failed: "fail", none: "none" };
var CONDITION_STATUSES = {
  passed: "OK",
  warning: "WARN",
  failed: "ERROR"
};
var genericQualityGate = {
  name: "generic-quality-gate",
  kind: "quality-gate",
  sniff: sniff7,
  parse: parse7
};
function sniff7(source) {
  const json = source.json;
  return typeof json === "object" && json !== null && !Array.isArray(json) && json.kind === "quality-gate";
}
function parse7(source) {
  if (source.json === void 0) {
    throw new InputError("expected a JSON object in the generic quality-gate format", { source: source.path });
  }
  const gate = validateOrThrow(schema2, source.json, source.path);
  const findings = gate.findings ?? [];
  rejectDuplicateIds(findings, source.path);
  return {
    kind: "quality-gate",
    format: genericQualityGate.name,
    tool: gate.tool,
    verdict: VERDICTS2[gate.status],
    status: gate.status,
    ...gate.project !== void 0 && { projectKey: gate.project },
    ...gate.url !== void 0 && { dashboardUrl: gate.url },
    conditions: (gate.conditions ?? []).map(toCondition2),
    ignoredConditions: false,
    findings: findings.map(toFinding)
  };
}
function toCondition2(c) {
  const threshold = c.threshold === void 0 ? void 0 : String(c.threshold);
  const actual = c.actual === void 0 ? void 0 : String(c.actual);
  const known = metricInfo(c.metric, [threshold, actual]);
  return {
    metricKey: c.metric,
    metricName: c.name ?? known.name,
    metricType: c.type ?? known.type,
    status: CONDITION_STATUSES[c.status],
    // The schema demands a comparator with every threshold; without a threshold it has nothing to
    // compare, and GT is what SonarQube sends for its threshold-less conditions too.
    comparator: c.comparator ?? "GT",
    ...threshold !== void 0 && { threshold },
    ...actual !== void 0 && { actual },
    onNewCode: c.newCode ?? isNewCodeMetric(c.metric)
  };
}
function toFinding(f) {
  const path2 = f.path?.replace(/^(\.\/)+/, "");
  return {
    id: f.id,
    ...path2 !== void 0 && { path: path2 },
    ...f.line !== void 0 && { line: f.line },
    message: f.message,
    severity: f.severity,
    type: f.type ?? "CODE_SMELL",
    ...f.rule !== void 0 && { rule: f.rule },
    ...f.link !== void 0 && { link: f.link }
  };
}
function rejectDuplicateIds(findings, path2) {
  const first2 = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    const earlier = first2.get(f.id);
    if (earlier !== void 0) {
      throw new InputError(`expected a unique id; ${JSON.stringify(f.id)} is also used at /findings/${earlier}/id`, {
        source: path2,
        pointer: `/findings/${i}/id`
      });
    }
    first2.set(f.id, i);
  });
}

// src/reports/formats.ts
var REPORT_FORMATS = [
  sonarqubeProjectStatus,
  genericQualityGate,
  dataDiffDbt,
  dataDiffStats,
  dataDiffRows,
  datafoldSummary,
  genericDataDiff
];

// src/core/json.ts
function findDuplicateKey(text3) {
  const stack = [];
  const childPath = () => {
    const top = stack.at(-1);
    if (!top) return "";
    return top.kind === "array" ? `${top.path}/${top.index}` : `${top.path}/${escapePointer2(top.key ?? "")}`;
  };
  for (let i = 0; i < text3.length; i++) {
    const c = text3[i];
    switch (c) {
      case "{":
        stack.push({ kind: "object", path: childPath(), keys: /* @__PURE__ */ new Set(), key: void 0, expectKey: true });
        break;
      case "[":
        stack.push({ kind: "array", path: childPath(), index: 0 });
        break;
      case "}":
      case "]":
        stack.pop();
        break;
      case ",": {
        const top = stack.at(-1);
        if (top?.kind === "array") top.index++;
        else if (top) top.expectKey = true;
        break;
      }
      case '"': {
        const end = stringEnd(text3, i);
        const top = stack.at(-1);
        if (top?.kind === "object" && top.expectKey) {
          const key2 = JSON.parse(text3.slice(i, end + 1));
          if (top.keys.has(key2)) return `${top.path}/${escapePointer2(key2)}`;
          top.keys.add(key2);
          top.key = key2;
          top.expectKey = false;
        }
        i = end;
        break;
      }
      default:
        break;
    }
  }
  return void 0;
}
function stringEnd(text3, start3) {
  let i = start3 + 1;
  for (; ; ) {
    const quote2 = text3.indexOf('"', i);
    if (quote2 < 0) return text3.length - 1;
    let backslashes = 0;
    for (let j = quote2 - 1; text3[j] === "\\"; j--) backslashes++;
    if (backslashes % 2 === 0) return quote2;
    i = quote2 + 1;
  }
}
function escapePointer2(segment2) {
  return segment2.replace(/~/g, "~0").replace(/\//g, "~1");
}

// src/reports/near-misses.ts
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var ACCESS_DENIED = /privilege|permission|authenticat|authori[sz]|forbidden|token|log ?in/i;
var QUOTE_MAX = 200;
var NEAR_MISSES = [
  {
    matches: (s) => isObject3(s.json) && isObject3(s.json["task"]) && "status" in s.json["task"],
    advice: () => "this is a SonarQube Compute Engine task (api/ce/task), not a quality gate; once its status is SUCCESS, pass the gate from api/qualitygates/project_status?analysisId=<task.analysisId> as REPORT"
  },
  {
    matches: (s) => isObject3(s.json) && Array.isArray(s.json["issues"]) && !("kind" in s.json),
    advice: () => "this is SonarQube issues search output (api/issues/search); pass it as ISSUES for annotations, and the gate (api/qualitygates/project_status) as REPORT"
  },
  {
    matches: (s) => s.json === void 0 && /^(ceTaskId|dashboardUrl|serverUrl)=/m.test(s.text),
    advice: () => "this is the SonarQube scanner's report-task.txt; pass the gate from api/qualitygates/project_status as REPORT (report-task.txt beside it is read automatically for the dashboard link)"
  },
  {
    // SonarQube answers a refused request with {"errors":[{"msg":…}]} (input-formats.md §1.2); `curl -o` saves it all the same.
    matches: (s) => isObject3(s.json) && Array.isArray(s.json["errors"]) && !("projectStatus" in s.json),
    advice: (s) => {
      const message = errorMessages(s.json.errors);
      const quoted = message === "" ? "" : `: "${message}"`;
      const next = ACCESS_DENIED.test(message) ? "check the token (it must be valid and allowed to browse the project)" : "the request that saved it failed: fix what it says";
      return `this is a SonarQube error response, not a quality gate${quoted}; ${next}, then save api/qualitygates/project_status again`;
    }
  },
  {
    matches: (s) => s.json === void 0 && /^\s*(<!doctype html|<html|<head|<body)/i.test(s.text),
    advice: (s) => /login|log in|sign in|password/i.test(s.text) ? "this is an HTML login page, not a report: the request that saved it was not signed in; check the token it sent, and that the URL is an API endpoint (api/\u2026), not a page of the web UI" : "this is an HTML page, not a report: the server answered with a web page where JSON was expected; check the URL (an API endpoint, api/\u2026) and the token"
  }
];
function nearMissAdvice(source) {
  return NEAR_MISSES.find((n) => n.matches(source))?.advice(source);
}
function errorMessages(errors) {
  const messages = errors.map((e) => isObject3(e) && typeof e["msg"] === "string" ? e["msg"].replace(/\s+/g, " ").trim() : "").filter((m) => m !== "");
  const joined = messages.join("; ");
  return joined.length > QUOTE_MAX ? `${joined.slice(0, QUOTE_MAX - 1)}\u2026` : joined;
}

// src/reports/read.ts
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
async function readDocument(path2, resolvedPath, setting = "REPORT") {
  const text3 = readBoundedFile(resolvedPath, { setting, display: path2, what: "a report", maxBytes: MAX_REPORT_BYTES });
  if (text3.trim() === "") throw new InputError("file is empty; expected a report", { source: path2 });
  const json = parseWholeJson(text3);
  const duplicate = json === void 0 ? void 0 : findDuplicateKey(text3);
  if (duplicate !== void 0) {
    throw new InputError("the same key appears twice in one object; JSON readers disagree on which value counts, so the report is refused", {
      source: path2,
      pointer: duplicate
    });
  }
  return { path: path2, text: text3, json };
}
function parseWholeJson(text3) {
  try {
    return JSON.parse(text3);
  } catch {
    return void 0;
  }
}
function jsonErrorPosition(text3) {
  try {
    JSON.parse(text3);
    return { line: 1, column: 1, message: "valid JSON" };
  } catch (error) {
    const message = error.message;
    const match = /position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : text3.length;
    const before = text3.slice(0, offset);
    const line = before.split("\n").length;
    const column2 = offset - before.lastIndexOf("\n");
    return { line, column: column2, message: message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "") };
  }
}
function detectFormat(source, formats, kind) {
  const candidates = kind ? formats.filter((f) => f.kind === kind) : formats;
  const match = candidates.find((f) => f.sniff(source));
  if (match) return match;
  const accepted = candidates.map((f) => f.name).join(", ");
  const advice = nearMissAdvice(source);
  if (advice !== void 0) throw new InputError(advice, { source: source.path });
  const mayBeJsonLines = candidates.some((f) => f.kind === "data-diff") && /\n[[{]/.test(source.text);
  if (source.json === void 0 && /^\s*[[{]/.test(source.text) && !mayBeJsonLines) {
    const at = jsonErrorPosition(source.text);
    throw new InputError(`invalid JSON at line ${at.line}, column ${at.column} (${at.message}); expected one of: ${accepted}`, {
      source: source.path
    });
  }
  const what = kind ? `a ${kind} report` : "a report";
  throw new InputError(`not ${what} in any format we read; expected one of: ${accepted}`, { source: source.path, pointer: "/" });
}
function parseReport(source, formats, kind) {
  return detectFormat(source, formats, kind).parse(source);
}

// src/reports/sonarqube/issues-schema.ts
var LEGACY_SEVERITIES = ["BLOCKER", "CRITICAL", "MAJOR", "MINOR", "INFO"];
var IMPACT_SEVERITIES2 = ["BLOCKER", "HIGH", "MEDIUM", "LOW", "INFO"];
var SOFTWARE_QUALITIES = ["SECURITY", "RELIABILITY", "MAINTAINABILITY"];
var LEGACY_TYPES = ["BUG", "VULNERABILITY", "CODE_SMELL", "SECURITY_HOTSPOT"];
var issue2 = {
  type: "object",
  required: ["key", "component"],
  properties: {
    key: { type: "string", minLength: 1 },
    component: { type: "string", minLength: 1 },
    project: { type: "string" },
    rule: { type: "string" },
    message: { type: "string" },
    // Lines are 32-bit on every platform; a larger one is refused here, not sent.
    line: { type: "integer", minimum: 1, maximum: 2147483647 },
    textRange: {
      type: "object",
      properties: { startLine: { type: "integer", minimum: 1, maximum: 2147483647 } }
    },
    severity: { enum: LEGACY_SEVERITIES },
    type: { enum: LEGACY_TYPES },
    impacts: {
      type: "array",
      items: {
        type: "object",
        required: ["softwareQuality", "severity"],
        properties: {
          softwareQuality: { enum: SOFTWARE_QUALITIES },
          severity: { enum: IMPACT_SEVERITIES2 }
        }
      }
    },
    // Free strings: only a known set means "resolved", and new statuses must not break parsing.
    issueStatus: { type: "string" },
    status: { type: "string" }
  },
  // A finding needs a severity and a type: from 10.x impacts, or from the legacy pair. (The
  // `properties` here only satisfy ajv's strictRequired; the types are checked above.)
  anyOf: [
    { required: ["severity", "type"], properties: { severity: true, type: true } },
    { required: ["impacts"], properties: { impacts: { type: "array", minItems: 1 } } }
  ]
};
var issuesPageSchema = {
  type: "object",
  required: ["issues"],
  properties: {
    issues: { type: "array", items: issue2 },
    // How many issues the search matched, across all its pages (`total` is the pre-9.8 duplicate).
    paging: { type: "object", properties: { total: { type: "integer", minimum: 0 } } },
    total: { type: "integer", minimum: 0 },
    components: {
      type: "array",
      items: {
        type: "object",
        required: ["key"],
        properties: {
          key: { type: "string" },
          qualifier: { type: "string" },
          path: { type: "string" }
        }
      }
    },
    rules: {
      type: "array",
      items: {
        type: "object",
        required: ["key"],
        properties: { key: { type: "string" }, name: { type: "string" } }
      }
    }
  }
};
var issuesPagesSchema = { type: "array", items: issuesPageSchema };

// src/reports/sonarqube/issues.ts
var LEGACY_SEVERITY = {
  BLOCKER: "critical",
  CRITICAL: "high",
  MAJOR: "medium",
  MINOR: "low",
  INFO: "info"
};
var IMPACT_SEVERITY = {
  BLOCKER: "critical",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
  INFO: "info"
};
var LEGACY_TYPE = {
  BUG: "BUG",
  VULNERABILITY: "VULNERABILITY",
  CODE_SMELL: "CODE_SMELL",
  SECURITY_HOTSPOT: "VULNERABILITY"
};
var QUALITY_TYPE = {
  SECURITY: "VULNERABILITY",
  RELIABILITY: "BUG",
  MAINTAINABILITY: "CODE_SMELL"
};
var QUALITY_ORDER = Object.keys(QUALITY_TYPE);
var RESOLVED_ISSUE_STATUSES = /* @__PURE__ */ new Set(["FIXED", "FALSE_POSITIVE", "ACCEPTED"]);
var RESOLVED_LEGACY_STATUSES = /* @__PURE__ */ new Set(["RESOLVED", "CLOSED"]);
function parseSonarIssues(text3, path2) {
  return readSonarIssues(text3, path2).findings;
}
function readSonarIssues(text3, path2) {
  return collect(readPages2(text3, path2));
}
function sonarIssuesFromPages(pages, source) {
  return collect(pages.map((page5, i) => {
    rejectErrorResponse(page5, source, `page ${i + 1}`);
    return validateOrThrow(issuesPageSchema, page5, source, `page ${i + 1}`);
  }));
}
function collect(pages) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  let matched = 0;
  let resolved = 0;
  for (const page5 of pages) {
    matched = Math.max(matched, page5.paging?.total ?? page5.total ?? 0);
    const locate2 = locator(page5);
    const ruleNames = new Map((page5.rules ?? []).map((r) => [r.key, r.name]));
    for (const issue3 of page5.issues) {
      if (seen.has(issue3.key)) continue;
      seen.add(issue3.key);
      if (isResolved(issue3)) {
        resolved += 1;
        continue;
      }
      findings.push(toFinding2(issue3, locate2(issue3), ruleNames));
    }
  }
  return { findings, total: findings.length + Math.max(0, matched - seen.size), resolved };
}
function readPages2(text3, path2) {
  if (text3.trim() === "") {
    throw new InputError("the file is empty; expected an api/issues/search response", { source: path2 });
  }
  let whole;
  try {
    whole = JSON.parse(text3);
  } catch (error) {
    return readJsonLines(text3, path2, error);
  }
  if (Array.isArray(whole)) {
    whole.forEach((page5, i) => rejectErrorResponse(page5, path2, `/${i}`));
    return validateOrThrow(issuesPagesSchema, whole, path2);
  }
  rejectErrorResponse(whole, path2, "");
  return [validateOrThrow(issuesPageSchema, whole, path2)];
}
function readJsonLines(text3, path2, wholeError) {
  const pages = [];
  const lines = text3.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const where2 = `line ${i + 1}`;
    let page5;
    try {
      page5 = JSON.parse(line);
    } catch (error) {
      if (pages.length === 0) {
        throw new InputError(`not valid JSON (${messageOf(wholeError)}); expected an api/issues/search response`, {
          source: path2,
          cause: wholeError
        });
      }
      throw new InputError(`not valid JSON (${messageOf(error)}); expected one api/issues/search page per line`, {
        source: path2,
        pointer: where2,
        cause: error
      });
    }
    rejectErrorResponse(page5, path2, where2);
    pages.push(validateOrThrow(issuesPageSchema, page5, path2, where2));
  }
  return pages;
}
function rejectErrorResponse(page5, path2, where2) {
  if (typeof page5 !== "object" || page5 === null || "issues" in page5 || !("errors" in page5)) return;
  const errors = page5.errors;
  const first2 = Array.isArray(errors) ? errors[0] : void 0;
  const msg = typeof first2?.msg === "string" ? `: "${first2.msg}"` : "";
  throw new InputError(`this is a SonarQube error response${msg}; expected an api/issues/search page with "issues"`, {
    source: path2,
    pointer: where2 || "/"
  });
}
function isResolved(issue3) {
  if (issue3.issueStatus !== void 0) return RESOLVED_ISSUE_STATUSES.has(issue3.issueStatus);
  return issue3.status !== void 0 && RESOLVED_LEGACY_STATUSES.has(issue3.status);
}
function locator(page5) {
  const components = new Map((page5.components ?? []).map((c) => [c.key, c]));
  const projectKeys = (page5.components ?? []).filter((c) => c.qualifier === "TRK").map((c) => c.key);
  return (issue3) => {
    const path2 = components.get(issue3.component)?.path ?? stripProjectKey(issue3.component, [issue3.project, ...projectKeys]);
    if (path2 === void 0) return {};
    const line = issue3.line ?? issue3.textRange?.startLine;
    return line === void 0 ? { path: path2 } : { path: path2, line };
  };
}
function stripProjectKey(component, projectKeys) {
  const candidates = projectKeys.filter((k) => !!k).sort((a, b) => b.length - a.length);
  for (const key2 of candidates) {
    if (component.startsWith(`${key2}:`) && component.length > key2.length + 1) return component.slice(key2.length + 1);
  }
  return void 0;
}
function toFinding2(issue3, location, ruleNames) {
  const { severity, type } = classify(issue3);
  const ruleName = issue3.rule === void 0 ? void 0 : ruleNames.get(issue3.rule);
  const message = issue3.message ?? ruleName ?? issue3.rule ?? "SonarQube issue";
  return {
    id: issue3.key,
    ...location,
    message,
    severity,
    type,
    ...issue3.rule !== void 0 && { rule: issue3.rule }
  };
}
function classify(issue3) {
  const top = [...issue3.impacts ?? []].sort(
    (a, b) => SEVERITY_ORDER.indexOf(IMPACT_SEVERITY[a.severity]) - SEVERITY_ORDER.indexOf(IMPACT_SEVERITY[b.severity]) || QUALITY_ORDER.indexOf(a.softwareQuality) - QUALITY_ORDER.indexOf(b.softwareQuality)
  )[0];
  if (top) return { severity: IMPACT_SEVERITY[top.severity], type: QUALITY_TYPE[top.softwareQuality] };
  return { severity: LEGACY_SEVERITY[issue3.severity], type: LEGACY_TYPE[issue3.type] };
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/reports/sonarqube/report-task.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { join as join2 } from "node:path";
var REQUIRED = ["projectKey", "serverUrl", "dashboardUrl", "ceTaskId", "ceTaskUrl"];
var URL_KEYS = ["serverUrl", "dashboardUrl", "ceTaskUrl"];
var REPORT_TASK_LOCATIONS = [
  ".scannerwork/report-task.txt",
  "target/sonar/report-task.txt",
  "build/sonar/report-task.txt",
  ".sonarqube/out/.sonar/report-task.txt"
];
function parseReportTask(text3, path2) {
  const values = /* @__PURE__ */ new Map();
  for (const [i, raw] of text3.replace(/^\uFEFF/, "").split(/\r?\n/).entries()) {
    if (raw.trim() === "") continue;
    const eq = raw.indexOf("=");
    if (eq <= 0) {
      throw new InputError(`expected a key=value line, got ${JSON.stringify(raw)}`, { source: path2, pointer: `line ${i + 1}` });
    }
    values.set(raw.slice(0, eq).trim(), { value: raw.slice(eq + 1), line: i + 1 });
  }
  const missing2 = REQUIRED.filter((key2) => !values.get(key2)?.value);
  if (missing2.length > 0) {
    throw new InputError(
      `missing ${missing2.map((k) => `"${k}"`).join(", ")}; expected the report-task.txt a SonarQube scanner writes (${REQUIRED.join(", ")})`,
      { source: path2 }
    );
  }
  for (const key2 of URL_KEYS) {
    const { value, line } = values.get(key2);
    if (!isHttpUrl(value)) {
      throw new InputError(`expected "${key2}" to be an http(s) URL, got ${JSON.stringify(value)}`, { source: path2, pointer: `line ${line}` });
    }
  }
  const get = (key2) => values.get(key2)?.value || void 0;
  const dashboardUrl2 = get("dashboardUrl");
  const pullRequest = new URL(dashboardUrl2).searchParams.get("pullRequest") || void 0;
  const organization = get("organization");
  const serverVersion2 = get("serverVersion");
  return {
    projectKey: get("projectKey"),
    serverUrl: get("serverUrl").replace(/\/+$/, ""),
    dashboardUrl: dashboardUrl2,
    ceTaskId: get("ceTaskId"),
    ceTaskUrl: get("ceTaskUrl"),
    ...organization !== void 0 && { organization },
    ...serverVersion2 !== void 0 && { serverVersion: serverVersion2 },
    ...pullRequest !== void 0 && { pullRequest }
  };
}
function findReportTask(dir) {
  return REPORT_TASK_LOCATIONS.map((rel) => join2(dir, rel)).find((p) => existsSync(p) && statSync2(p).isFile());
}
function issueLink(taskOrServer, projectKey, issueKey, pullRequest) {
  const server = (typeof taskOrServer === "string" ? taskOrServer : taskOrServer.serverUrl).replace(/\/+$/, "");
  const pr = pullRequest ?? (typeof taskOrServer === "string" ? void 0 : taskOrServer.pullRequest);
  const query = `id=${encodeURIComponent(projectKey)}&open=${encodeURIComponent(issueKey)}`;
  return `${server}/project/issues?${query}${pr === void 0 ? "" : `&pullRequest=${encodeURIComponent(pr)}`}`;
}
function withSonarContext(report, task) {
  return {
    ...report,
    projectKey: report.projectKey ?? task.projectKey,
    dashboardUrl: report.dashboardUrl ?? task.dashboardUrl,
    findings: report.findings.map((f) => f.link ? f : { ...f, link: issueLink(task, task.projectKey, f.id) })
  };
}
function isHttpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

// src/sources/example.ts
var exampleSource = {
  name: "example",
  wants: (_settings, context) => context.example,
  async load() {
    const document = { path: EXAMPLE_REPORT_PATH, text: EXAMPLE_PROJECT_STATUS, json: JSON.parse(EXAMPLE_PROJECT_STATUS) };
    const report = parseReport(document, REPORT_FORMATS, "quality-gate");
    if (report.kind !== "quality-gate") return report;
    const withIssues = { ...report, findings: parseSonarIssues(EXAMPLE_ISSUES, EXAMPLE_ISSUES_PATH) };
    return withSonarContext(withIssues, parseReportTask(EXAMPLE_REPORT_TASK, "(built-in example: report-task.txt)"));
  }
};

// src/sources/file.ts
import { resolve as resolve2 } from "node:path";
var fileSource = {
  name: "file",
  wants: (settings) => settings.report !== void 0,
  async load(settings, { cwd, workdir, log }) {
    const path2 = settings.report;
    let report = parseReport(await readDocument(path2, resolve2(cwd, path2)), REPORT_FORMATS, settings.reportType);
    log.debug(`${path2}: read as ${report.format}`);
    if (settings.issues) {
      if (report.kind !== "quality-gate") {
        throw new InputError(`annotations from ISSUES need a quality-gate report, but ${path2} is a ${report.kind} report`, { source: "ISSUES" });
      }
      const issues2 = await readDocument(settings.issues, resolve2(cwd, settings.issues), "ISSUES");
      const read = readSonarIssues(issues2.text, issues2.path);
      const findings = mergeFindings(report.findings, read.findings);
      const unseen = read.total - read.findings.length;
      report = {
        ...report,
        findings,
        ...unseen > 0 && { findingsTotal: findings.length + unseen },
        ...read.resolved > 0 && { resolvedIssues: read.resolved }
      };
    }
    if (report.kind === "quality-gate" && report.format === "sonarqube-project-status") {
      const taskPath = findReportTask(workdir);
      if (taskPath) {
        log.debug(`SonarQube scanner metadata: ${taskPath}`);
        report = withSonarContext(report, parseReportTask(readBoundedFile(taskPath, { setting: "REPORT_TASK", what: "a scanner's report-task.txt", maxBytes: MAX_REPORT_TASK_BYTES }), taskPath));
      }
    }
    return report;
  }
};
function mergeFindings(a, b) {
  const seen = new Set(a.map((f) => f.id));
  return [...a, ...b.filter((f) => !seen.has(f.id))];
}

// src/sources/sonarqube.ts
import { basename, join as join3, resolve as resolve3 } from "node:path";

// src/reports/sonarqube/live/failures.ts
var TOKEN_KINDS = "a user token (squ_\u2026), or a project (sqp_\u2026) or global (sqa_\u2026) analysis token, which read the gate but not issues, hotspots or measures";
function isForbidden(error) {
  return error instanceof HttpError && error.status === 403;
}
function serverFailure(error, what, permission) {
  if (error instanceof UnsafeRequestError) {
    return new InputError(`reading ${what}: ${error.message}`, { source: "SONAR_HOST_URL", cause: error });
  }
  if (error instanceof HttpError) {
    if (error.status === 401) {
      return new ServerError(
        `SonarQube refused SONAR_TOKEN (401) reading ${what}: it is missing, invalid or expired. Set SONAR_TOKEN to ${TOKEN_KINDS}. Nothing was published.`,
        { cause: error }
      );
    }
    if (error.status === 403) {
      return new ServerError(`SonarQube refused ${what} (403 ${error.platformMessage ?? "Forbidden"}): SONAR_TOKEN needs ${permission}. Nothing was published.`, {
        cause: error
      });
    }
  }
  if (error instanceof InputError || error instanceof ServerError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ServerError(`could not read ${what} from SonarQube: ${message}. Nothing was published.`, { cause: error });
}

// src/reports/sonarqube/live/server.ts
var CLOUD_HOSTS3 = ["sonarcloud.io", "sonarqube.us"];
function isCloud(url, organization) {
  if (organization !== void 0) return true;
  const host = new URL(url).hostname.toLowerCase();
  return CLOUD_HOSTS3.some((cloud) => host === cloud || host.endsWith(`.${cloud}`));
}
function serverLabel(server) {
  return server.cloud ? "SonarQube Cloud" : `SonarQube Server${server.version ? ` ${server.version}` : ""}`;
}
function atLeast(server, version) {
  return !server.cloud && server.version !== void 0 && compareVersions(server.version, version) >= 0;
}
function compareVersions(a, b) {
  const x = a.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const y = b.split(".").map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function sonarAuth(server, token) {
  return server.cloud || atLeast(server, "10.0") ? { kind: "bearer", token } : { kind: "basic", username: token.trim(), password: "" };
}
function parameterNames(server) {
  return {
    issueComponents: atLeast(server, "10.2") ? "components" : "componentKeys",
    issueNewCode: atLeast(server, "9.4") ? "inNewCodePeriod" : "sinceLeakPeriod",
    hotspotProject: atLeast(server, "10.2") ? "project" : "projectKey",
    measuresPeriod: server.cloud ? "periods" : "period",
    measureValue: atLeast(server, "8.1") ? "period" : "periods"
  };
}

// src/reports/sonarqube/live/connect.ts
async function connect(options) {
  const url = options.url.replace(/\/+$/, "");
  const client = (server2) => createHttpClient({
    baseUrl: url,
    auth: server2 === void 0 ? { kind: "none" } : sonarAuth(server2, options.token),
    redactor: options.redactor,
    env: options.env,
    ...options.caFile ? { caFile: options.caFile } : {},
    logger: (line) => options.log.debug(line),
    deadline: options.deadline
  });
  const cloud = isCloud(url, options.organization);
  const organization = options.organization === void 0 ? {} : { organization: options.organization };
  if (cloud) {
    const server2 = { url, cloud, ...organization };
    return { server: server2, http: client(server2) };
  }
  const version = options.version ?? await serverVersion(client());
  const server = { url, cloud, version, ...organization };
  return { server, http: client(server) };
}
async function serverVersion(http) {
  try {
    const { body } = await http.request({ method: "GET", url: "api/server/version", headers: { accept: "text/plain" } });
    const version = String(body ?? "").trim();
    if (!/^\d+(\.\d+)*/.test(version)) throw new Error(`it answered ${JSON.stringify(version.slice(0, 40))} instead of a version number`);
    return version;
  } catch (error) {
    throw serverFailure(error, "the server version (api/server/version)", "no permission (anyone may read it)");
  }
}

// src/reports/sonarqube/live/links.ts
function dashboardUrl(server, projectKey, ref) {
  return link2(server, "dashboard", { id: projectKey }, ref);
}
function issueUrl(server, projectKey, issueKey, ref) {
  return link2(server, "project/issues", { id: projectKey, open: issueKey }, ref);
}
function hotspotUrl(server, projectKey, hotspotKey, ref) {
  return link2(server, "security_hotspots", { id: projectKey, hotspots: hotspotKey }, ref);
}
function link2(server, page5, params, ref) {
  const query = new URLSearchParams(params);
  if (ref.pullRequest !== void 0) query.set("pullRequest", ref.pullRequest);
  else if (ref.branch !== void 0) query.set("branch", ref.branch);
  return `${server.replace(/\/+$/, "")}/${page5}?${query.toString().replace(/\+/g, "%20")}`;
}
function withPrefix(prefix2, path2) {
  if (path2 === void 0 || !prefix2) return path2;
  return `${prefix2.replace(/\/+$/, "")}/${path2.replace(/^\/+/, "")}`;
}

// src/reports/sonarqube/live/search.ts
var PAGE_SIZE = 500;
var MAX_RESULTS = 1e4;
var PAGES_IN_PARALLEL = MAX_RESULTS / PAGE_SIZE;
async function firstPage2(http, action, query) {
  const page5 = await fetchPage(http, action, query, 1);
  return { page: page5, total: totalOf(page5) };
}
async function remainingPages(http, action, query, wanted) {
  const pages = Math.ceil(Math.min(wanted, MAX_RESULTS) / PAGE_SIZE);
  const numbers = Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);
  return mapLimit(numbers, PAGES_IN_PARALLEL, (p) => fetchPage(http, action, query, p));
}
async function allPages2(http, action, query) {
  const first2 = await firstPage2(http, action, query);
  const rest = await remainingPages(http, action, query, first2.total);
  return { pages: [first2.page, ...rest], total: first2.total };
}
async function fetchPage(http, action, query, p) {
  const { body } = await http.request({ method: "GET", url: action, query: { ...query, ps: PAGE_SIZE, p } });
  if (!isRecord(body)) throw new Error(`${action} answered something other than a JSON object`);
  return body;
}
function totalOf(page5) {
  const paging = page5["paging"];
  const total = isRecord(paging) ? paging["total"] : page5["total"];
  return typeof total === "number" && Number.isInteger(total) && total >= 0 ? total : 0;
}

// src/reports/sonarqube/live/hotspots.ts
var ACTION = "api/hotspots/search";
var PROBABILITY = { HIGH: "high", MEDIUM: "medium", LOW: "low" };
var pageSchema = {
  type: "object",
  required: ["hotspots"],
  properties: {
    hotspots: {
      type: "array",
      items: {
        type: "object",
        required: ["key", "component", "vulnerabilityProbability"],
        properties: {
          key: { type: "string", minLength: 1 },
          component: { type: "string" },
          vulnerabilityProbability: { enum: ["HIGH", "MEDIUM", "LOW"] },
          message: { type: "string" },
          line: { type: "integer", minimum: 1 },
          ruleKey: { type: "string" }
        }
      }
    },
    components: {
      type: "array",
      items: { type: "object", required: ["key"], properties: { key: { type: "string" }, path: { type: "string" } } }
    }
  }
};
async function readHotspots(http, server, scope, pathPrefix) {
  const query = {
    [parameterNames(server).hotspotProject]: scope.projectKey,
    status: "TO_REVIEW",
    ...scope.ref.pullRequest !== void 0 ? { pullRequest: scope.ref.pullRequest } : scope.ref.branch !== void 0 ? { branch: scope.ref.branch } : {}
  };
  const { pages, total } = await allPages2(http, ACTION, query);
  const findings = [];
  for (const [i, raw] of pages.entries()) {
    const page5 = validateOrThrow(pageSchema, raw, `SonarQube ${ACTION}`, `page ${i + 1}`);
    const paths = new Map((page5.components ?? []).map((c) => [c.key, c.path]));
    for (const hotspot of page5.hotspots) {
      const path2 = withPrefix(pathPrefix, paths.get(hotspot.component));
      findings.push({
        id: hotspot.key,
        ...path2 !== void 0 && { path: path2 },
        ...path2 !== void 0 && hotspot.line !== void 0 && { line: hotspot.line },
        message: `Security hotspot to review: ${hotspot.message ?? hotspot.ruleKey ?? "review this code"}`,
        severity: PROBABILITY[hotspot.vulnerabilityProbability],
        type: "VULNERABILITY",
        ...hotspot.ruleKey !== void 0 && { rule: hotspot.ruleKey },
        link: hotspotUrl(server.url, scope.projectKey, hotspot.key, scope.ref)
      });
    }
  }
  return { findings: findings.slice(0, MAX_RESULTS), total: Math.max(total, findings.length) };
}

// src/reports/sonarqube/live/issues.ts
var ACTION2 = "api/issues/search";
var SEVERITIES = ["BLOCKER", "CRITICAL", "MAJOR", "MINOR", "INFO"];
function issueQuery(server, scope) {
  const names4 = parameterNames(server);
  const query = { [names4.issueComponents]: scope.projectKey, resolved: "false" };
  if (scope.ref.pullRequest !== void 0) query["pullRequest"] = scope.ref.pullRequest;
  else {
    if (scope.ref.branch !== void 0) query["branch"] = scope.ref.branch;
    query[names4.issueNewCode] = "true";
  }
  if (server.cloud && server.organization !== void 0) query["organization"] = server.organization;
  return query;
}
async function readIssues(http, server, scope, pathPrefix) {
  const query = issueQuery(server, scope);
  const first2 = await firstPage2(http, ACTION2, query);
  const pages = first2.total <= MAX_RESULTS ? [first2.page, ...await remainingPages(http, ACTION2, query, first2.total)] : await bySeverity(http, query);
  const findings = sonarIssuesFromPages(pages, `SonarQube ${ACTION2}`).findings.slice(0, MAX_RESULTS);
  return {
    findings: findings.map((f) => {
      const path2 = withPrefix(pathPrefix, f.path);
      return { ...f, ...path2 !== void 0 && { path: path2 }, link: issueUrl(server.url, scope.projectKey, f.id, scope.ref) };
    }),
    total: Math.max(first2.total, findings.length)
  };
}
async function bySeverity(http, query) {
  const queries = SEVERITIES.map((severity) => ({ ...query, severities: severity }));
  const firsts = await Promise.all(queries.map((q) => firstPage2(http, ACTION2, q)));
  let budget = MAX_RESULTS;
  const wanted = firsts.map(({ total }) => {
    const take = Math.min(total, budget);
    budget -= take;
    return take;
  });
  const rest = await Promise.all(queries.map((q, i) => remainingPages(http, ACTION2, q, wanted[i])));
  return firsts.flatMap((first2, i) => wanted[i] > 0 ? [first2.page, ...rest[i]] : []);
}

// src/reports/sonarqube/live/measures.ts
var MEASURE_KEYS = ["new_coverage", "new_duplicated_lines_density", "new_violations"];
async function readMeasures(http, server, scope) {
  const names4 = parameterNames(server);
  const { body } = await http.request({
    method: "GET",
    url: "api/measures/component",
    query: {
      component: scope.projectKey,
      ...scope.ref.pullRequest !== void 0 ? { pullRequest: scope.ref.pullRequest } : scope.ref.branch !== void 0 ? { branch: scope.ref.branch } : {},
      metricKeys: MEASURE_KEYS.join(","),
      additionalFields: names4.measuresPeriod
    }
  });
  const component = isRecord(body) ? body["component"] : void 0;
  const raw = isRecord(component) && Array.isArray(component["measures"]) ? component["measures"] : [];
  const measures = [];
  for (const key2 of MEASURE_KEYS) {
    const entry = raw.find((m) => isRecord(m) && m["metric"] === key2);
    const value = entry === void 0 ? void 0 : valueOf(entry, names4.measureValue);
    if (value === void 0) continue;
    const { name, type } = metricInfo(key2);
    measures.push({ metricKey: key2, metricName: name, metricType: type, value });
  }
  return measures;
}
function valueOf(measure2, where2) {
  const period2 = measure2["period"];
  const periods = measure2["periods"];
  const fromPeriod = isRecord(period2) ? period2["value"] : void 0;
  const fromPeriods = Array.isArray(periods) && isRecord(periods[0]) ? periods[0]["value"] : void 0;
  const candidates = where2 === "period" ? [fromPeriod, fromPeriods, measure2["value"]] : [fromPeriods, fromPeriod, measure2["value"]];
  const found = candidates.find((v) => typeof v === "string" || typeof v === "number");
  return found === void 0 ? void 0 : String(found);
}

// src/reports/sonarqube/live/results.ts
var HOTSPOTS_TO_REVIEW = "security_hotspots_to_review";
var BROWSE_NOTE = "analysis tokens have only 'Execute Analysis'; use a user token";
async function readResults(options) {
  const { http, server, scope, log } = options;
  const gate = await readGate(http, options.gate);
  const enrich = (what, read) => enrichment(what, read, log, scope.projectKey);
  const [issues2, hotspots, measures] = await Promise.all([
    enrich("issues", () => readIssues(http, server, scope, options.pathPrefix)),
    enrich("security hotspots", () => readHotspots(http, server, scope, options.pathPrefix)),
    enrich("measures", () => readMeasures(http, server, scope))
  ]);
  const findings = [...issues2?.findings ?? [], ...hotspots?.findings ?? []];
  const total = (issues2?.total ?? 0) + (hotspots?.total ?? 0);
  if (total > findings.length) {
    const formatNumber2 = (n) => n.toLocaleString("en-US");
    log.warn(
      `${formatNumber2(total)} open issues and hotspots to review: the ${formatNumber2(findings.length)} most severe are read, ${formatNumber2(total - findings.length)} left out (SonarQube answers at most 10,000 results per search)`
    );
  }
  const shown3 = [...measures ?? []];
  if (hotspots) shown3.push({ metricKey: HOTSPOTS_TO_REVIEW, metricName: "Security Hotspots to Review", metricType: "INT", value: String(hotspots.total) });
  return {
    ...gate,
    findings,
    ...total > findings.length && { findingsTotal: total },
    ...shown3.length > 0 && { measures: shown3 }
  };
}
async function readGate(http, query) {
  const params = "analysisId" in query ? { analysisId: query.analysisId } : { projectKey: query.projectKey, ...query.ref.pullRequest !== void 0 ? { pullRequest: query.ref.pullRequest } : query.ref.branch !== void 0 ? { branch: query.ref.branch } : {} };
  const what = "the quality gate (api/qualitygates/project_status)";
  let json;
  try {
    json = (await http.request({ method: "GET", url: "api/qualitygates/project_status", query: params })).body;
  } catch (error) {
    throw serverFailure(error, what, "'Browse' or 'Execute Analysis' on the project");
  }
  try {
    const report = sonarqubeProjectStatus.parse({ path: `SonarQube ${what}`, text: JSON.stringify(json), json });
    if (report.kind !== "quality-gate") throw new Error("unreachable: project_status is a quality gate");
    return report;
  } catch (error) {
    throw unexpectedShape(error);
  }
}
async function enrichment(what, read, log, projectKey) {
  try {
    return await read();
  } catch (error) {
    if (isForbidden(error)) {
      log.warn(`SonarQube ${what} not read: SONAR_TOKEN lacks the 'Browse' permission on ${projectKey} (${BROWSE_NOTE}). The gate is published without them.`);
      return void 0;
    }
    throw error instanceof InputError ? unexpectedShape(error) : serverFailure(error, `the ${what} of ${projectKey}`, `'Browse' on the project (${BROWSE_NOTE})`);
  }
}
function unexpectedShape(error) {
  if (!(error instanceof InputError)) return error instanceof Error ? error : new Error(String(error));
  return new ServerError(`SonarQube answered in an unexpected shape: ${error.message}. Nothing was published.`, { cause: error });
}

// src/reports/sonarqube/live/task.ts
var FIRST_POLL_DELAY_MS = 1e3;
var MAX_POLL_DELAY_MS = 1e4;
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve4) => setTimeout(resolve4, ms))
};
function pollDelayMs(poll) {
  return Math.min(MAX_POLL_DELAY_MS, FIRST_POLL_DELAY_MS * 2 ** Math.max(0, poll - 1));
}
async function waitForTask(options) {
  const { clock, progress } = options;
  const start3 = clock.now();
  try {
    for (let poll = 1; ; poll++) {
      const task = await fetchTask(options);
      const elapsed = clock.now() - start3;
      progress.update(task.status, elapsed);
      if (task.status !== "PENDING" && task.status !== "IN_PROGRESS") return task;
      const left = options.timeoutMs - elapsed;
      if (left <= 0) throw timedOut(task, options.timeoutMs);
      await clock.sleep(Math.min(pollDelayMs(poll), left));
    }
  } finally {
    progress.end();
  }
}
async function fetchTask({ http, url, taskId }) {
  const what = `the analysis task ${taskId} (api/ce/task)`;
  let body;
  try {
    body = (await http.request({ method: "GET", url })).body;
  } catch (error) {
    throw serverFailure(error, what, "'Execute Analysis' (or 'Administer') on the project, which analysis tokens have");
  }
  const task = isRecord(body) ? body["task"] : void 0;
  if (!isRecord(task) || typeof task["status"] !== "string" || !STATUSES.has(task["status"])) {
    throw new ServerError(`SonarQube answered ${what} without a task status; nothing was published`);
  }
  return task;
}
var STATUSES = /* @__PURE__ */ new Set(["PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "CANCELED"]);
function timedOut(task, timeoutMs) {
  const seconds2 = Math.round(timeoutMs / 1e3);
  return new ServerError(
    `SonarQube's analysis task ${task.id} was still ${task.status} after ${seconds2} s (WAIT_TIMEOUT); nothing was published. Raise WAIT_TIMEOUT, or see the project's Background Tasks in SonarQube for why it waits.`
  );
}

// src/reports/sonarqube/live/analysis.ts
async function readLiveGate(options) {
  const { target: target2, log } = options;
  const clock = options.clock ?? systemClock;
  const task = target2.kind === "task" ? target2.task : void 0;
  const url = options.hostUrl ?? task?.serverUrl;
  if (url === void 0) {
    throw new InputError("missing; set SONAR_HOST_URL to the SonarQube Server or SonarQube Cloud URL to read the analysis of SONAR_PROJECT_KEY", { source: "SONAR_HOST_URL" });
  }
  if (!options.token?.trim()) throw new InputError(`missing; set SONAR_TOKEN to ${TOKEN_KINDS}`, { source: "SONAR_TOKEN" });
  const organization = task?.organization ?? options.organization;
  const connection = await connect({
    url,
    token: options.token,
    ...organization !== void 0 && { organization },
    ...task?.serverVersion !== void 0 && { version: task.serverVersion },
    redactor: options.redactor,
    env: options.env,
    ...options.caFile !== void 0 && { caFile: options.caFile },
    log,
    // Real time, whatever clock paces the polls: it bounds the requests, and the wait sits inside it.
    deadline: Date.now() + options.waitTimeoutMs + options.networkTimeoutMs
  });
  log.debug(`SonarQube: ${serverLabel(connection.server)} at ${connection.server.url}`);
  if (target2.kind === "project") {
    const scope2 = { projectKey: target2.projectKey, ref: target2.ref };
    log.info(`reading the latest SonarQube analysis of ${describe4(scope2)}`);
    return finish(await readResults({ ...connection, scope: scope2, gate: { projectKey: scope2.projectKey, ref: scope2.ref }, ...prefix(options), log }), connection, scope2);
  }
  const ceTask = await waitForTask({
    http: connection.http,
    url: taskUrl(target2.task, connection.server.url),
    taskId: target2.task.ceTaskId,
    timeoutMs: options.waitTimeoutMs,
    clock,
    progress: waitProgress(log, options.frontEnd, `SonarQube analysis ${target2.task.ceTaskId}`)
  });
  const scope = scopeOf(ceTask, target2.task);
  const dashboard = target2.task.dashboardUrl;
  if (ceTask.status !== "SUCCESS" || ceTask.analysisId === void 0) return finish(failedAnalysis(ceTask, log), connection, scope, dashboard);
  const { server } = connection;
  const known = server.cloud && server.organization === void 0 && ceTask.organization !== void 0 ? { ...connection, server: { ...server, organization: ceTask.organization } } : connection;
  const report = await readResults({ ...known, scope, gate: { analysisId: ceTask.analysisId }, ...prefix(options), log });
  return finish(report, known, scope, dashboard);
}
function taskUrl(task, server) {
  return task.ceTaskUrl.startsWith(`${server}/`) ? task.ceTaskUrl : `api/ce/task?id=${encodeURIComponent(task.ceTaskId)}`;
}
function scopeOf(task, file) {
  const projectKey = task.componentKey ?? file.projectKey;
  const pullRequest = task.pullRequest ?? file.pullRequest;
  if (pullRequest !== void 0) return { projectKey, ref: { pullRequest } };
  const branch = task.branchType === void 0 || task.branchType === "BRANCH" ? task.branch : void 0;
  return { projectKey, ref: branch === void 0 ? {} : { branch } };
}
function failedAnalysis(task, log) {
  const outcome2 = task.status === "CANCELED" ? "was canceled" : "failed";
  const why2 = task.errorMessage?.trim() || "SonarQube gave no reason";
  const analysisFailure = `the SonarQube analysis ${outcome2}: ${why2}`;
  log.error(`SonarQube analysis ${task.id} ${outcome2}: ${why2}`);
  return {
    kind: "quality-gate",
    format: "sonarqube-ce-task",
    tool: TOOL_NAME,
    verdict: "fail",
    status: task.status,
    conditions: [],
    ignoredConditions: false,
    findings: [],
    analysisFailure
  };
}
function finish(report, { server }, scope, dashboard) {
  return { ...report, projectKey: scope.projectKey, dashboardUrl: dashboard ?? dashboardUrl(server.url, scope.projectKey, scope.ref) };
}
function prefix(options) {
  return options.pathPrefix === void 0 ? {} : { pathPrefix: options.pathPrefix };
}
function describe4({ projectKey, ref }) {
  if (ref.pullRequest !== void 0) return `${projectKey}, pull request ${ref.pullRequest}`;
  return ref.branch === void 0 ? `${projectKey}, main branch` : `${projectKey}, branch ${ref.branch}`;
}

// src/sources/sonarqube.ts
var sonarqubeSource = {
  name: "sonarqube",
  wants: (settings, context) => target(settings, context) !== void 0,
  async load(settings, context) {
    const found = target(settings, context);
    let live;
    if (found.kind === "task") {
      const text3 = readBoundedFile(found.path, { setting: found.setting, display: found.given, what: "a scanner's report-task.txt", maxBytes: MAX_REPORT_TASK_BYTES });
      live = { kind: "task", task: parseReportTask(text3, found.given) };
      context.log.debug(`SonarQube scanner metadata: ${found.path}`);
    } else {
      live = found;
    }
    return readLiveGate({
      target: live,
      ...settings.sonarHostUrl !== void 0 && { hostUrl: settings.sonarHostUrl },
      ...settings.sonarToken !== void 0 && { token: settings.sonarToken },
      ...settings.sonarOrganization !== void 0 && { organization: settings.sonarOrganization },
      ...settings.pathPrefix !== void 0 && { pathPrefix: settings.pathPrefix },
      ...settings.caFile !== void 0 && { caFile: settings.caFile },
      waitTimeoutMs: settings.waitTimeout * 1e3,
      networkTimeoutMs: settings.timeout * 1e3,
      env: context.env,
      redactor: context.redactor,
      log: context.log,
      frontEnd: context.frontEnd
    });
  }
};
function target(settings, { cwd, workdir, branch }) {
  if (settings.report !== void 0) {
    const path2 = resolve3(cwd, settings.report);
    return isReportTask(path2) ? { kind: "task", given: settings.report, path: path2, setting: "REPORT" } : void 0;
  }
  if (settings.reportTask !== void 0) return { kind: "task", given: settings.reportTask, path: resolve3(cwd, settings.reportTask), setting: "REPORT_TASK" };
  const dirs = settings.pathPrefix === void 0 ? [workdir] : [workdir, join3(workdir, settings.pathPrefix)];
  for (const dir of dirs) {
    const path2 = findReportTask(dir);
    if (path2 !== void 0) return { kind: "task", given: path2, path: path2, setting: "REPORT_TASK" };
  }
  if (settings.sonarProjectKey === void 0) return void 0;
  if (settings.pullRequest !== void 0) return { kind: "project", projectKey: settings.sonarProjectKey, ref: { pullRequest: String(settings.pullRequest) } };
  return branch === void 0 ? void 0 : { kind: "project", projectKey: settings.sonarProjectKey, ref: { branch } };
}
function isReportTask(path2) {
  if (basename(path2) === "report-task.txt") return true;
  try {
    const text3 = readBoundedFile(path2, { setting: "REPORT", what: "a scanner's report-task.txt", maxBytes: MAX_REPORT_TASK_BYTES });
    return /^ceTaskId=/m.test(text3) && /^serverUrl=/m.test(text3);
  } catch {
    return false;
  }
}

// src/sources/index.ts
var SOURCES = [exampleSource, sonarqubeSource, fileSource, datafoldSource];
async function loadReport(settings, context) {
  const source = SOURCES.find((s) => s.wants(settings, context));
  if (!source) {
    throw new InputError(
      "missing; set REPORT (pipe or environment variable), the `report` input, or `--report <file>`; or read SonarQube live, with SONAR_HOST_URL and SONAR_TOKEN: run after the scanner, so its report-task.txt is found (.scannerwork/, target/sonar/, build/sonar/, .sonarqube/out/.sonar/), or set REPORT_TASK to it, or set SONAR_PROJECT_KEY for the pull request or branch (try `--example` for a demo)",
      { source: "REPORT" }
    );
  }
  context.log.debug(`report source: ${source.name}`);
  return source.load(settings, context);
}

// src/run.ts
async function run({ argv, env, cwd, frontEnd: rawFrontEnd }) {
  const redactor = new Redactor(secretVariableNames().map((name) => env[name]));
  const frontEnd2 = redacting(rawFrontEnd, redactor);
  const log = createLogger(frontEnd2.log, redactor, env["RUNNER_DEBUG"] === "1");
  let settings;
  try {
    const loaded = loadSettings({ argv, env, cwd, ...frontEnd2.getInput ? { getInput: frontEnd2.getInput } : {} });
    if (loaded.help) {
      frontEnd2.stdout(loaded.help);
      return ExitCode.Pass;
    }
    if (loaded.version) {
      frontEnd2.stdout(VERSION);
      return ExitCode.Pass;
    }
    settings = loaded.settings;
    for (const secret of secretValues2(settings)) {
      redactor.add(secret);
      frontEnd2.maskSecret(secret);
    }
    if (settings.username && settings.password) redactor.addBasic(settings.username, settings.password);
    log.setDebug(settings.debug || log.debugEnabled);
    log.debug(`pr-insights ${VERSION} on node ${process.versions.node}, front end ${frontEnd2.name}, CI ${loaded.ci.system}`);
    log.debug(`settings from: ${Object.entries(loaded.origins).map(([k, v]) => `${k}=${v}`).join(", ")}`);
    return await runWith(settings, loaded.ci, { env, cwd, frontEnd: frontEnd2, log, redactor, example: loaded.example === true });
  } catch (error) {
    return fail2(error, log, frontEnd2, settings, settings?.json ?? argv.includes("--json"));
  }
}
async function runWith(settings, ci, ctx) {
  const { frontEnd: frontEnd2, log } = ctx;
  const workdir = ci.workspaceDir && !settings.report ? ci.workspaceDir : ctx.cwd;
  const read = await loadReport(settings, { cwd: ctx.cwd, workdir, log, example: ctx.example, env: ctx.env, redactor: ctx.redactor, frontEnd: frontEnd2.name, ...ci.branch ? { branch: ci.branch } : {} });
  const dryRun = settings.dryRun || ctx.example;
  const plan = compose(settings, ci, read, { env: ctx.env, log, redactor: ctx.redactor, dryRun });
  const report = judgeReport(read, plan.thresholds);
  const decorations = renderDecorations(report, plan.render);
  const exitCode = ctx.example || decorations.outcome === "pass" ? ExitCode.Pass : ExitCode.ReportFails;
  const outputs = reportOutputs(report);
  log[headlineLevel(decorations)](decorations.headline);
  if (!plan.publishing) {
    if (plan.repository) log.info(`would publish to ${describeRepository(plan.repository)}${settings.commit ? `, commit ${settings.commit.slice(0, 12)}` : ""}`);
    if (settings.json) frontEnd2.stdout(JSON.stringify(jsonResult(report, decorations, plan, exitCode, settings), null, 2), "Result (JSON)");
    else frontEnd2.stdout(formatDryRun(decorations, settings.publish), "Dry run: what would be sent");
    await frontEnd2.setOutputs(outputs);
    await frontEnd2.writeSummary(decorations.comment.markdown);
    frontEnd2.finish(exitCode === ExitCode.Pass, `dry run: nothing was sent (${decorations.headline})`);
    return exitCode;
  }
  const { platform, target: target2, wanted } = plan.publishing;
  log.debug(`publishing to ${describeRepository(platform.repository)}, commit ${target2.commit.slice(0, 12)}`);
  const api = await createPlatformApi(platform);
  const result = await publishOrFallBack(() => publish(api, decorations, target2, wanted, log), decorations, ci, ctx);
  for (const line of result.published) log.info(`published: ${line}`);
  for (const line of result.skipped) log.warn(`skipped: ${line}`);
  const { comment, report: checkRun } = result.urls;
  const published = { ...outputs, ...comment ? { "comment-url": comment } : {}, ...checkRun ? { "check-run-url": checkRun } : {} };
  if (settings.json) {
    const json = { ...jsonResult(report, decorations, plan, exitCode, settings), published: result.published, skipped: result.skipped, pullRequests: result.pullRequests, outputs: published };
    frontEnd2.stdout(JSON.stringify(json, null, 2), "Result (JSON)");
  }
  await frontEnd2.setOutputs(published);
  await frontEnd2.writeSummary(decorations.comment.markdown);
  frontEnd2.finish(exitCode === ExitCode.Pass, decorations.headline);
  return exitCode;
}
function headlineLevel(decorations) {
  if (decorations.outcome === "fail") return "error";
  return decorations.verdict === "warn" || decorations.verdict === "fail" ? "warn" : "info";
}
async function publishOrFallBack(send, decorations, ci, ctx) {
  try {
    return await send();
  } catch (error) {
    if (!refusedForForkToken(error, ci)) throw error;
    ctx.log.info(error.message);
    if (ctx.frontEnd.annotate) ctx.frontEnd.annotate(decorations.insight.annotations, FORK_NOTICE);
    else ctx.log.warn(FORK_NOTICE);
    return { published: [], skipped: [], pullRequests: [], urls: {} };
  }
}
function jsonResult(report, decorations, plan, exitCode, settings) {
  return {
    version: VERSION,
    dryRun: plan.publishing === void 0,
    exitCode,
    reportType: report.kind,
    format: report.format,
    reportId: decorations.reportId,
    verdict: report.verdict,
    outcome: decorations.outcome,
    headline: decorations.headline,
    ...plan.repository ? {
      target: {
        platform: plan.repository.platform,
        repository: formatRepository(plan.repository),
        ...plan.publishing?.target.pullRequest !== void 0 ? { pullRequest: plan.publishing.target.pullRequest } : settings.pullRequest !== void 0 ? { pullRequest: settings.pullRequest } : {},
        ...settings.commit ? { commit: settings.commit } : {}
      }
    } : {},
    outputs: reportOutputs(report),
    decorations: { comment: decorations.comment, insight: decorations.insight, status: decorations.status }
  };
}
function fail2(error, log, frontEnd2, settings, json) {
  const { code, message } = describeFailure(error, settings);
  frontEnd2.finish(false, message);
  if (json) {
    const source = error instanceof InputError ? error.source : void 0;
    const at = source === void 0 ? {} : /^(?:[A-Z][A-Z0-9_]*|--?[a-z][\w-]*)$/.test(source) ? { setting: source } : { file: source };
    frontEnd2.stdout(JSON.stringify({ version: VERSION, exitCode: code, error: { code, message, ...at } }, null, 2));
  }
  if (log.debugEnabled && error instanceof Error && error.stack) log.debug(error.stack);
  return code;
}
function describeFailure(error, settings) {
  if (error instanceof InputError) return { code: ExitCode.BadInput, message: `${error.message} (nothing was sent)` };
  if (error instanceof PublishError) return { code: ExitCode.PublishFailed, message: error.message };
  if (error instanceof ServerError) return { code: ExitCode.PublishFailed, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: ExitCode.PublishFailed, message: `unexpected error: ${message}${settings?.debug ? "" : " (set DEBUG=true for details)"}` };
}

// src/index.ts
var frontEnd = await chooseFrontEnd(process.env);
process.exitCode = await run({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd(), frontEnd });
