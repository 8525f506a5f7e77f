import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.fullFormats = void 0;
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
    binary: true,
};
__webpack_unused_export__ = {
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
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}

/***/ }),

/***/ 951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(430);
equal.code = 'require("ajv/dist/runtime/equal").default';
__webpack_unused_export__ = equal;

/***/ }),

/***/ 214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';

/***/ }),

/***/ 430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 958:
/***/ ((module) => {

// Generated by src/schema/standalone.ts: the generated modules of each registered schema by `$id`
// (src/schema/generated/<path>.check.cjs and <path>.validate.cjs). Do not edit: `node scripts/build.mjs`
// regenerates it.

module.exports = {
  "https://cutover.dev/schemas/bundle.schema.json": "bundle",
  "https://cutover.dev/schemas/common.schema.json": "common",
  "https://cutover.dev/schemas/holds.schema.json": "holds",
  "https://cutover.dev/schemas/lineage.schema.json": "lineage",
  "https://cutover.dev/schemas/manifest.schema.json": "manifest",
  "https://cutover.dev/schemas/policy.schema.json": "policy",
  "https://cutover.dev/schemas/records.schema.json": "records",
  "https://cutover.dev/schemas/seal-record.schema.json": "seal-record",
  "https://cutover.dev/schemas/sources.schema.json": "sources",
  "https://cutover.dev/schemas/source-kinds/records.schema.json": "source-kinds/records",
  "https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json": "source-kinds/cyclonedx",
  "https://cutover.dev/schemas/source-kinds/spdx.schema.json": "source-kinds/spdx",
  "https://cutover.dev/schemas/source-kinds/flagd.schema.json": "source-kinds/flagd",
  "https://cutover.dev/schemas/source-kinds/provenance.schema.json": "source-kinds/provenance",
  "https://cutover.dev/schemas/source-kinds/github-release.schema.json": "source-kinds/github-release",
  "https://cutover.dev/schemas/source-kinds/github-attestations.schema.json": "source-kinds/github-attestations",
  "https://cutover.dev/schemas/source-kinds/http-json.schema.json": "source-kinds/http-json",
  "https://cutover.dev/schemas/source-kinds/servicenow.schema.json": "source-kinds/servicenow",
};


/***/ }),

/***/ 946:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// Generated by src/schema/standalone.ts: the run-time helpers of Ajv and ajv-formats that the generated
// validators use, in one module so that scripts/build.mjs can bundle it (dist/generated/runtime.cjs,
// dist/reader/generated/runtime.cjs) beside the validators it copies there. Do not edit.

exports.ucs2length = __nccwpck_require__(214)["default"];
/* unused reexport */ __nccwpck_require__(951);
exports.fullFormats = __nccwpck_require__(779).fullFormats;


/***/ }),

/***/ 823:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/seal-record.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate30;
module.exports["default"] = validate30;
const schema83 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/seal-record.schema.json","title":"Cutover seal record (annotated tag message)","description":"The approval record carried by the annotated tag cutover/<product>/<release>/r<revision> on the merged commit.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","revision","bundleDigest","queue","window","requiredTeams","repository","pullRequest","headSha","mergeCommit","mergeMethod","mergedAt","approvers","supersedes","handoff"],"properties":{"schemaVersion":{"description":"Version of this record format: 1.","const":1},"product":{"description":"The product, as in the manifest.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release, as in the manifest.","$ref":"common.schema.json#/$defs/label"},"revision":{"description":"The sealed revision, as in the manifest and the tag name.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"The bundle digest the manifest binds, recomputed from the tagged commit when read.","$ref":"common.schema.json#/$defs/sha256"},"queue":{"description":"The deployment queue the revision is handed to.","$ref":"common.schema.json#/$defs/label"},"window":{"description":"The change window, as in the manifest.","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"description":"Start of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"end":{"description":"End of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"}}},"requiredTeams":{"description":"The approver teams the manifest required.","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/team"}},"repository":{"description":"The release-bundles repository (owner/name).","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pullRequest":{"description":"Number of the merged bundle pull request.","type":"integer","minimum":1},"headSha":{"description":"Head commit of the pull request that was approved and checked.","$ref":"common.schema.json#/$defs/commit"},"mergeCommit":{"description":"The merged commit the tag points at.","$ref":"common.schema.json#/$defs/commit"},"mergeMethod":{"description":"How the pull request was merged, as seen from the commits: 'squash-or-rebase' when one commit cannot tell them apart.","enum":["merge","squash","rebase","squash-or-rebase"]},"mergedAt":{"description":"When the pull request was merged (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"approvers":{"description":"The approvals that satisfied the required teams.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["login","team","reviewId","commitId"],"properties":{"login":{"description":"GitHub login of the approver.","type":"string","minLength":1,"maxLength":100},"team":{"description":"The required team the approval counted for.","$ref":"common.schema.json#/$defs/team"},"reviewId":{"description":"Id of the approving pull request review.","type":"integer","minimum":1},"commitId":{"description":"The commit the review approved (the pull request's head).","$ref":"common.schema.json#/$defs/commit"}}}},"supersedes":{"description":"The revision this one replaces, or null, as in the manifest.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["revision","bundleDigest"],"properties":{"revision":{"description":"Revision number of the superseded revision.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"Bundle digest of the superseded revision.","$ref":"common.schema.json#/$defs/sha256"}}}]},"handoff":{"description":"The hand-off statement, as in the manifest.","type":"string","minLength":1}}};
const schema2 = {"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"};
const schema45 = {"description":"A revision number: 1 to 999999999, the most a seal tag cutover/<product>/<release>/r<revision> carries (MAX_REVISION in src/domain/names.ts).","type":"integer","minimum":1,"maximum":999999999};
const schema7 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema17 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const schema50 = {"description":"A GitHub team as org/slug, or a slug alone meaning a team of the bundles repository's organization.","type":"string","pattern":"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"};
const schema4 = {"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"};
const func0 = Object.prototype.hasOwnProperty;
const func1 = (__nccwpck_require__(946).ucs2length);
const pattern0 = new RegExp("^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$", "u");
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern13 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const pattern38 = new RegExp("^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern2 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const formats0 = (__nccwpck_require__(946).fullFormats)["date-time"];

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/seal-record.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.release === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.revision === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bundleDigest === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundleDigest"},message:"must have required property '"+"bundleDigest"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.queue === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queue"},message:"must have required property '"+"queue"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.window === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.requiredTeams === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requiredTeams"},message:"must have required property '"+"requiredTeams"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.repository === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.pullRequest === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pullRequest"},message:"must have required property '"+"pullRequest"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.headSha === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headSha"},message:"must have required property '"+"headSha"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.mergeCommit === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergeCommit"},message:"must have required property '"+"mergeCommit"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.mergeMethod === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergeMethod"},message:"must have required property '"+"mergeMethod"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.mergedAt === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergedAt"},message:"must have required property '"+"mergedAt"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.approvers === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvers"},message:"must have required property '"+"approvers"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.supersedes === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supersedes"},message:"must have required property '"+"supersedes"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.handoff === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handoff"},message:"must have required property '"+"handoff"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema83.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err18 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema83.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err19 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.release !== undefined){
let data2 = data.release;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err21 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.revision !== undefined){
let data3 = data.revision;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err23 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.type,parentSchema:schema45,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 999999999 || isNaN(data3)){
const err24 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema45,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err25 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.bundleDigest !== undefined){
let data4 = data.bundleDigest;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err26 = {instancePath:instancePath+"/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.queue !== undefined){
let data5 = data.queue;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err28 = {instancePath:instancePath+"/queue",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/queue",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.window !== undefined){
let data6 = data.window;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.start === undefined){
const err30 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema83.properties.window.required,parentSchema:schema83.properties.window,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data6.end === undefined){
const err31 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema83.properties.window.required,parentSchema:schema83.properties.window,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "start") || (key1 === "end"))){
const err32 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.window,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.start !== undefined){
let data7 = data6.start;
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
const err33 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema17,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(formats0.validate(data7))){
const err34 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema17,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.end !== undefined){
let data8 = data6.end;
if(typeof data8 === "string"){
if(!pattern13.test(data8)){
const err36 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema17,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(formats0.validate(data8))){
const err37 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema17,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.window.type,parentSchema:schema83.properties.window,data:data6};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.requiredTeams !== undefined){
let data9 = data.requiredTeams;
if(Array.isArray(data9)){
if(data9.length < 1){
const err40 = {instancePath:instancePath+"/requiredTeams",schemaPath:"#/properties/requiredTeams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema83.properties.requiredTeams,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(!pattern38.test(data10)){
const err41 = {instancePath:instancePath+"/requiredTeams/" + i0,schemaPath:"common.schema.json#/$defs/team/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema50,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/requiredTeams/" + i0,schemaPath:"common.schema.json#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/requiredTeams",schemaPath:"#/properties/requiredTeams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.requiredTeams.type,parentSchema:schema83.properties.requiredTeams,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.repository !== undefined){
let data11 = data.repository;
if(typeof data11 === "string"){
if(!pattern3.test(data11)){
const err44 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema83.properties.repository,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.repository.type,parentSchema:schema83.properties.repository,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.pullRequest !== undefined){
let data12 = data.pullRequest;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err46 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema83.properties.pullRequest.type,parentSchema:schema83.properties.pullRequest,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema83.properties.pullRequest,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data.headSha !== undefined){
let data13 = data.headSha;
if(typeof data13 === "string"){
if(!pattern2.test(data13)){
const err48 = {instancePath:instancePath+"/headSha",schemaPath:"common.schema.json#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema4,data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/headSha",schemaPath:"common.schema.json#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.mergeCommit !== undefined){
let data14 = data.mergeCommit;
if(typeof data14 === "string"){
if(!pattern2.test(data14)){
const err50 = {instancePath:instancePath+"/mergeCommit",schemaPath:"common.schema.json#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema4,data:data14};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/mergeCommit",schemaPath:"common.schema.json#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.mergeMethod !== undefined){
let data15 = data.mergeMethod;
if(!((((data15 === "merge") || (data15 === "squash")) || (data15 === "rebase")) || (data15 === "squash-or-rebase"))){
const err52 = {instancePath:instancePath+"/mergeMethod",schemaPath:"#/properties/mergeMethod/enum",keyword:"enum",params:{allowedValues: schema83.properties.mergeMethod.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.mergeMethod.enum,parentSchema:schema83.properties.mergeMethod,data:data15};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.mergedAt !== undefined){
let data16 = data.mergedAt;
if(typeof data16 === "string"){
if(!pattern13.test(data16)){
const err53 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema17,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(formats0.validate(data16))){
const err54 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema17,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.approvers !== undefined){
let data17 = data.approvers;
if(Array.isArray(data17)){
if(data17.length < 1){
const err56 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema83.properties.approvers,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.login === undefined){
const err57 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema83.properties.approvers.items.required,parentSchema:schema83.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data18.team === undefined){
const err58 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'",schema:schema83.properties.approvers.items.required,parentSchema:schema83.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data18.reviewId === undefined){
const err59 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "reviewId"},message:"must have required property '"+"reviewId"+"'",schema:schema83.properties.approvers.items.required,parentSchema:schema83.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data18.commitId === undefined){
const err60 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "commitId"},message:"must have required property '"+"commitId"+"'",schema:schema83.properties.approvers.items.required,parentSchema:schema83.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key2 in data18){
if(!((((key2 === "login") || (key2 === "team")) || (key2 === "reviewId")) || (key2 === "commitId"))){
const err61 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data18.login !== undefined){
let data19 = data18.login;
if(typeof data19 === "string"){
if(func1(data19) > 100){
const err62 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema83.properties.approvers.items.properties.login,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func1(data19) < 1){
const err63 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.approvers.items.properties.login,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.approvers.items.properties.login.type,parentSchema:schema83.properties.approvers.items.properties.login,data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data18.team !== undefined){
let data20 = data18.team;
if(typeof data20 === "string"){
if(!pattern38.test(data20)){
const err65 = {instancePath:instancePath+"/approvers/" + i1+"/team",schemaPath:"common.schema.json#/$defs/team/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema50,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/approvers/" + i1+"/team",schemaPath:"common.schema.json#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data20};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data18.reviewId !== undefined){
let data21 = data18.reviewId;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err67 = {instancePath:instancePath+"/approvers/" + i1+"/reviewId",schemaPath:"#/properties/approvers/items/properties/reviewId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema83.properties.approvers.items.properties.reviewId.type,parentSchema:schema83.properties.approvers.items.properties.reviewId,data:data21};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err68 = {instancePath:instancePath+"/approvers/" + i1+"/reviewId",schemaPath:"#/properties/approvers/items/properties/reviewId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema83.properties.approvers.items.properties.reviewId,data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data18.commitId !== undefined){
let data22 = data18.commitId;
if(typeof data22 === "string"){
if(!pattern2.test(data22)){
const err69 = {instancePath:instancePath+"/approvers/" + i1+"/commitId",schemaPath:"common.schema.json#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema4,data:data22};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/approvers/" + i1+"/commitId",schemaPath:"common.schema.json#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data22};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.approvers.items.type,parentSchema:schema83.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.approvers.type,parentSchema:schema83.properties.approvers,data:data17};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.supersedes !== undefined){
let data23 = data.supersedes;
const _errs62 = errors;
let valid20 = false;
let passing0 = null;
const _errs63 = errors;
if(data23 !== null){
const err73 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema83.properties.supersedes.oneOf[0].type,parentSchema:schema83.properties.supersedes.oneOf[0],data:data23};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid0 = _errs63 === errors;
if(_valid0){
valid20 = true;
passing0 = 0;
}
const _errs65 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.revision === undefined){
const err74 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema83.properties.supersedes.oneOf[1].required,parentSchema:schema83.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data23.bundleDigest === undefined){
const err75 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/required",keyword:"required",params:{missingProperty: "bundleDigest"},message:"must have required property '"+"bundleDigest"+"'",schema:schema83.properties.supersedes.oneOf[1].required,parentSchema:schema83.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key3 in data23){
if(!((key3 === "revision") || (key3 === "bundleDigest"))){
const err76 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data23.revision !== undefined){
let data24 = data23.revision;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err77 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.type,parentSchema:schema45,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 999999999 || isNaN(data24)){
const err78 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema45,data:data24};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err79 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45,data:data24};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
if(data23.bundleDigest !== undefined){
let data25 = data23.bundleDigest;
if(typeof data25 === "string"){
if(!pattern5.test(data25)){
const err80 = {instancePath:instancePath+"/supersedes/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data25};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/supersedes/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data25};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.supersedes.oneOf[1].type,parentSchema:schema83.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid0 = _errs65 === errors;
if(_valid0 && valid20){
valid20 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid20 = true;
passing0 = 1;
}
}
if(!valid20){
const err83 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema83.properties.supersedes.oneOf,parentSchema:schema83.properties.supersedes,data:data23};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
if(data.handoff !== undefined){
let data26 = data.handoff;
if(typeof data26 === "string"){
if(func1(data26) < 1){
const err84 = {instancePath:instancePath+"/handoff",schemaPath:"#/properties/handoff/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.handoff,data:data26};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/handoff",schemaPath:"#/properties/handoff/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.handoff.type,parentSchema:schema83.properties.handoff,data:data26};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* reexport */ INTEGRITY_CHECKS),
  dz: () => (/* reexport */ errors_InputError),
  Hx: () => (/* reexport */ listSealedRevisions),
  zl: () => (/* reexport */ readSealedBundle)
});

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Typed errors, converted to messages and exit codes only at the boundaries (CLI, action main).
 */
/** Bad input: a file, field or argument that does not have the expected form. CLI exit code 2. */
class errors_InputError extends Error {
    name = 'InputError';
    file;
    line;
    field;
    expected;
    constructor(message, where = {}, options) {
        super(message, options);
        this.file = where.file;
        this.line = where.line;
        this.field = where.field;
        this.expected = where.expected;
    }
    /**
     * One line a person can act on: `file:line: field: message (expected: …)`, control characters escaped and the
     * credentials of any URL it quotes redacted.
     */
    describe() {
        const place = [this.file, this.line === undefined ? undefined : String(this.line)].filter(Boolean).join(':');
        const parts = [place, this.field ? `field ${this.field}` : undefined].filter(Boolean).join(': ');
        const expected = this.expected ? ` (expected ${this.expected})` : '';
        return escapeControls(redactCredentials(`${parts ? `${parts}: ` : ''}${this.message}${expected}`));
    }
}
/** A failed call to GitHub, keeping the HTTP status and the original error. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
/** A state the action refuses to act on (a moved tag, a merge carrying unapproved changes). */
class RefusalError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'RefusalError';
}
/**
 * Message of any thrown value, without a stack trace, on one line: control characters are escaped, and the
 * credentials of any URL it quotes redacted (a schema error quotes the value it refuses: a sources file's `url`
 * with a password in it, say).
 */
function messageOf(error) {
    if (error instanceof errors_InputError)
        return error.describe();
    if (error instanceof Error)
        return escapeControls(redactCredentials(error.message));
    return escapeControls(redactCredentials(String(error)));
}
/** A URL in a text, up to whitespace, quotes, backquotes or angle brackets. */
const URL_IN_TEXT = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>`]+/g;
/**
 * Query and fragment parameter names that carry secrets: OAuth and API tokens, cloud storage signatures
 * (Azure SAS `sig`, S3 `X-Amz-Signature`/`X-Amz-Credential`/`X-Amz-Security-Token`, GCS `X-Goog-Signature`),
 * passwords and API keys. Compared case-insensitively; a name ending in `_token`, `-token`, `_secret`,
 * `-signature` and the like counts too.
 */
const SECRET_PARAMETER = /^(?:token|sig|signature|jwt|key|apikey|api[_-]key|password|passwd|pwd|secret|auth|authorization|credentials?)$|[_-](?:token|secret|signature|sig|credential|password|key)$/i;
/**
 * The credentials of one URL (as URL_IN_TEXT finds them): a password in the user-info (`user:password@`), a user
 * name alone over http(s) (`<token>@`, how git hosts take tokens; `git@` and `ssh://git@host` name an account,
 * not a secret), and query or fragment parameters whose name says they carry a secret (SECRET_PARAMETER).
 */
function urlCredentials(url) {
    const separator = url.indexOf('://');
    const scheme = url.slice(0, separator);
    const rest = url.slice(separator + 3);
    // The authority ends at the first `/`, `?` or `#`: an `@` after it is a path's (`oci://host/repo@sha256:...`).
    const end = rest.search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    const at = authority.lastIndexOf('@');
    const host = authority.slice(at + 1);
    const kinds = [];
    let userInfo = at < 0 ? undefined : authority.slice(0, at);
    if (userInfo?.includes(':')) {
        kinds.push('a password (user:password@)');
        userInfo = `${userInfo.slice(0, userInfo.indexOf(':'))}:***`;
    }
    else if (userInfo && userInfo.toLowerCase() !== 'git' && /(^|\+)https?$/i.test(scheme)) {
        // `git@` is the account every git host names in its clone URLs (package manifests and SBOMs copy
        // `git+https://git@github.com/...`), not a token.
        kinds.push('a user name over http(s) (<token>@, how git hosts take tokens)');
        userInfo = '***';
    }
    const after = (end < 0 ? '' : rest.slice(end)).replace(/([?#&;])([^=&;#]*)=([^&;#]*)/g, (pair, lead, name) => {
        const decoded = decodedName(name);
        if (!SECRET_PARAMETER.test(decoded))
            return pair;
        kinds.push(`${lead === '#' ? 'fragment' : 'query'} parameter '${decoded.slice(0, 64)}'`);
        return `${lead}${name}=***`;
    });
    return {
        origin: `${scheme.toLowerCase()}://${host}`,
        kinds,
        redacted: `${scheme}://${userInfo === undefined ? '' : `${userInfo}@`}${host}${after}`,
    };
}
function decodedName(name) {
    try {
        return decodeURIComponent(name.replace(/\+/g, ' '));
    }
    catch {
        return name;
    }
}
/** Every URL in `text` with its credentials replaced by `***` (urlCredentials); the rest of the text as it was. */
function redactCredentials(text) {
    if (!mayCarryCredentials(text))
        return text;
    return text.replace(URL_IN_TEXT, (url) => urlCredentials(url).redacted);
}
/** What every credential urlCredentials finds is written with: a user-info `@`, or a parameter's lead. */
const CREDENTIAL_MARK = /[@?#&;]/;
/**
 * Whether `text` may hold a URL with a credential: a URL (`://`) and an `@` (user-info) or a parameter (`?`,
 * `#`, `&`, `;`). Most texts, and most URLs a source states, have neither, and the assemble scan tests every
 * string of every record; a URL without them is its own redaction.
 */
const mayCarryCredentials = (text) => text.includes('://') && CREDENTIAL_MARK.test(text);
/** Every URL in `text` with the credentials it carries, in order (those that carry none left out). */
function credentialsInText(text) {
    if (!mayCarryCredentials(text))
        return [];
    return [...text.matchAll(URL_IN_TEXT)].map(([url]) => urlCredentials(url)).filter((c) => c.kinds.length > 0);
}
/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional embedding, override
 * and isolate controls: characters that, echoed from an input into a message, split it into lines, move the
 * cursor, recolour the terminal or reorder what a reader sees.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * Text with every control character written as an escape (`\n`, `\r`, `\t`, `\u001b`), so a message taken from
 * an input stays on one line and prints as it reads. Every other character, backslashes and non-ASCII letters
 * included, is left exactly as it was.
 */
function escapeControls(text) {
    return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/domain/approval.ts
/**
 * The two-team approval gate as a pure function: which reviews count at the current head, and whether
 * every required team is covered by a distinct person. Counts nothing GitHub would not count.
 */

/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or DISMISSED) is their state, as on
 * GitHub: a later COMMENTED review neither adds nor removes an approval. GitHub's times are whole seconds and
 * ids follow when a review was started, not submitted (a pending review keeps its id): within one second the
 * order is unknown, so an approval is taken as the earlier one and never outlasts a decision of that second.
 */
function latestDecisiveReviews(reviews) {
    const latest = new Map();
    const approvedFirst = (r) => (r.state === 'APPROVED' ? 0 : 1);
    const ordered = [...reviews].sort((a, b) => cmp(a.submittedAt ?? '', b.submittedAt ?? '') || approvedFirst(a) - approvedFirst(b) || a.id - b.id);
    for (const review of ordered) {
        if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED')
            latest.set(review.login.toLowerCase(), review);
    }
    return latest;
}
/**
 * The logins whose approval could count: submitted before the merge (if any), approved at the head, not the
 * author, not a bot, not a possible last pusher.
 */
function eligibleApprovals(input) {
    const eligible = [];
    const ignored = [];
    const cutoff = input.mergedAt ? Date.parse(input.mergedAt) : undefined;
    const inTime = input.reviews.filter((review) => {
        if (cutoff === undefined)
            return true;
        // A review without a submission time is pending: it never counts either way.
        const at = review.submittedAt ? Date.parse(review.submittedAt) : Number.NaN;
        // GitHub's times are whole seconds: a review in the merge's own second may have come after it. An honest
        // approval precedes the cutover/approval check the merge required, so strictly earlier loses nothing.
        if (at < cutoff)
            return true;
        if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED')
            ignored.push({
                login: review.login,
                reviewId: review.id,
                reason: `submitted ${review.submittedAt ?? 'without a time'}, after the merge at ${input.mergedAt}: the gate is judged as it stood at the merge`,
            });
        return false;
    });
    const pushers = new Set(input.lastPushers.map((l) => l.toLowerCase()));
    for (const review of latestDecisiveReviews(inTime).values()) {
        const skip = (reason) => ignored.push({ login: review.login, reviewId: review.id, reason });
        if (review.state !== 'APPROVED')
            skip(review.state === 'DISMISSED' ? 'approval dismissed' : 'changes requested');
        else if (review.commitId !== input.headSha)
            skip(`approved ${review.commitId.slice(0, 12)}, not the current head ${input.headSha.slice(0, 12)} (stale)`);
        else if (review.isBot || /\[bot\]$/i.test(review.login))
            skip('bots never count as approvers');
        else if (review.login.toLowerCase() === input.author.toLowerCase())
            skip('the pull request author cannot approve it');
        else if (pushers.has(review.login.toLowerCase()))
            skip('the head commit may be their push (GitHub records them moving the branch to it, or it names them as author or committer): the last pusher cannot approve their own push');
        else
            eligible.push(review);
    }
    return { eligible, ignored };
}
/**
 * Covers every team with a distinct approver (bipartite matching, so one person never counts for two
 * teams, and a person in both teams is used where they are needed).
 */
function evaluateGate(input) {
    const { eligible, ignored } = eligibleApprovals(input);
    const byLogin = new Map(eligible.map((r) => [r.login.toLowerCase(), r]));
    const candidates = new Map(input.teams.map((team) => [
        team,
        [...byLogin.keys()].filter((login) => input.membership.get(team)?.has(login) ?? false).sort(cmp),
    ]));
    const { owner, uncovered: missingTeams } = matchTeams(input.teams, candidates);
    const assignments = [...owner.entries()]
        .map(([login, team]) => {
        const review = byLogin.get(login);
        return { team, login: review?.login ?? login, reviewId: review?.id ?? 0, commitId: review?.commitId ?? '' };
    })
        .sort((a, b) => input.teams.indexOf(a.team) - input.teams.indexOf(b.team));
    for (const review of eligible) {
        if (!owner.has(review.login.toLowerCase())) {
            const teams = input.teams.filter((t) => input.membership.get(t)?.has(review.login.toLowerCase()));
            ignored.push({
                login: review.login,
                reviewId: review.id,
                reason: teams.length === 0
                    ? 'not a member of any required team'
                    : `already counted: ${teams.join(', ')} covered by someone else`,
            });
        }
    }
    return { satisfied: missingTeams.length === 0, assignments, missingTeams, ignored };
}
/**
 * A maximum bipartite matching of teams to distinct people (augmenting paths): one person never covers two
 * teams, and the order in which people approved never hides a valid cover. Logins are compared as given.
 */
function matchTeams(teams, candidates) {
    const owner = new Map(); // login -> team
    const assign = (team, seen) => {
        for (const login of candidates.get(team) ?? []) {
            if (seen.has(login))
                continue;
            seen.add(login);
            const current = owner.get(login);
            if (current === undefined || assign(current, seen)) {
                owner.set(login, team);
                return true;
            }
        }
        return false;
    };
    const uncovered = [...new Set(teams)].filter((team) => !assign(team, new Set()));
    return { owner, uncovered };
}
/** `org/slug` of a policy team entry; a bare slug belongs to the bundles repository's organization. */
function qualifyTeam(team, defaultOrg) {
    return team.includes('/') ? team : `${defaultOrg}/${team}`;
}

;// CONCATENATED MODULE: ./src/reader/checks.ts
/**
 * Pure checks of the sealed-bundle reader, over data already read from git: manifest against tag name and
 * record, required teams against approvers (distinct people), supersession among a release's seal tags, and
 * the change window as a fact relative to a moment. No I/O.
 */

/** Names of the integrity results, in report order. */
const INTEGRITY_CHECKS = [
    'annotated-tag',
    'seal-record',
    'tag-target',
    'default-branch',
    'bundle-digest',
    'manifest-binding',
    'latest-revision',
    'required-approvers',
];
/** The state of `[start, end)` at `at`. */
function windowState(window, at) {
    const now = at.getTime();
    if (now < Date.parse(window.start))
        return 'not started';
    if (now < Date.parse(window.end))
        return 'open';
    return 'ended';
}
/** The window fact, from the record when there is one (it is what was approved), else from the manifest. */
function windowFact(record, manifest, at) {
    const window = record?.window ?? manifest?.window;
    const from = record ? 'seal record' : manifest ? 'manifest' : undefined;
    return {
        state: window ? windowState(window, at) : undefined,
        start: window?.start,
        end: window?.end,
        at: at.toISOString(),
        from,
    };
}
/** Differences between the manifest and the tag name and record it was sealed under (empty when none). */
function manifestMismatches(manifest, name, record) {
    const out = [];
    for (const key of ['product', 'release', 'revision']) {
        if (manifest[key] !== name[key])
            out.push(`manifest ${key} is ${String(manifest[key])}, the tag name says ${String(name[key])}`);
    }
    if (!record)
        return out;
    if (manifest.bundleDigest !== record.bundleDigest)
        out.push(`manifest binds ${manifest.bundleDigest}, the seal record ${record.bundleDigest}`);
    if (manifest.queue !== record.queue)
        out.push(`manifest queue is ${manifest.queue}, the seal record's ${record.queue}`);
    if (manifest.window.start !== record.window.start || manifest.window.end !== record.window.end)
        out.push(`manifest window is ${manifest.window.start} .. ${manifest.window.end}, the seal record's ${record.window.start} .. ${record.window.end}`);
    // Compared as org/slug: a policy may name a team of the repository's organization by its slug alone, and
    // seal records the teams as the gate qualified them.
    const org = recordOrg(record);
    const teams = manifest.requiredApprovers.teams
        .map((t) => qualifyTeam(t, org))
        .sort()
        .join(', ');
    const recorded = record.requiredTeams
        .map((t) => qualifyTeam(t, org))
        .sort()
        .join(', ');
    if (teams !== recorded)
        out.push(`manifest requires ${teams}, the seal record names ${recorded}`);
    const supersedes = (ref) => ref ? `r${ref.revision} (${ref.bundleDigest})` : 'nothing';
    if (supersedes(manifest.supersedes) !== supersedes(record.supersedes))
        out.push(`manifest supersedes ${supersedes(manifest.supersedes)}, the seal record ${supersedes(record.supersedes)}`);
    return out;
}
/** The organization of the bundles repository a seal record names: where a team named by its slug alone is. */
function recordOrg(record) {
    return record.repository.split('/')[0] ?? '';
}
/**
 * Assigns each required team a distinct approving login (logins compared case-insensitively, as GitHub
 * does), counting only approvals made on the approved head. A maximum bipartite matching, so one person
 * who belongs to two teams never covers both, and an order of approvals never hides a valid cover. With
 * `org`, teams on both sides are compared as org/slug (a slug alone names a team of `org`: a policy may name
 * its teams so, and seal records approvers under the qualified name); `assignment` is then keyed by org/slug.
 */
function coverTeams(teams, given, headSha, org) {
    const approvers = org === undefined ? given : given.map((a) => ({ ...a, team: qualifyTeam(a.team, org) }));
    const required = org === undefined ? teams : teams.map((t) => qualifyTeam(t, org));
    const counted = approvers.filter((a) => a.commitId === headSha);
    const ignored = approvers.filter((a) => a.commitId !== headSha);
    const candidates = new Map();
    for (const team of required) {
        const logins = counted.filter((a) => a.team === team).map((a) => a.login.toLowerCase());
        candidates.set(team, [...new Set(logins)]);
    }
    const { owner, uncovered } = matchTeams(required, candidates);
    const assignment = {};
    for (const [login, team] of owner) {
        const original = counted.find((a) => a.login.toLowerCase() === login && a.team === team)?.login ?? login;
        assignment[team] = original;
    }
    return { assignment, uncovered, ignored };
}
/** Whether `revision` is the latest sealed one of its release, given every seal tag of that release. */
function supersession(revision, release) {
    const later = release.filter((r) => r.revision > revision);
    const sealedLater = later.filter((r) => r.sealed).map((r) => r.revision);
    const supersededBy = sealedLater.length > 0 ? Math.max(...sealedLater) : undefined;
    const unsealedLater = later
        .filter((r) => !r.sealed)
        .map((r) => r.revision)
        .sort((a, b) => a - b);
    return { latest: later.length === 0, supersededBy, unsealedLater };
}
/**
 * The standing of every seal tag of one release at once, as {@link supersession} gives it for one revision
 * (`latest`, `supersededBy`), in one pass from the highest revision down: linear in the release's tags, where
 * calling `supersession` per tag would be quadratic (a release with 5,000 revisions).
 */
function releaseStandings(release) {
    const ascending = [...release].sort((a, b) => a.revision - b.revision);
    const standings = new Map();
    eachStanding(ascending, (tag, latest, supersededBy) => standings.set(tag.revision, { latest, supersededBy }));
    return standings;
}
/**
 * Hands `visit` the standing of each tag of one release sorted by ascending revision (distinct revisions), from
 * the highest down, as releaseStandings gives it: latest when no later tag exists, superseded by the highest
 * later sealed revision, if any.
 */
function eachStanding(ascending, visit) {
    let highestSealed;
    for (let i = ascending.length - 1; i >= 0; i--) {
        const tag = ascending[i];
        if (!tag)
            continue;
        visit(tag, i === ascending.length - 1, highestSealed, i);
        if (tag.sealed && highestSealed === undefined)
            highestSealed = tag.revision;
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/domain/listed.ts
/**
 * Records whose keys are listed once. lineage.json's `fields` is one object with about 27 keys per component
 * (270,000 at 10,000 components), which V8 keeps as a dictionary: listing its keys (Object.keys, for-in,
 * JSON.stringify) costs tens of milliseconds each time. Assembly builds it through a RecordBuilder, which
 * keeps its keys and values in insertion order as it inserts them and freezes the record when it is finished;
 * the passes that follow (the holds' lineage rule, the bundle digest's key-order walk) read the lists instead
 * of listing the record again.
 *
 * A list can never be stale: it is kept only for a frozen record (no key can be added, deleted or given
 * another value afterwards), and only when it is provably Object.keys' order: keys inserted in strictly
 * increasing order (so each once), none integer-like (V8 lists array indices first, in numeric order,
 * whatever the insertion order) nor `__proto__`.
 * For any other record listingOf answers undefined and callers list it themselves.
 */
const LISTINGS = new WeakMap();
/** The listing of a record a RecordBuilder finished, or undefined for any other value. */
function listed_listingOf(value) {
    return LISTINGS.get(value);
}
/** Object.keys of a record, from its listing when it has one. */
function keysOf(record) {
    return LISTINGS.get(record)?.keys ?? Object.keys(record);
}
/** Builds a plain record key by key; `finish` freezes it and keeps its listing. */
class RecordBuilder {
    record = {};
    keys = [];
    values = [];
    /** False once a key was inserted whose place in Object.keys' order the lists might not tell. */
    listable = true;
    finished = false;
    set(key, value) {
        if (this.finished)
            throw new Error('RecordBuilder: the record is finished and frozen');
        const first = key.charCodeAt(0);
        const keys = this.keys;
        // Listed only while each key comes after the one before it (one comparison, no lookup in the record: so
        // no key is inserted twice) and none may be an array index (it starts with a digit) or is `__proto__`
        // (assigning it sets the prototype). Assigning any other key, inherited names included, creates an own
        // property, which Object.keys lists in insertion order. Otherwise the record is built without a listing.
        if ((keys.length > 0 && !(keys[keys.length - 1] < key)) ||
            (first >= 48 && first <= 57) ||
            key === '__proto__')
            this.listable = false;
        this.record[key] = value;
        this.keys.push(key);
        this.values.push(value);
    }
    /** The record, frozen; with a listing when every key was listable. */
    finish() {
        if (!this.finished) {
            this.finished = true;
            Object.freeze(this.record);
            if (this.listable)
                LISTINGS.set(this.record, { keys: Object.freeze(this.keys), values: Object.freeze(this.values) });
        }
        return this.record;
    }
}

;// CONCATENATED MODULE: ./src/domain/canonical.ts
/**
 * Canonical bytes and digests: RFC 8785 (JSON Canonicalization Scheme), then sha256. The one digest function
 * of the project.
 *
 * The canonicalizer is in-house and byte-identical to the `canonicalize` package (4.x) for every JSON value,
 * which test/domain/canonical-differential.test.ts shows over the RFC 8785 vectors, assembled bundles and
 * generated values. Most values take the fast path: the value with its object keys in sorted order (objects
 * already in that order kept as they are, the others copied with their keys inserted in sorted order),
 * serialized by the native `JSON.stringify` (numbers and strings are then serialized exactly as RFC 8785
 * requires, which is ECMAScript's own serialization). V8 enumerates integer-like keys ("0", "10", "9")
 * first and in numeric order whatever the insertion order, and `__proto__` cannot be inserted as a plain
 * key: a value with such a key anywhere takes the slow path, which writes the text itself. So do values with
 * `toJSON`, objects that are not plain, NaN, Infinity and lone surrogates, and the slow path throws for what
 * RFC 8785 refuses, as the package does. Values known to be in canonical order are marked (ORDERED), so that
 * the bundle digest, the per-field digests (digestWithin) and the writer (files.ts) need not walk them again.
 */


/** Keys whose insertion order V8 does not keep: array indices ("0", "1", "4294967294"; a few more to be safe). */
const UNORDERED_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
/** Whether a key must take the slow path: an unordered key (they start with a digit, tested first) or `__proto__`. */
const needsSlowPath = (key) => {
    const first = key.charCodeAt(0);
    return (first >= 48 && first <= 57 && UNORDERED_KEY.test(key)) || key === '__proto__';
};
/**
 * Objects found (or made) in canonical order by the fast path of canonicalForm, digestedBundleFiles or
 * digestWithin, found so by parse.ts's key walk (markParsedInOrder), or built so (assembly's lineage fields,
 * markListedInOrder), whole subtree included: every object plain with its keys in sorted order, no `toJSON`,
 * no key that needs the slow path, no number JSON cannot hold. JSON.stringify writes them as they are, so the
 * bundle digest, the writer (files.ts) and the field digests walk them no more. The mark is a promise of the
 * caller that gets such a value: it is not changed afterwards (assembled and parsed release files are not).
 * digestedBundleFiles and digestWithin consult it only at the top of a value and one level below (the three
 * files inside the bundle digest's `{bundle, holds, lineage}`), and for a listed record (listed.ts) two
 * levels below; renderJson at the top: a WeakSet lookup or a few per call is its whole cost. canonicalJson
 * and digestOf neither set nor consult it.
 */
const ORDERED = new WeakSet();
/** Whether a value was marked as in canonical order (see ORDERED): then JSON.stringify writes it canonically. */
function knownCanonical(value) {
    return typeof value === 'object' && value !== null && ORDERED.has(value);
}
/**
 * Whether a key of a parsed JSON object lets the object be marked as in canonical order (markParsedInOrder):
 * not a key the fast path sends to the slow path (integer-like, `__proto__`), nor `toJSON`, which a parsed
 * object holds only as its own key and which the fast path also refuses (`'toJSON' in value`).
 */
function orderableKey(key) {
    return !needsSlowPath(key) && key !== 'toJSON';
}
/**
 * Marks a value fresh from JSON.parse as in canonical order (ORDERED), for parse.ts, whose key walk checked
 * exactly what orderedObject checks of such a value, so that the fast path would return it as it is: every
 * key passed orderableKey and came after the one before it in for-in order (which is Object.keys' and
 * JSON.stringify's order, so strictly increasing keys are RFC 8785's order), every number is finite, and it
 * nests at most MAX_DEPTH levels (a parsed value holds only plain objects, arrays, strings, finite or infinite
 * numbers, booleans and null). Lone surrogates are not checked, as the fast path does not: fastText and
 * digestInOrder look for them in the text. The caller promises the value is not changed afterwards.
 */
function markParsedInOrder(root) {
    ORDERED.add(root);
}
/**
 * Marks a record a RecordBuilder finished with a listing (listed.ts) as in canonical order (ORDERED), for
 * assembly's lineage fields (assembly-lineage.ts fieldLineages), so that the bundle digest does not walk its
 * tens of thousands of values. The listing tells that its keys are in order and none needs the slow path
 * (RecordBuilder lists a record only then), and it is frozen. The caller promises what the listing cannot
 * tell: no key is `toJSON`, and every value is a plain object whose keys were inserted in sorted order, none
 * `toJSON`, and whose values are strings (lineage.json's field pointers start with `/`; its entries are
 * `{fragment?, source, valueDigest}`). Lone surrogates need no promise: fastText looks for them in the text. The mark is
 * consulted where listings are (orderedObject, at depth 2 at most: lineage.json's fields in the bundle
 * digest's `{bundle, holds, lineage}`), and only by the bundle digest and digestWithin. A record without a
 * listing is not marked.
 */
function markListedInOrder(record) {
    if (listingOf(record) !== undefined)
        ORDERED.add(record);
}
/** Thrown by the fast path when the value needs the slow path, which also throws every refusal in its order. */
const NEEDS_SLOW_PATH = Symbol('needs the slow path');
/** Deeper than this, the fast path gives up (a cycle recurses forever, so it gets there): the slow path decides. */
const MAX_DEPTH = 64;
/**
 * A value's canonical JSON text, and the value with every object's keys in canonical order (copied only where
 * they were not), so that what is built once can be both digested and written without sorting it again. The
 * ordered value is marked (ORDERED): the caller must not change it afterwards. A value whose keys JavaScript
 * cannot hold in that order (integer-like keys, `__proto__`), or that holds something else the fast path
 * leaves to the slow one (`toJSON`, boxed primitives, class instances, nesting deeper than 64), is returned
 * as it is. The text is computed when first read (most callers want only the value), and reading it throws
 * what canonicalJson throws (NaN, Infinity, lone surrogates, cycles).
 */
function canonicalForm(value) {
    if (value === null || typeof value !== 'object')
        return {
            value,
            get text() {
                return canonicalJson(value);
            },
        };
    const ordered = fastOrdered(value, false);
    let text;
    if (ordered === undefined)
        return {
            value,
            get text() {
                text ??= slowText(value);
                return text;
            },
        };
    ORDERED.add(ordered);
    return {
        value: ordered,
        get text() {
            text ??= fastText(ordered, value);
            return text;
        },
    };
}
/** RFC 8785 canonical JSON text of a value. */
function canonicalJson(value) {
    // A string, number, boolean or null (most lineage field values) is its own JSON text.
    if (value === null || typeof value !== 'object') {
        checkLeaf(value);
        const text = JSON.stringify(value);
        if (text === undefined)
            throw new TypeError('value has no JSON representation');
        return text;
    }
    const ordered = fastOrdered(value, false);
    return ordered === undefined ? slowText(value) : fastText(ordered, value);
}
/** The value in canonical order through the fast path, or undefined when it needs the slow path. */
function fastOrdered(value, marks) {
    try {
        return orderedObject(value, 0, marks);
    }
    catch (error) {
        if (error !== NEEDS_SLOW_PATH)
            throw error;
        return undefined;
    }
}
/**
 * The text of a value the fast path ordered: JSON.stringify's, which is canonical once keys are in order, but
 * for one case the fast path does not look at: a lone surrogate, which JSON.stringify writes as an escape
 * (`\udXXX`, lowercase) where RFC 8785 refuses it. One search of the text finds that escape; only then (or
 * when a string holds a backslash followed by `ud`) are the strings looked at, and the slow path throws what
 * the package throws.
 */
function fastText(ordered, original) {
    const text = JSON.stringify(ordered);
    return hasLoneSurrogate(text, ordered) ? slowText(original) : text;
}
/** Whether a value whose JSON.stringify text is `text` holds a lone surrogate in a string or a key. */
function hasLoneSurrogate(text, value) {
    return text.includes('\\ud') && !wellFormed(value);
}
/** Whether every string and key of a value (the fast path's: plain, at most MAX_DEPTH deep) is well formed. */
function wellFormed(value) {
    if (typeof value === 'string')
        return value.isWellFormed();
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value))
        return value.every(wellFormed);
    const record = value;
    for (const key of Object.keys(record))
        if (!key.isWellFormed() || !wellFormed(record[key]))
            return false;
    return true;
}
function slowText(value) {
    const text = serialize(value, new Set());
    if (text === undefined)
        throw new TypeError('value has no JSON representation');
    return text;
}
/** Refuses what RFC 8785 (and the `canonicalize` package) refuse, and what is not JSON at all. */
function checkLeaf(value) {
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            throw new Error('NaN is not allowed');
        if (!Number.isFinite(value))
            throw new Error('Infinity is not allowed');
    }
    else if (typeof value === 'string') {
        if (!value.isWellFormed())
            throw new Error('Lone surrogate is not allowed');
    }
    else if (typeof value === 'function' || typeof value === 'bigint')
        throw new TypeError(`a ${typeof value} has no JSON representation`);
}
/** Undefined and symbols are left out of objects and become null in arrays, as the package does. */
const absent = (value) => value === undefined || typeof value === 'symbol';
function enter(object, seen) {
    if (seen.has(object))
        throw new Error('Circular reference detected');
    seen.add(object);
}
/**
 * The fast path's walk over an object or array: the value with every object's keys in sorted order, for
 * JSON.stringify; what is already in that order (parsed release files, most built values) is returned as it
 * is, so only what is out of order is copied. Everything JSON.stringify would not write as RFC 8785 does,
 * except lone surrogates (fastText), throws NEEDS_SLOW_PATH: an unordered key, `toJSON`, an object that is
 * not plain, NaN or Infinity, a function or bigint, nesting deeper than MAX_DEPTH. Undefined and symbols need
 * nothing: JSON.stringify leaves them out of objects and writes null for them in arrays, as the package does.
 * `marks`: a marked object at depth 0 or 1 (ORDERED) is taken as it is.
 */
function orderedObject(value, depth, marks) {
    if (depth > MAX_DEPTH || 'toJSON' in value)
        throw NEEDS_SLOW_PATH;
    if (marks && depth <= 1 && ORDERED.has(value))
        return value;
    if (Array.isArray(value))
        return orderedItems(value, depth, marks);
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null)
        throw NEEDS_SLOW_PATH;
    // Near the top (where assembly's lineage fields are: depth 2 of the bundle digest's `{bundle, holds,
    // lineage}`), a frozen record's listing (listed.ts) spares listing its keys (lineage.json's fields are one
    // object of ~27 keys per component).
    const listing = depth <= 2 ? listed_listingOf(value) : undefined;
    if (listing !== undefined) {
        // A listed record marked as built in canonical order (assembly's lineage fields, markListedInOrder) is
        // taken as it is: one WeakSet lookup instead of a walk of its values.
        if (marks && ORDERED.has(value))
            return value;
        return listedObject(value, listing, depth, marks);
    }
    // One for-in pass, not Object.keys: on Node 24 (V8 13.6) Object.keys of the objects JSON.parse makes
    // costs about twice what for-in's cached enumeration does (the walk of a parsed 10,000 component bundle:
    // 0.6 s against 0.3 s), and on Node 20 one for-in pass costs no more (two passes do: enumerating a
    // dictionary-mode object such as lineage.json's fields is most of the cost). An object found out of order
    // is then sorted (sortedObject walks its values again: those already walked, before its first key out of
    // order, are walked twice). For-in lists the own enumerable keys in Object.keys' order, and then inherited
    // enumerable ones (only if something added one to Object.prototype): those are checked and read too, which
    // can only send the value to the slow path or to sortedObject/copiedObject, and those list the own keys
    // alone (JSON.stringify writes only those).
    const record = value;
    let previous;
    for (const key in record) {
        if (needsSlowPath(key))
            throw NEEDS_SLOW_PATH;
        if (previous !== undefined && !(previous < key))
            return sortedObject(record, Object.keys(record), depth, marks);
        previous = key;
        const item = record[key];
        if (typeof item === 'object') {
            if (item === null)
                continue;
            const next = orderedObject(item, depth + 1, marks);
            if (next !== item)
                return changedObject(record, key, next, depth, marks);
        }
        else
            checkFastLeaf(item);
    }
    return value;
}
/**
 * orderedObject's copy of an object whose value at `key` came out as `next`, found before the walk reached
 * its later keys: copiedObject when all its keys are in order, sortedObject otherwise.
 */
function changedObject(record, key, next, depth, marks) {
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
        if (needsSlowPath(keys[i]))
            throw NEEDS_SLOW_PATH;
        if (i > 0 && !(keys[i - 1] < keys[i]))
            return sortedObject(record, keys, depth, marks);
    }
    const changed = keys.indexOf(key);
    // An inherited key (not one of JSON.stringify's): the slow path decides.
    if (changed < 0)
        throw NEEDS_SLOW_PATH;
    return copiedObject(record, keys, changed, next, depth, marks);
}
/** orderedObject of a record with a listing (listed.ts): its keys and values read from the lists. */
function listedObject(value, listing, depth, marks) {
    const keys = listing.keys;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (needsSlowPath(key))
            throw NEEDS_SLOW_PATH;
        if (i > 0 && !(keys[i - 1] < key))
            return sortedObject(value, [...keys], depth, marks);
    }
    const values = listing.values;
    for (let i = 0; i < keys.length; i++) {
        const item = values[i];
        if (typeof item === 'object') {
            if (item === null)
                continue;
            const next = orderedObject(item, depth + 1, marks);
            if (next !== item)
                return copiedObject(value, keys, i, next, depth, marks);
        }
        else
            checkFastLeaf(item);
    }
    return value;
}
/** NaN, Infinity, functions and bigints go to the slow path, which refuses them as the package does. */
function checkFastLeaf(item) {
    if (typeof item === 'number') {
        if (item - item !== 0)
            throw NEEDS_SLOW_PATH;
    }
    else if (typeof item === 'function' || typeof item === 'bigint')
        throw NEEDS_SLOW_PATH;
}
/** An object in key order whose value at keys[changed] came out as `next`: a copy with it (and those after). */
function copiedObject(value, keys, changed, next, depth, marks) {
    const copy = {};
    for (let i = 0; i < changed; i++) {
        const key = keys[i];
        const item = value[key];
        if (!absent(item))
            copy[key] = item;
    }
    copy[keys[changed]] = next;
    copyOrdered(value, keys, changed + 1, copy, depth, marks);
    return copy;
}
/** An object whose keys are out of order (every key checked by needsSlowPath): a copy with its keys in order. */
function sortedObject(value, keys, depth, marks) {
    const copy = {};
    for (let i = 0; i < keys.length; i++)
        if (needsSlowPath(keys[i]))
            throw NEEDS_SLOW_PATH;
    copyOrdered(value, sortKeys(keys), 0, copy, depth, marks);
    return copy;
}
/**
 * Sorts keys in place by UTF-16 code units, as Array.prototype.sort does with strings: a few keys (the built
 * objects that come out of order, about 30 per component) by insertion, which costs less than the call.
 */
function sortKeys(keys) {
    if (keys.length > 16)
        return keys.sort();
    for (let i = 1; i < keys.length; i++) {
        const key = keys[i];
        let j = i - 1;
        for (; j >= 0 && key < keys[j]; j--)
            keys[j + 1] = keys[j];
        keys[j + 1] = key;
    }
    return keys;
}
/** Inserts value's entries keys[from..] into copy, each value through orderedObject. */
function copyOrdered(value, keys, from, copy, depth, marks) {
    for (let i = from; i < keys.length; i++) {
        const key = keys[i];
        const item = value[key];
        if (typeof item === 'object' && item !== null)
            copy[key] = orderedObject(item, depth + 1, marks);
        else if (!absent(item)) {
            checkFastLeaf(item);
            copy[key] = item;
        }
    }
}
/** An array's items through orderedObject; the array itself when no item changed. */
function orderedItems(value, depth, marks) {
    let copy;
    for (let i = 0; i < value.length; i++) {
        const item = value[i];
        let next = item;
        if (typeof item === 'object') {
            if (item !== null)
                next = orderedObject(item, depth + 1, marks);
        }
        else
            checkFastLeaf(item);
        if (next !== item && copy === undefined)
            copy = value.slice(0, i);
        copy?.push(next);
    }
    return copy ?? value;
}
/** The slow path: the canonical text written directly (what the `canonicalize` package does). */
function serialize(value, seen) {
    checkLeaf(value);
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if ('toJSON' in value && typeof value.toJSON === 'function') {
        enter(value, seen);
        const result = serialize(value.toJSON(), seen);
        seen.delete(value);
        return result;
    }
    enter(value, seen);
    let text;
    if (Array.isArray(value)) {
        const items = [];
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            items.push(absent(item) ? 'null' : (serialize(item, seen) ?? 'null'));
        }
        text = `[${items.join(',')}]`;
    }
    else {
        const parts = [];
        for (const key of Object.keys(value).sort()) {
            checkLeaf(key);
            const item = Reflect.get(value, key);
            const text = absent(item) ? undefined : serialize(item, seen);
            if (text !== undefined)
                parts.push(`${JSON.stringify(key)}:${text}`);
        }
        text = `{${parts.join(',')}}`;
    }
    seen.delete(value);
    return text;
}
/**
 * Strings longer than this (in UTF-16 code units) are hashed in pieces of this length: the bundle digest's
 * canonical text is megabytes long, and one-shot hashing copies it whole into a fresh UTF-8 buffer first, each
 * page of which is memory the process touches for the first time (on a Firecracker VM about 14 us per 4 KiB
 * page, which at 1,000 components made this copy cost more than the hashing; issue 13 goal 2). A piece is at
 * most 96 KiB of UTF-8, which the allocator reuses from one piece to the next.
 */
const TEXT_PIECE = 32 * 1024;
/**
 * A long text in consecutive pieces of at most TEXT_PIECE code units (slices, not copies), none ending between
 * the two halves of a surrogate pair: encoded piece by piece, the UTF-8 bytes are those of the whole text (a
 * lone surrogate included: it ends a piece only when no low surrogate follows it, and is encoded alone either
 * way). For the hash below and the CLI's file writer (../cli/release-dir.ts).
 */
function* textPieces(text) {
    for (let start = 0; start < text.length;) {
        let end = Math.min(start + TEXT_PIECE, text.length);
        const last = text.charCodeAt(end - 1);
        // A high surrogate ending the piece would be cut from the low one after it: it goes to the next piece.
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end -= 1;
        yield text.slice(start, end);
        start = end;
    }
}
/**
 * `sha256:<hex>` of bytes or a string (UTF-8). One-shot `crypto.hash` (no Hash object per call) for bytes and
 * for strings up to TEXT_PIECE code units; longer strings are fed to one Hash in textPieces.
 */
function sha256(data) {
    if (typeof data !== 'string' || data.length <= TEXT_PIECE)
        return `sha256:${(0,external_node_crypto_namespaceObject.hash)('sha256', data, 'hex')}`;
    const hasher = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for (const piece of textPieces(data))
        hasher.update(piece, 'utf8');
    return `sha256:${hasher.digest('hex')}`;
}
/** `sha256:<hex>` of a value's canonical JSON. */
function digestOf(value) {
    return sha256(canonicalJson(value));
}
/**
 * The bundle digest: sha256 over the canonical JSON of `{bundle, holds, lineage}`. Whitespace, key order
 * and file format do not change it; any change of content does. The manifest is outside it (it binds it).
 */
function bundleDigest(files) {
    return digestedBundleFiles(files).digest;
}
/**
 * The bundle digest, and the files it was computed over in canonical key order (copied only where they were
 * not), marked as such (ORDERED): the writer (files.ts renderJson) then writes them without another walk. A
 * file already marked (assemble's bundle, from canonicalForm) is not walked again here either.
 */
function digestedBundleFiles(files) {
    const all = { bundle: files.bundle, holds: files.holds, lineage: files.lineage };
    const ordered = fastOrdered(all, true);
    if (ordered === undefined)
        return { ordered: files, digest: sha256(slowText(all)) };
    const digest = sha256(fastText(ordered, all));
    for (const file of [ordered.bundle, ordered.holds, ordered.lineage])
        if (typeof file === 'object' && file !== null)
            ORDERED.add(file);
    return { ordered: { bundle: ordered.bundle, lineage: ordered.lineage, holds: ordered.holds }, digest };
}
/**
 * digestOf for values that lie inside `root`: the per-field value digests of a bundle (assemble's lineage
 * fields, verify's lineage rule), about 27 per component. When the root is in canonical order as it is
 * (marked by canonicalForm or digestedBundleFiles, or found so here by one walk, and then marked), every value
 * inside it is too, and the digest is JSON.stringify plus sha256 with no walk per value; otherwise this is
 * digestOf. Passing a value from outside `root` gives a wrong digest when that value is out of order: pass
 * only values reached from `root`. The root must not change afterwards (see ORDERED).
 */
function digestWithin(root) {
    if (typeof root !== 'object' || root === null)
        return digestOf;
    if (!ORDERED.has(root)) {
        if (fastOrdered(root, true) !== root)
            return digestOf;
        ORDERED.add(root);
    }
    return digestInOrder;
}
/** digestOf of a value in canonical order: its JSON.stringify text, checked for lone surrogates as in fastText. */
function digestInOrder(value) {
    if (value === null || typeof value !== 'object')
        return digestOf(value);
    const text = JSON.stringify(value);
    // canonicalJson throws, naming the lone surrogate, as digestOf does.
    return sha256(hasLoneSurrogate(text, value) ? canonicalJson(value) : text);
}
/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
function gitBlobSha(bytes) {
    return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

;// CONCATENATED MODULE: ./src/domain/names.ts
/**
 * Names that become paths and refs: release directories, branches and seal tags. One validator for all,
 * so no product or release name can leave the bundles directory.
 */
/** Directory in the bundles repository that holds every release. */
const BUNDLES_ROOT = 'bundles';
/** File names inside one release directory. */
const BUNDLE_FILES = {
    bundle: 'bundle.json',
    lineage: 'lineage.json',
    holds: 'holds.json',
    manifest: 'manifest.json',
};
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
/**
 * The largest revision number: the most a seal tag `r<revision>` carries (nine digits), and what the manifest
 * and seal-record schemas allow (`common.schema.json#/$defs/revision`). Far below 2^53, so it stays exact.
 */
const MAX_REVISION = 999_999_999;
/** Why `revision` is not a revision number (an integer from 1 to MAX_REVISION), or undefined when it is. */
function revisionReason(revision) {
    if (!Number.isInteger(revision) || revision < 1)
        return 'is not a whole number of at least 1';
    if (revision > MAX_REVISION)
        return `is larger than ${MAX_REVISION}, the largest revision a seal tag can carry`;
    return undefined;
}
/**
 * Why `value` is not a safe single path segment and git ref component, or undefined when it is. Rejects what
 * could leave the bundles directory or that git refuses in a ref name (git check-ref-format): '..', '/',
 * '\\', absolute paths, control characters, empty names, a trailing '.', a '.lock' ending; '@{', '~', '^',
 * ':', '?', '*', '[' and spaces are outside the allowed characters.
 */
function unsafeSegmentReason(value) {
    if (value.length === 0)
        return 'is empty';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
    if (/[\u0000-\u001f\u007f]/.test(value))
        return 'contains a control character';
    if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value))
        return 'is an absolute path';
    if (value.includes('/') || value.includes('\\'))
        return "contains a path separator ('/' or '\\')";
    if (value.includes('..'))
        return "contains '..'";
    if (!LABEL.test(value))
        return "has characters outside letters, digits, '.', '_', '+', '-' or does not start with a letter or digit";
    // git refuses a ref component that ends with '.' or '.lock' (git check-ref-format); '.LOCK' too, for
    // case-insensitive file systems.
    if (value.endsWith('.'))
        return "ends with '.', which git refuses in a branch or tag name";
    if (/\.lock$/i.test(value))
        return "ends with '.lock', which git refuses in a branch or tag name";
    return undefined;
}
/** Directory of one release: `bundles/<product>/<release>`. Callers validate the names first. */
function releaseDirectory(product, release) {
    return `${BUNDLES_ROOT}/${product}/${release}`;
}
/** Branch the assemble mode writes a release's revisions on. */
function releaseBranch(product, release) {
    return `cutover/${product}/${release}`;
}
/** The seal tag of one revision: `cutover/<product>/<release>/r<revision>`. */
function sealTagName(product, release, revision) {
    const reason = revisionReason(revision);
    if (reason)
        throw new RangeError(`revision ${revision} ${reason}`);
    return `cutover/${product}/${release}/r${revision}`;
}
/** Parses a seal tag name, or returns undefined for anything else. */
function parseSealTagName(tag) {
    const match = /^cutover\/([^/]+)\/([^/]+)\/r([1-9][0-9]{0,15})$/.exec(tag);
    if (!match?.[1] || !match[2] || !match[3])
        return undefined;
    if (unsafeSegmentReason(match[1]) || unsafeSegmentReason(match[2]))
        return undefined;
    const revision = Number(match[3]);
    if (revisionReason(revision))
        return undefined;
    return { product: match[1], release: match[2], revision };
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/schema/beside.ts
/**
 * Modules loaded from beside the code that runs, not bundled into it: the generated validators
 * (src/schema/generated/, see standalone.ts) and the packages that parse documents (js-yaml, jsonc-parser,
 * through generated one-line modules that require them). Run from source, `./generated/` is
 * src/schema/generated/ and each package comes from node_modules; bundled, it is the generated/ directory
 * scripts/build.mjs makes beside the action's bundle (dist/generated/, which the CLI in dist/cli/ shares: one
 * directory up) and beside the reader's (dist/reader/generated/, for the reader package ships dist/reader/
 * alone), copying the validators there and bundling each package into its module of the same name. Each
 * loads synchronously on first use (a bundle chunk loads only by `import()`: an ES module in the action), so a process
 * parses only what it uses.
 */


/**
 * Node's own `require`, relative to this module. Reached through process.getBuiltinModule so that the bundler
 * leaves it alone (it would replace a `createRequire` it sees) and the modules stay files of their own.
 */
const requireHere = process.getBuiltinModule('node:module').createRequire(import.meta.url);
const loaded = new Map();
/** Where generated/ is, relative to this module, once looked up. */
let generatedDir;
/**
 * The generated/ directory relative to this module: beside it (src/schema/, dist/, dist/reader/), else one
 * directory up (dist/cli/ shares dist/generated/ with the action). An error names both places when neither
 * holds one.
 */
function generatedDirectory() {
    if (generatedDir !== undefined)
        return generatedDir;
    const candidates = ['./generated/', '../generated/'];
    const found = candidates.find((dir) => (0,external_node_fs_namespaceObject.existsSync)(new URL(dir, import.meta.url)));
    if (!found)
        throw new Error(`no generated/ directory at ${candidates.map((dir) => (0,external_node_url_namespaceObject.fileURLToPath)(new URL(dir, import.meta.url))).join(' or ')} ` +
            '(scripts/build.mjs puts the generated validators and parsers there)');
    generatedDir = found;
    return found;
}
/** The exports of a module under generated/ (`policy.check.cjs`, `source-kinds/flagd.validate.cjs`). */
function requireGenerated(file) {
    if (loaded.has(file))
        return loaded.get(file);
    const exports = requireHere(`${generatedDirectory()}${file}`);
    loaded.set(file, exports);
    return exports;
}
/** A package's exports, from its generated module (generated/<name>.cjs); typed by the caller. */
function requirePackage(name) {
    return requireGenerated(`${name}.cjs`);
}
/** The modules loaded so far in this process, by path under generated/ (for tests). */
function loadedBesideModules() {
    return [...loaded.keys()].sort();
}

;// CONCATENATED MODULE: ./src/schema/parse.ts
/**
 * The one place that turns bytes into documents: JSON or YAML, with size and expansion limits, and
 * errors that name the file, the line and what was expected.
 */




// Both parsers load on first use from beside the bundle (beside.ts), not as part of it:
// jsonc-parser only on the error paths that need it (issue 13 goal 3).
const yaml = () => requirePackage('js-yaml');
const jsonc = () => requirePackage('jsonc-parser');
/** Default largest input file accepted, in bytes. */
const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Largest release-directory file (Cutover's own output: a 10,000-component bundle.json is about 17 MB). */
const MAX_RELEASE_FILE_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/** Largest number of values a YAML document may expand to through aliases, relative to its size. */
const EXPANSION_FACTOR = 64;
const EXPANSION_FLOOR = 100_000;
/** The format a file name implies: `.json` (and `.jsonl`) is JSON, everything else YAML (a superset of JSON). */
function formatOf(file) {
    return /\.json$/i.test(file) ? 'json' : 'yaml';
}
/** Parses JSON or YAML text into a plain value. Throws InputError with file and line. */
function parseDocument(text, file, format = formatOf(file)) {
    if (format === 'json')
        return parseJson(text, file);
    return parseYaml(text, file);
}
/** Rejects inputs over the size limit before they are parsed. */
function assertSize(bytes, file, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    if (bytes > maxBytes) {
        throw new InputError(`file is ${bytes} bytes, over the limit of ${maxBytes} bytes`, {
            file,
            expected: `a file of at most ${maxBytes} bytes`,
        });
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an input error, not mojibake. */
function decodeUtf8(bytes, file) {
    // ASCII is valid UTF-8 that decodes byte for byte and cannot hold a byte order mark, so it is copied as
    // Latin-1, skipping the decoder's own validation: the same text, about a fifth cheaper on SBOM-sized files.
    // Everything else (and so every invalid byte sequence) goes through the strict decoder as before.
    if ((0,external_node_buffer_namespaceObject.isAscii)(bytes))
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    try {
        const text = utf8.decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch (cause) {
        throw new errors_InputError('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
    }
}
/**
 * Deepest nesting of arrays and objects accepted in JSON. Real documents stay far below it (CycloneDX nests
 * components a few levels); V8's JSON.parse accepts any depth, but the recursive code after it (Ajv, the line
 * locator) would overflow the stack on a document nested 100,000 levels. js-yaml enforces 100 for YAML itself.
 */
const MAX_JSON_DEPTH = 256;
/**
 * parseDocument for JSON that will be digested as it is (a release directory's files: schema/release.ts):
 * the key walk that counts keys also checks that the value is in canonical (RFC 8785) key order, and if so
 * marks it (canonical.ts markParsedInOrder), so that the bundle digest and the per-field digests need not
 * walk it again. The caller must not change the value afterwards.
 */
function parseCanonicalJson(text, file) {
    return parseJson(text, file, true);
}
/**
 * Deepest nesting (the root is level 1) of a value markParsedInOrder may mark: canonical.ts's fast path's limit,
 * counted so that the file stays within it inside the bundle digest's `{bundle, holds, lineage}` wrapper.
 */
const MAX_ORDERED_DEPTH = MAX_DEPTH;
function parseJson(text, file, mark = false) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (cause) {
        // V8's message may quote the whole input and often lacks a position: ask a tolerant parser where it broke.
        const errors = [];
        try {
            jsonc().parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        }
        catch (overflow) {
            // jsonc-parser recurses once per level: text nested some thousands of levels deep (`[[[[…`, valid or
            // not) runs it out of stack. Such text is past MAX_JSON_DEPTH either way, so that is what is said.
            if (!(overflow instanceof RangeError))
                throw overflow;
            throw new errors_InputError(`invalid JSON: it nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, { file, expected: `valid JSON nested at most ${MAX_JSON_DEPTH} levels` }, { cause });
        }
        const first = errors[0];
        const reason = first ? describeJsonError(jsonc().printParseErrorCode(first.error)) : 'unexpected end of input';
        const line = first ? lineAt(text, first.offset) : lineAt(text, text.length);
        throw new errors_InputError(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
    }
    const order = mark ? { inOrder: true } : undefined;
    const keys = countKeys(value, file, order);
    // JSON.parse keeps the last of two equal keys without a word, while YAML refuses them. Counting is cheap:
    // when the text holds as many keys as the parsed objects do, no key was repeated; only otherwise is the
    // slower exact scan run to name the key and its line.
    if (countKeyTokens(text) !== keys)
        throwDuplicateKey(text, file);
    if (hasEscapedKey(text))
        checkEscapedKeys(text, value, file);
    if (order?.inOrder && value !== null && typeof value === 'object')
        markParsedInOrder(value);
    return value;
}
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
/**
 * Number of object keys in JSON text that JSON.parse accepted, found from the colons: outside strings, valid
 * JSON has a colon only after a key, as `"key"` then optional whitespace then `:`, and a document has far fewer
 * colons than quotes, so jumping from colon to colon is about three times faster than from quote to quote.
 *
 * A colon inside a string may also follow a quote (`"a\":"` or `" :"`), so the quote before each colon is
 * classified by what precedes it. Preceded by an odd run of backslashes, it is escaped: inside a string, no key.
 * Preceded (after whitespace) by anything but `:` `,` `[` `{` or the start of the text, it cannot open a string
 * (in valid JSON a string opens only after those), so it closes one: a key. After one of those four, it may open
 * a string that starts with a colon (`[" :"]`) or close a key that ends with one (`{"a,": 1}`): the colons
 * cannot tell, so the whole text is counted by the exact scan from quote to quote instead. Real documents
 * rarely get there: a key ending in `,` or a string value starting with `:`.
 */
function countKeyTokens(text) {
    let keys = 0;
    let colon = text.indexOf(':');
    while (colon !== -1) {
        let quote = colon - 1;
        let code = text.charCodeAt(quote);
        while (code === 32 || code === 10 || code === 13 || code === 9)
            code = text.charCodeAt(--quote);
        if (code === QUOTE) {
            let before = quote - 1;
            code = text.charCodeAt(before);
            if (code === BACKSLASH) {
                let backslashes = 1;
                while (text.charCodeAt(before - backslashes) === BACKSLASH)
                    backslashes++;
                // An even run is escaped backslashes ending a string's content: the quote closes that string.
                if (backslashes % 2 === 0)
                    keys++;
            }
            else {
                while (code === 32 || code === 10 || code === 13 || code === 9)
                    code = text.charCodeAt(--before);
                if (before < 0 || code === COLON || code === COMMA || code === OPEN_BRACKET || code === OPEN_BRACE) {
                    return countKeyTokensExactly(text);
                }
                keys++;
            }
        }
        colon = text.indexOf(':', colon + 1);
    }
    return keys;
}
/**
 * Own keys of every object in a parsed JSON value; refuses nesting past the limit. With `order`, also finds
 * whether the value is what canonical.ts markParsedInOrder may mark (see there): `order.inOrder` turns false
 * at the first key out of order or not orderable, non-finite number (JSON.parse reads `1e400` as Infinity) or
 * nesting past MAX_ORDERED_DEPTH.
 *
 * Recursive, at most MAX_JSON_DEPTH + 1 frames deep: each walk runs once per file, and V8 optimizes a function
 * called for every object in it long before it would replace one long-running loop (on-stack replacement). A
 * loop over an explicit stack, though no slower once warm, took 1.5-3x the CPU time of these walks on their
 * first run (measured in fresh processes at 1,000 components: parsing the inputs then the release files as
 * assemble and verify do, the release files' parse took about 92 ms with it, 74 ms with these). The ordered
 * walk is a function of its own: one function for both walks was optimized for the inputs' (no order) and
 * went back to unoptimized code when verify reached the release files.
 */
function countKeys(root, file, order) {
    if (root === null || typeof root !== 'object')
        return 0;
    try {
        if (!order)
            return keysIn(root, 1);
        inOrder = true;
        const keys = keysInOrder(root, 1);
        order.inOrder = inOrder;
        return keys;
    }
    catch (error) {
        if (error !== TOO_DEEP)
            throw error;
        throw new errors_InputError(`JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, {
            file,
            expected: `JSON nested at most ${MAX_JSON_DEPTH} levels`,
        });
    }
}
/** Thrown by the walks below at nesting past MAX_JSON_DEPTH; countKeys names the file. */
const TOO_DEEP = Symbol('nested too deep');
/** Keys of every object in an object or array at nesting level `depth` (the root is 1). */
function keysIn(value, depth) {
    if (depth > MAX_JSON_DEPTH)
        throw TOO_DEEP;
    let keys = 0;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const child = value[i];
            if (typeof child === 'object' && child !== null)
                keys += keysIn(child, depth + 1);
        }
        return keys;
    }
    // for-in, not Object.keys: no array per object. A parsed object inherits nothing enumerable, and for-in
    // lists its keys in Object.keys' (and JSON.stringify's) order.
    for (const key in value) {
        keys++;
        const child = value[key];
        if (typeof child === 'object' && child !== null)
            keys += keysIn(child, depth + 1);
    }
    return keys;
}
/** What keysInOrder found so far: false once anything keeps the value from being marked (countKeys). */
let inOrder = true;
/** keysIn, also checking canonical order (see countKeys) until something is out of it, then keysIn for the rest. */
function keysInOrder(value, depth) {
    if (depth > MAX_JSON_DEPTH)
        throw TOO_DEEP;
    if (depth > MAX_ORDERED_DEPTH) {
        inOrder = false;
        return keysIn(value, depth);
    }
    let keys = 0;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const child = value[i];
            if (typeof child === 'object') {
                if (child !== null)
                    keys += inOrder ? keysInOrder(child, depth + 1) : keysIn(child, depth + 1);
            }
            else if (typeof child === 'number' && child - child !== 0)
                inOrder = false;
        }
        return keys;
    }
    let previous;
    for (const key in value) {
        keys++;
        if (inOrder && ((previous !== undefined && !(previous < key)) || !orderableKey(key)))
            inOrder = false;
        previous = key;
        const child = value[key];
        if (typeof child === 'object') {
            if (child !== null)
                keys += inOrder ? keysInOrder(child, depth + 1) : keysIn(child, depth + 1);
        }
        else if (typeof child === 'number' && child - child !== 0)
            inOrder = false;
    }
    return keys;
}
/**
 * Number of object keys in JSON text that JSON.parse accepted: every string followed by a colon is a key
 * (outside strings, valid JSON has no quote characters, so strings are found by jumping from quote to quote).
 * Exact on any valid JSON; countKeyTokens falls back to it where colons alone cannot tell.
 */
function countKeyTokensExactly(text) {
    let keys = 0;
    let at = text.indexOf('"');
    while (at !== -1) {
        let end = text.indexOf('"', at + 1);
        if (end === -1)
            break;
        // A quote preceded by an odd number of backslashes is escaped and does not end the string.
        for (;;) {
            let backslashes = 0;
            while (text.charCodeAt(end - 1 - backslashes) === 92)
                backslashes++;
            if (backslashes % 2 === 0)
                break;
            end = text.indexOf('"', end + 1);
            if (end === -1)
                return keys;
        }
        let next = end + 1;
        let code = text.charCodeAt(next);
        while (code === 32 || code === 10 || code === 13 || code === 9)
            code = text.charCodeAt(++next);
        if (code === 58)
            keys++;
        at = text.indexOf('"', next);
    }
    return keys;
}
/**
 * Whether JSON text (that JSON.parse accepted) has an object key written with an escape (`"\n"`, `"\u0041"`).
 * Outside strings valid JSON has no backslash, so each backslash found from the start (or after the string the
 * last one was in) opens an escape inside a string: its string is followed to its closing quote, and it is a key
 * when a colon follows. A text without a backslash (most documents) is answered by one search.
 */
function hasEscapedKey(text) {
    let backslash = text.indexOf('\\');
    while (backslash !== -1) {
        let close = text.indexOf('"', backslash + 1);
        for (;;) {
            if (close === -1)
                return false;
            let backslashes = 0;
            while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH)
                backslashes++;
            if (backslashes % 2 === 0)
                break;
            close = text.indexOf('"', close + 1);
        }
        let next = close + 1;
        let code = text.charCodeAt(next);
        while (code === 32 || code === 10 || code === 13 || code === 9)
            code = text.charCodeAt(++next);
        if (code === COLON)
            return true;
        backslash = text.indexOf('\\', close + 1);
    }
    return false;
}
/**
 * Refuses a value whose keys are not the keys its text spells, which JSON.parse gives on Node.js 24.21 and 26
 * (nodejs/node#63785, a V8 defect still open): once any object in the process had a key holding a backslash, an
 * escaped key that follows the same keys can be read as that key (after `{"h":[],"\\":0}`, the text
 * `{"h":1,"\"":2}` is read as `{"h":1,"\\":2}`; Node 20 reads it right). Run only for texts with an escaped
 * key (hasEscapedKey): every key of the text, decoded by jsonc-parser's scanner (JavaScript, not V8's parser),
 * against every key of the value, as two sorted lists (duplicates were refused before, so the lists have the same
 * length). A release file read wrongly would get another digest than its bytes say; an input, other values than
 * its author wrote.
 */
function checkEscapedKeys(text, value, file) {
    const spelled = [];
    jsonc().visit(text, {
        onObjectProperty: (key) => {
            spelled.push(key);
        },
    }, { disallowComments: true });
    const read = [];
    collectKeys(value, read);
    spelled.sort();
    read.sort();
    for (let i = 0; i < Math.max(spelled.length, read.length); i++) {
        if (spelled[i] !== read[i]) {
            throw new errors_InputError(`JSON.parse of this Node.js ${process.version} read an escaped object key as another key (the V8 defect of nodejs/node#63785)`, {
                file,
                expected: 'a Node.js version whose JSON.parse reads escaped keys as written, or keys written without escapes',
            });
        }
    }
}
/** Every own key of every object in a parsed JSON value (nesting was bounded by countKeys before). */
function collectKeys(value, into) {
    if (value === null || typeof value !== 'object')
        return;
    if (Array.isArray(value)) {
        for (const item of value)
            collectKeys(item, into);
        return;
    }
    for (const key of Object.keys(value)) {
        into.push(key);
        collectKeys(value[key], into);
    }
}
/** Finds the first key repeated within one object and throws an InputError naming it and its line. */
function throwDuplicateKey(text, file) {
    const open = [];
    let found;
    jsonc().visit(text, {
        onObjectBegin: () => {
            open.push(new Set());
        },
        onObjectEnd: () => {
            open.pop();
        },
        onObjectProperty: (key, offset) => {
            const seen = open[open.length - 1];
            if (!seen || found)
                return;
            if (seen.has(key))
                found = { key, offset };
            seen.add(key);
        },
    }, { disallowComments: true });
    if (!found) {
        // Unreachable when the count above is right; refuse rather than accept a document read two ways.
        throw new errors_InputError('JSON object keys could not be counted consistently', { file, expected: 'valid JSON' });
    }
    throw new errors_InputError(`duplicate key ${JSON.stringify(found.key)} in a JSON object`, {
        file,
        line: lineAt(text, found.offset),
        expected: 'each key at most once per object',
    });
}
function describeJsonError(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
function parseYaml(text, file) {
    let value;
    try {
        const documents = yaml().loadAll(text, undefined, { filename: file, schema: yaml().CORE_SCHEMA });
        if (documents.length > 1) {
            throw new errors_InputError(`found ${documents.length} YAML documents`, { file, expected: 'a single YAML document' });
        }
        value = documents[0] ?? null;
    }
    catch (cause) {
        if (cause instanceof errors_InputError)
            throw cause;
        if (cause instanceof yaml().YAMLException) {
            const line = cause.mark ? cause.mark.line + 1 : undefined;
            throw new errors_InputError(`invalid YAML: ${cause.reason}`, { file, line, expected: 'valid YAML' }, { cause });
        }
        throw cause;
    }
    // Only an alias (`*name`) makes two places of the document one object; without one, every value is written
    // in the text, so there are fewer of them than characters, far below the budget: no walk needed.
    if (text.includes('*'))
        assertExpansion(value, file, Math.max(EXPANSION_FLOOR, text.length * EXPANSION_FACTOR));
    return value;
}
/** How many times parseYaml walked a document for alias expansion (for tests). */
let expansionWalks = 0;
/**
 * js-yaml resolves aliases to shared objects, so a "billion laughs" document parses into a small graph
 * that explodes when anything walks it. Walk it once here, with a budget, and refuse what would explode.
 */
function assertExpansion(root, file, budget) {
    expansionWalks++;
    let visited = 0;
    const stack = [root];
    while (stack.length > 0) {
        const value = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (++visited > budget) {
            throw new errors_InputError(`YAML aliases expand to more than ${budget} values (an alias bomb?)`, {
                file,
                expected: 'a document without exponential alias expansion',
            });
        }
        for (const child of Array.isArray(value) ? value : Object.values(value)) {
            if (child !== null && typeof child === 'object')
                stack.push(child);
        }
    }
}
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./src/schema/lineage-fields.ts
/**
 * A quicker "yes" for the largest map the release schemas check: lineage.json's `fields`, one entry per
 * consequential field of the bundle (about 27 per component, hundreds of thousands of keys in a large
 * release). The generated validator walks the map twice (its keys against the pointer pattern, then each
 * entry) and runs three regular expressions per entry; this walks it once, tests each source key once per run
 * of equal ones, and leaves the pointer and fragment patterns out where a plain look at the string decides them.
 *
 * It only ever says yes or "not sure": it accepts exactly values the schema's
 * `properties.fields` (schemas/lineage.schema.json) accepts, and anything it does not accept goes to the
 * generated validators, which decide and name the violations as before (validate.ts). So a mistake here could
 * only let a bad entry through, never refuse a good one: test/schema/lineage-fields.test.ts compares it with the
 * generated validator over damaged documents, entry by entry.
 */
/** `source`: common to fields and sources (`<sourceId>#<n>`); the schema's pattern, with its `u` flag. */
const SOURCE = /^[A-Za-z0-9._-]+#[0-9]+$/u;
/** `valueDigest`: common.schema.json#/$defs/sha256. */
const SHA256 = /^sha256:[0-9a-f]{64}$/u;
/** A key: common.schema.json#/$defs/pointer. */
const POINTER = /^(\/([^~/]|~[01])*)*$/u;
/** `fragment`'s maxLength, counted by Ajv in code points: a string of at most this many UTF-16 units has no more. */
const FRAGMENT_MAX = 1024;
/**
 * Whether the schema of lineage.json accepts `fields` as the value of its `fields` key: an object whose every key
 * is a JSON Pointer and every entry an object of `source` (a source key) and `valueDigest` (a sha256 digest),
 * and optionally `fragment` (starting with '#', at most 1024 characters), nothing else. False means "not
 * decided here", not "invalid": the caller then asks the generated validator.
 */
function lineageFieldsAccepted(fields) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
        return false;
    const entries = fields;
    const accepted = lineageEntryCheck();
    // for...in, as the generated validator walks the map: inherited enumerable keys are checked too.
    for (const key in entries) {
        // '' and a '/' followed by no '~' match the pointer pattern ([^~/] takes any other character, lone
        // surrogates included): only keys with a '~' (or none of these) need the expression.
        if (key !== '' && (key.charCodeAt(0) !== 47 || key.includes('~')) && !POINTER.test(key))
            return false;
        const entry = entries[key];
        if (!accepted(entry) || !SHA256.test(entry.valueDigest))
            return false;
    }
    return true;
}
/**
 * Whether the schema accepts an entry of `fields` (its key aside), but for the pattern of its `valueDigest`,
 * which must be a string all the same: for lineageFieldsAccepted, and for a caller that accepts the document
 * only if every entry's `valueDigest` is equal to a digest it computed (`sha256:` and 64 lowercase hex digits,
 * which the pattern accepts), as cutover/lineage's one pass does (src/domain/verify.ts lineageVouchedFor). One
 * check per walk of `fields`: it tests a source key once per run of entries naming it.
 */
function lineageEntryCheck() {
    let source;
    return (entry) => {
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            return false;
        const field = entry;
        // for...in, as the generated validator walks an entry: an inherited enumerable key is an unknown key too.
        for (const name in field)
            if (name !== 'source' && name !== 'valueDigest' && name !== 'fragment')
                return false;
        const { source: named, valueDigest, fragment } = field;
        if (typeof named !== 'string' || typeof valueDigest !== 'string')
            return false;
        // Neighbouring entries mostly name one source: its key is tested once per run of them.
        if (named !== source) {
            if (!SOURCE.test(named))
                return false;
            source = named;
        }
        if (fragment === undefined)
            return true;
        return typeof fragment === 'string' && fragment.charCodeAt(0) === 35 && fragment.length <= FRAGMENT_MAX;
    };
}
/**
 * Whether `fields` is an object whose keys in a for...in walk (the generated validator's) are exactly its own
 * keys (Object.keys): a plain object, and no enumerable key inherited from Object.prototype.
 */
function fieldsHaveOwnKeysOnly(fields) {
    if (typeof fields !== 'object' || fields === null || Object.getPrototypeOf(fields) !== Object.prototype)
        return false;
    for (const _ in Object.prototype)
        return false;
    return true;
}

// EXTERNAL MODULE: ./src/schema/generated/index.cjs
var generated = __nccwpck_require__(958);
var generated_default = /*#__PURE__*/__nccwpck_require__.n(generated);
;// CONCATENATED MODULE: ./src/domain/json-pointer.ts
/**
 * RFC 6901 JSON Pointers: how lineage, holds and findings name a field.
 */
/** Splits a JSON Pointer into its unescaped segments. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Builds a JSON Pointer from segments. */
function pointerOf(segments) {
    let pointer = '';
    for (const s of segments)
        pointer += `/${typeof s === 'number' ? s : escapeSegment(s)}`;
    return pointer;
}
const escapeSegment = (s) => s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
/** The value a JSON Pointer names in a document, or undefined when it names nothing. */
function resolvePointer(root, pointer) {
    let value = root;
    for (const segment of pointerSegments(pointer)) {
        if (value === null || typeof value !== 'object')
            return undefined;
        if (Array.isArray(value)) {
            if (!/^(0|[1-9][0-9]*)$/.test(segment))
                return undefined;
            value = value[Number(segment)];
        }
        else {
            if (!Object.hasOwn(value, segment))
                return undefined;
            value = value[segment];
        }
    }
    return value;
}

;// CONCATENATED MODULE: ./src/schema/locate.ts


/**
 * How many pointers one locator finds by scanning the text before it builds the whole syntax tree instead. A
 * scan reads the text from its start up to the pointer's value (a bundle of 10,000 components: ~0.1 s; the tree
 * of it: ~2.5 s and ~0.9 GB), so a few findings are found far sooner by scanning, and many by the tree.
 */
const MAX_SCANS = 8;
/**
 * Line locator over one JSON text. Falls back to the deepest existing parent when the pointer names a missing
 * member (the line where it should have been). The first pointers are found by a scan of the text
 * (scanLine); past MAX_SCANS, or for a text the scan does not read as plain JSON, from jsonc-parser's syntax
 * tree, built once: both give the same line (test/schema/locate.test.ts compares them on every node).
 */
function jsonLineLocator(text) {
    let tree;
    let scans = 0;
    return (pointer) => {
        if (scans < MAX_SCANS) {
            scans++;
            const line = scanLine(text, pointer);
            if (line !== undefined)
                return line;
        }
        tree ??= treeLineLocator(text);
        return tree(pointer);
    };
}
/** The line locator over jsonc-parser's syntax tree of the text (tolerant: it reads broken text too). */
function treeLineLocator(text) {
    // jsonc-parser loads on first use from beside the bundle (beside.ts): only a text with findings needs it.
    const { findNodeAtLocation, parseTree } = requirePackage('jsonc-parser');
    const root = parseTree(text);
    const lineAt = lineIndex(text);
    return (pointer) => {
        if (!root)
            return undefined;
        const segments = pathOf(pointerSegments(pointer));
        for (let depth = segments.length; depth >= 0; depth--) {
            const node = findNodeAtLocation(root, segments.slice(0, depth));
            if (node) {
                const target = node.parent?.type === 'property' ? node.parent : node;
                return lineAt(target.offset);
            }
        }
        return undefined;
    };
}
/**
 * The line of an offset in a text (1 + the line feeds before it; parse.ts lineAt), by binary search over the
 * offsets of its line feeds, found once: many findings in a large file then cost no scan of it each.
 */
function lineIndex(text) {
    let feeds;
    return (offset) => {
        if (!feeds) {
            feeds = [];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                feeds.push(i);
        }
        // How many line feeds lie before the offset.
        let low = 0;
        let high = feeds.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (feeds[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low + 1;
    };
}
/** Pointer segments as jsonc-parser's paths take them: a segment of digits is an array index, never a key. */
const pathOf = (segments) => segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
/** Thrown inside the scanner when the text is not plain JSON where it reads (then the tree decides). */
const NOT_PLAIN = Symbol('not plain JSON');
/**
 * The line treeLineLocator gives, found by reading the text from its start: over members and items that do
 * not lead to the pointer's value (each checked as JSON on the way), into those that do, and stopping at the
 * value. The line is that of the member's key (of an item or the root: its value), or of the deepest parent
 * that exists. Only what JSON allows is read (JSON whitespace, no comments, no trailing commas, a root object
 * or array); anything else returns undefined, so that jsonc-parser, which reads broken text in its own tolerant
 * way, decides. Lines are counted from the line feeds in whitespace: JSON strings hold none. Exported for tests.
 */
function scanLine(text, pointer) {
    const segments = pointerSegments(pointer);
    const scanner = new Scanner(text);
    try {
        scanner.whitespace();
        const first = text.charCodeAt(scanner.pos);
        if (first !== locate_OPEN_BRACE && first !== locate_OPEN_BRACKET)
            return undefined;
        let line = scanner.line;
        for (const segment of segments) {
            const found = /^\d+$/.test(segment) ? scanner.item(Number(segment)) : scanner.member(segment);
            // Not there: item and member have read the value they were at, whole, as JSON.
            if (found === undefined)
                return line;
            line = found;
        }
        // The value the pointer names is read as JSON too: jsonc-parser may not make a node of a broken one.
        scanner.value();
        return line;
    }
    catch (error) {
        // Too deep to read recursively: the tree decides (as it did before there was a scan).
        if (error === NOT_PLAIN || error instanceof RangeError)
            return undefined;
        throw error;
    }
}
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const locate_QUOTE = 34;
const locate_COMMA = 44;
const MINUS = 45;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const locate_COLON = 58;
const locate_OPEN_BRACKET = 91;
const locate_BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const locate_OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/** A cursor over JSON text that reads only what JSON allows, throwing NOT_PLAIN at anything else. */
class Scanner {
    text;
    pos = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    /**
     * At the value at `pos`: when it is an array with an item at `index`, moves to that item and returns its line;
     * otherwise returns undefined (what follows is not read).
     */
    item(index) {
        const text = this.text;
        if (text.charCodeAt(this.pos) !== locate_OPEN_BRACKET) {
            this.value();
            return undefined;
        }
        this.pos++;
        this.whitespace();
        if (text.charCodeAt(this.pos) === CLOSE_BRACKET) {
            this.pos++;
            return undefined;
        }
        for (let i = 0;; i++) {
            if (i === index)
                return this.line;
            this.value();
            this.whitespace();
            const next = text.charCodeAt(this.pos++);
            if (next === CLOSE_BRACKET)
                return undefined;
            if (next !== locate_COMMA)
                throw NOT_PLAIN;
            this.whitespace();
        }
    }
    /**
     * At the value at `pos`: when it is an object with a member `key` (the first, if it has several), moves to that
     * member's value and returns the line of its key; otherwise returns undefined.
     */
    member(key) {
        const text = this.text;
        if (text.charCodeAt(this.pos) !== locate_OPEN_BRACE) {
            this.value();
            return undefined;
        }
        this.pos++;
        this.whitespace();
        if (text.charCodeAt(this.pos) === CLOSE_BRACE) {
            this.pos++;
            return undefined;
        }
        for (;;) {
            if (text.charCodeAt(this.pos) !== locate_QUOTE)
                throw NOT_PLAIN;
            const line = this.line;
            const name = this.string(true);
            this.whitespace();
            if (text.charCodeAt(this.pos) !== locate_COLON)
                throw NOT_PLAIN;
            this.pos++;
            this.whitespace();
            if (name === key)
                return line;
            this.value();
            this.whitespace();
            const next = text.charCodeAt(this.pos++);
            if (next === CLOSE_BRACE)
                return undefined;
            if (next !== locate_COMMA)
                throw NOT_PLAIN;
            this.whitespace();
        }
    }
    /** Skips JSON whitespace, counting line feeds. */
    whitespace() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === LINE_FEED)
                this.line++;
            else if (c !== SPACE && c !== TAB && c !== CARRIAGE_RETURN)
                return;
            this.pos++;
        }
    }
    /** Skips one JSON value (checked as JSON) starting at `pos`. */
    value() {
        const text = this.text;
        const c = text.charCodeAt(this.pos);
        if (c === locate_QUOTE) {
            this.string(false);
            return;
        }
        if (c === locate_OPEN_BRACE || c === locate_OPEN_BRACKET) {
            const close = c === locate_OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
            this.pos++;
            this.whitespace();
            if (text.charCodeAt(this.pos) === close) {
                this.pos++;
                return;
            }
            for (;;) {
                if (c === locate_OPEN_BRACE) {
                    if (text.charCodeAt(this.pos) !== locate_QUOTE)
                        throw NOT_PLAIN;
                    this.string(false);
                    this.whitespace();
                    if (text.charCodeAt(this.pos) !== locate_COLON)
                        throw NOT_PLAIN;
                    this.pos++;
                    this.whitespace();
                }
                this.value();
                this.whitespace();
                const next = text.charCodeAt(this.pos);
                this.pos++;
                if (next === close)
                    return;
                if (next !== locate_COMMA)
                    throw NOT_PLAIN;
                this.whitespace();
            }
        }
        if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
            this.number();
            return;
        }
        for (const literal of ['true', 'false', 'null'])
            if (text.startsWith(literal, this.pos)) {
                this.pos += literal.length;
                return;
            }
        throw NOT_PLAIN;
    }
    /** Reads the JSON string at `pos` (checked as JSON) and returns its value when `read`, else ''. */
    string(read) {
        const text = this.text;
        const start = this.pos;
        let escaped = false;
        for (let i = start + 1; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === locate_QUOTE) {
                this.pos = i + 1;
                if (!read)
                    return '';
                return escaped ? JSON.parse(text.slice(start, i + 1)) : text.slice(start + 1, i);
            }
            if (c < SPACE)
                throw NOT_PLAIN;
            if (c === locate_BACKSLASH) {
                escaped = true;
                const next = text[i + 1];
                if (next === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        throw NOT_PLAIN;
                    i += 5;
                }
                else if (next !== undefined && '"\\/bfnrt'.includes(next))
                    i++;
                else
                    throw NOT_PLAIN;
            }
        }
        throw NOT_PLAIN;
    }
    /** Skips the JSON number at `pos` (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?). */
    number() {
        const text = this.text;
        let i = this.pos;
        const digits = () => {
            const from = i;
            while (text.charCodeAt(i) >= DIGIT_0 && text.charCodeAt(i) <= DIGIT_9)
                i++;
            return i - from;
        };
        if (text.charCodeAt(i) === MINUS)
            i++;
        if (text.charCodeAt(i) === DIGIT_0)
            i++;
        else if (digits() === 0)
            throw NOT_PLAIN;
        if (text.charCodeAt(i) === DOT) {
            i++;
            if (digits() === 0)
                throw NOT_PLAIN;
        }
        const e = text.charCodeAt(i);
        if (e === 101 || e === 69) {
            i++;
            const sign = text.charCodeAt(i);
            if (sign === 43 || sign === MINUS)
                i++;
            if (digits() === 0)
                throw NOT_PLAIN;
        }
        this.pos = i;
    }
}

;// CONCATENATED MODULE: ./src/schema/locate-yaml.ts


/**
 * Line locator over one YAML text. A mapping member is located at its key's line, a sequence item where it
 * opens; a pointer below a scalar, an alias or a member the text does not hold falls back to the deepest node
 * that exists (the line where the missing member should have been). Undefined when the text does not parse as
 * one YAML document. Where the composed nodes cannot be matched with the parsed value one to one (a construct
 * js-yaml builds otherwise), the search stops at that node: a line too shallow, never a wrong one.
 */
function yamlLineLocator(text) {
    let root;
    return (pointer) => {
        root ??= composedTree(text);
        if (!root)
            return undefined;
        let node = unwrap(root);
        let line = node.line;
        for (const segment of pointerSegments(pointer)) {
            const member = memberOf(node, segment);
            if (!member)
                break;
            line = member.line;
            node = unwrap(member.node);
        }
        return line;
    };
}
/** The tree of composed nodes of a single-document text, or null when js-yaml refuses it. */
function composedTree(text) {
    const yaml = requirePackage('js-yaml');
    const roots = [];
    const open = [];
    try {
        yaml.load(text, {
            schema: yaml.CORE_SCHEMA,
            listener: (event, state) => {
                if (event === 'open') {
                    const node = { line: state.line + 1, result: undefined, children: [] };
                    (open.at(-1)?.children ?? roots).push(node);
                    open.push(node);
                }
                else {
                    const node = open.pop();
                    if (node)
                        node.result = state.result;
                }
            },
        });
    }
    catch {
        return null;
    }
    return roots.length === 1 && roots[0] ? roots[0] : null;
}
/**
 * The node that holds a value's own members: js-yaml may compose a value inside another that keeps its result
 * (a block collection's first entry read as a key that turns out to be the value).
 */
function unwrap(node) {
    let current = node;
    while (current.children.length === 1 && current.children[0]?.result === current.result) {
        const inner = current.children[0];
        if (!inner || typeof current.result !== 'object' || current.result === null)
            break;
        current = inner;
    }
    return current;
}
/**
 * The member `segment` of a mapping or sequence node, with the line that names it (a key's, an item's), when the
 * node's children match its value one to one: each key then its value for a mapping, each item for a sequence.
 */
function memberOf(node, segment) {
    const value = node.result;
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { children } = node;
    if (Array.isArray(value)) {
        if (!/^(0|[1-9][0-9]*)$/.test(segment) || children.length !== value.length)
            return undefined;
        const item = children[Number(segment)];
        if (!item || !Object.is(item.result, value[Number(segment)]))
            return undefined;
        return { line: item.line, node: item };
    }
    const record = value;
    const keys = Object.keys(record);
    if (children.length !== 2 * keys.length)
        return undefined;
    let found;
    for (let i = 0; i < children.length; i += 2) {
        const key = children[i];
        const member = children[i + 1];
        if (!key || !member)
            return undefined;
        const name = String(key.result);
        // Every pair must match, not only the one asked for: a mapping js-yaml built otherwise is not read at all.
        if (!Object.hasOwn(record, name) || !Object.is(record[name], member.result))
            return undefined;
        if (name === segment)
            found = { line: key.line, node: member };
    }
    return found;
}

;// CONCATENATED MODULE: ./src/schema/schema-ids.ts
/** Where every schema `$id` starts. */
const SCHEMA_BASE = 'https://cutover.dev/schemas/';
/** The `$id` of a named document schema (the registry's `schemaId`, without loading the schemas). */
function documentSchemaId(name) {
    return `${SCHEMA_BASE}${name}.schema.json`;
}

;// CONCATENATED MODULE: ./src/schema/violations.ts

/** How many further violations an error message lists after the first. */
const MORE_LISTED = 10;
/**
 * ` (and 2 more: /a must ...; /b must ...)` after the first violation: every violation it counts is listed,
 * and when there are more than MORE_LISTED the count says how many of them are shown.
 */
function moreViolations(violations) {
    const rest = violations.slice(1);
    if (rest.length === 0)
        return '';
    const shown = rest.slice(0, MORE_LISTED).map((v) => `${v.path || '/'} ${v.message}`);
    const count = rest.length > MORE_LISTED ? `${rest.length} more, the first ${MORE_LISTED}` : `${rest.length} more`;
    return ` (and ${count}: ${shown.join('; ')})`;
}
/** The JSON Pointer an error is about: for an unknown or missing key, the key itself. */
function violationPath(error) {
    if (error.keyword === 'additionalProperties') {
        const extra = String(error.params.additionalProperty);
        return `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    }
    if (error.keyword === 'required') {
        return `${error.instancePath}/${String(error.params.missingProperty)}`;
    }
    return error.instancePath;
}
const SHA256_EXAMPLE = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const TIME_WORDS = 'an RFC 3339 time with offset, e.g. 2026-12-04T16:20:00Z';
/** The formats the schemas use, in words with an example. */
const FORMAT_WORDS = {
    'date-time': TIME_WORDS,
    uri: 'an absolute URI, e.g. https://example.com/releases/1',
    email: 'an e-mail address, e.g. release-team@example.com',
};
/**
 * Every `pattern` in schemas/, by its source text, in words with an example; a person should not have to read
 * a regular expression. test/cli/schema-errors.test.ts fails when a schema gains a pattern missing here, or an example does not match.
 */
const PATTERN_WORDS = {
    '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$': TIME_WORDS,
    '^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$': "a name of 1 to 100 letters, digits, '.', '_', '+' or '-' that starts with a letter or digit, has no '..' and does not end in '.' or '.lock', e.g. 2026.12.0",
    '^sha256:[0-9a-f]{64}$': `a sha256 digest, 'sha256:' and 64 lowercase hex digits, e.g. ${SHA256_EXAMPLE}`,
    '^(sha256:[0-9a-f]{64}|gitblob:[0-9a-f]{40}([0-9a-f]{24})?)$': `a sha256 digest ('sha256:' and 64 lowercase hex digits) or a git blob id ('gitblob:' and 40 or 64), e.g. ${SHA256_EXAMPLE}`,
    '^[0-9a-f]{40}([0-9a-f]{24})?$': 'a full commit SHA, 40 (or 64) lowercase hex digits, e.g. 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    '^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$': "a GitHub team as org/team-slug, or a team slug of the bundles repository's organization, e.g. acme/payments-release",
    '^(/([^~/]|~[01])*)*$': "a JSON Pointer (RFC 6901, '~' written '~0' and '/' in a key '~1'), e.g. /components/0/digest",
    '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$': 'a repository as owner/name, e.g. acme/payments',
    '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$': "an id of 1 to 64 letters, digits, '.', '_' or '-' that starts with a letter or digit, e.g. release-records",
    '^[A-Za-z0-9._-]+#[0-9]+$': "a source entry, the source id, '#' and a number, e.g. release-records#1",
    '^#': "a fragment that starts with '#', e.g. #/components/0",
    '^H-[0-9a-f]{12}$': "a hold id, 'H-' and 12 lowercase hex digits, e.g. H-0123456789ab",
    '^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$': 'a GitHub login, e.g. cutover-release[bot]',
    '^https?://': 'an http:// or https:// URL, e.g. https://change.example.com/api/windows',
    '^[A-Za-z0-9-]{1,100}$': "an HTTP header name of letters, digits and '-', e.g. Authorization",
    '^[A-Za-z_][A-Za-z0-9_]{0,99}$': "an environment variable name of letters, digits and '_' that does not start with a digit, e.g. CHANGE_API_TOKEN",
    '^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$': 'a record field name, dotted for a nested field, e.g. window.start',
    '^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$': `a digest, 'sha256:', 'sha384:' or 'sha512:' and 64, 96 or 128 lowercase hex digits, e.g. ${SHA256_EXAMPLE}`,
    '^[A-Za-z0-9_-]{1,40}$': "a ServiceNow record number of 1 to 40 letters, digits, '_' or '-', e.g. CHG0040007",
    '^[a-z][a-z0-9_]{0,79}$': "a ServiceNow field name of lowercase letters, digits and '_' that starts with a letter, e.g. assignment_group",
};
const TYPE_WORDS = {
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping of keys to values',
    array: 'a list',
    null: 'null',
};
/** The value a person gave, short enough for one line. */
function given(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** One Ajv error in words: what the value must be, with what was given when it is short. */
function describe(error) {
    const params = error.params;
    const not = error.data === undefined ? '' : `, not ${given(error.data)}`;
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown key '${String(params.additionalProperty)}'`;
        case 'required':
            return `missing required key '${String(params.missingProperty)}'`;
        case 'enum':
            return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}${not}`;
        case 'const':
            return `must be ${JSON.stringify(params.allowedValue)}${not}`;
        case 'pattern': {
            const words = PATTERN_WORDS[String(params.pattern)];
            // Under propertyNames the offending value is a key, named by propertyName.
            const key = error.propertyName === undefined ? undefined : `key '${error.propertyName}'`;
            if (words)
                return key ? `${key} must be ${words}` : `must be ${words}${not}`;
            return `${key ? `${key} ` : ''}must match the regular expression ${String(params.pattern)}${key ? '' : not}`;
        }
        case 'format': {
            const words = FORMAT_WORDS[String(params.format)];
            return words ? `must be ${words}${not}` : `must be a valid ${String(params.format)}${not}`;
        }
        case 'type': {
            const types = String(params.type).split(',');
            return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}${not}`;
        }
        case 'minLength':
            return params.limit === 1
                ? 'must not be empty'
                : `must be at least ${String(params.limit)} characters long${not}`;
        case 'maxLength':
            return `must be at most ${String(params.limit)} characters long (it has ${typeof error.data === 'string' ? error.data.length : '?'})`;
        case 'minItems':
            return params.limit === 1 ? 'must list at least one item' : `must list at least ${String(params.limit)} items`;
        case 'maxItems':
            return `must list at most ${String(params.limit)} items`;
        case 'uniqueItems':
            return `must not list the same item twice (items ${String(params.j)} and ${String(params.i)} are equal)`;
        default:
            return error.message ?? error.keyword;
    }
}
/**
 * An `anyOf` whose every branch failed only by a missing key of the same object ("issuer plus one of san, pattern
 * or repository") as one error naming the choice, instead of one "missing required key" per branch, each of which
 * reads as if that key alone were required.
 */
function oneOfKeys(errors) {
    const merged = new Map();
    const dropped = new Set();
    for (const choice of errors) {
        if (choice.keyword !== 'anyOf' && choice.keyword !== 'oneOf')
            continue;
        const branches = errors.filter((e) => e.schemaPath.startsWith(`${choice.schemaPath}/`));
        if (branches.length < 2 ||
            !branches.every((e) => e.keyword === 'required' && e.instancePath === choice.instancePath))
            continue;
        const names = branches.map((e) => `'${String(e.params.missingProperty)}'`);
        const words = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
        for (const branch of branches)
            dropped.add(branch);
        merged.set(choice, { ...choice, keyword: 'requiredOneOf', message: `needs one of the keys ${words}` });
    }
    if (merged.size === 0)
        return errors;
    return errors.filter((e) => !dropped.has(e)).map((e) => merged.get(e) ?? e);
}
/** Ajv reports the failing branch of every if/then and anyOf; keep the most specific error per path. */
function dedupe(input) {
    const errors = oneOfKeys(input);
    const seen = new Set();
    const out = [];
    for (const error of errors) {
        if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf')
            continue;
        const key = `${violationPath(error)}|${describe(error)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(error);
    }
    return out.length > 0 ? out : errors;
}
/** The violations Ajv reported, one per path and message, in words, without line numbers. */
function violationsOf(errors) {
    return dedupe([...(errors ?? [])]).map((error) => ({ path: violationPath(error), message: describe(error) }));
}
/**
 * The InputError of a failed validation: the first violation's message, line and field, then the others
 * (moreViolations), naming `file` and what was `expected`.
 */
function violations_violationError(violations, file, expected) {
    const first = violations[0];
    return new errors_InputError(`${first?.message ?? 'invalid'}${moreViolations(violations)}`, {
        file,
        line: first?.line,
        field: first?.path || '/',
        expected,
    });
}

;// CONCATENATED MODULE: ./src/schema/validate.ts








// The words for violations live in violations.ts (no Ajv there); re-exported for the modules that import them here.

/** The validators required so far, by their path under ./generated/. */
const validate_loaded = new Map();
function generatedModule(id, role) {
    const base = Object.hasOwn((generated_default()), id) ? (generated_default())[id] : undefined;
    if (!base)
        throw new Error(`schema ${id} has no generated validator (scripts/generate-validators.ts generates them)`);
    const file = `${base}.${role}.cjs`;
    const known = validate_loaded.get(file);
    if (known)
        return known;
    const validate = requireGenerated(file);
    if (typeof validate !== 'function')
        throw new Error(`${file} exports no validator`);
    validate_loaded.set(file, validate);
    return validate;
}
/** The generated modules loaded so far in this process, by path under ./generated/ (for tests). */
function loadedValidatorModules() {
    return [...validate_loaded.keys()].sort();
}
/** The validator of a named schema that names every violation (`errors`, with the offending values). */
function validatorFor(name) {
    return validatorById(schemaId(name));
}
/** The generated validator of a registered schema by its `$id` that names every violation, required on first use. */
function validatorById(id) {
    return generatedModule(id, 'validate');
}
/** The generated validator of a registered schema by its `$id` that only decides (stops at the first violation). */
function checkById(id) {
    return generatedModule(id, 'check');
}
const LINEAGE_ID = documentSchemaId('lineage');
/**
 * A lineage document the schema accepts, told without the generated check's walk of `fields`: the generated
 * check over the document with an empty `fields` (no part of the schema relates `fields` to another key), and
 * lineage-fields.ts over `fields` itself. Only a plain object with `fields` is decided so; false leaves the
 * decision (and the words for each violation) to the generated validators.
 */
function lineageAccepted(value) {
    const fields = fieldsOf(value);
    return fields !== undefined && lineageFieldsAccepted(fields) && restAccepted(value);
}
/** `fields` of a plain object, when it has one. */
function fieldsOf(value) {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
        return undefined;
    return value.fields;
}
/** The generated check of a lineage document with its `fields` left empty. */
const restAccepted = (value) => checkById(LINEAGE_ID)({ ...value, fields: {} });
/**
 * Whether the lineage schema accepts `value` apart from the entries of `fields`, whose own keys are then all
 * the keys the generated validator would walk (lineage-fields.ts fieldsHaveOwnKeysOnly). For verification
 * (release.ts), which then finds every entry accepted (lineageEntryCheck), under a key that is a consequential
 * field of the bundle (a JSON Pointer), and its valueDigest equal to the digest it computes; or else validates
 * the document in full (schemaViolations).
 */
function lineageAcceptedButFields(value) {
    const fields = fieldsOf(value);
    return fields !== undefined && fieldsHaveOwnKeysOnly(fields) && restAccepted(value);
}
/** The violations of a value, from the explaining validator; none when the deciding one accepts it. */
function violationsById(id, value) {
    if ((id === LINEAGE_ID && lineageAccepted(value)) || checkById(id)(value))
        return [];
    const validate = validatorById(id);
    // Both are generated from one schema with options that do not change the verdict: refuse rather than accept
    // a document read two ways.
    if (validate(value))
        throw new Error(`the generated validators of ${id} disagree on a value`);
    return violationsOf(validate.errors);
}
/** Validates without throwing; returns the violations (empty when valid). */
function schemaViolations(name, value, text, file) {
    const violations = violationsById(documentSchemaId(name), value);
    if (violations.length === 0)
        return violations;
    const locate = text === undefined || file === undefined
        ? undefined
        : formatOf(file) === 'json'
            ? jsonLineLocator(text)
            : yamlLineLocator(text);
    if (!locate)
        return violations;
    return violations.map((violation) => {
        const line = locate(violation.path);
        return line === undefined ? violation : { ...violation, line };
    });
}
/** Validates and returns the value typed, or throws an InputError naming the first violations. */
function validateDocument(name, value, file, text) {
    const violations = schemaViolations(name, value, text, file);
    if (violations.length === 0)
        return value;
    throw violationError(violations, file, `a document matching ${schemaId(name)}`);
}
/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
function validateById(id, value, file) {
    const violations = violationsById(id, value);
    if (violations.length === 0)
        return value;
    throw violationError(violations, file, `a value matching ${id}`);
}

;// CONCATENATED MODULE: ./src/schema/release.ts





/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
function parseRelease(texts, options = {}) {
    const findings = [];
    const documents = {};
    for (const key of Object.keys(BUNDLE_FILES)) {
        const file = BUNDLE_FILES[key];
        const text = texts[key];
        if (text === undefined) {
            findings.push({ rule: 'schema', severity: 'error', file, path: '', message: `${file} is missing` });
            continue;
        }
        let value;
        try {
            // Marked in canonical order when it is (Cutover writes it so): verify's digests then walk it no more.
            value = parseCanonicalJson(text, file);
        }
        catch (e) {
            const line = e instanceof errors_InputError ? e.line : undefined;
            findings.push({
                rule: 'schema',
                severity: 'error',
                file,
                path: '',
                message: e instanceof Error ? e.message : String(e),
                ...(line ? { line } : {}),
            });
            continue;
        }
        // bundle.json comes first (BUNDLE_FILES' order), so its document is known here when it is valid.
        if (key === 'lineage' &&
            options.vouchLineage &&
            documents.bundle &&
            lineageAcceptedButFields(value) &&
            vouches(options.vouchLineage, documents.bundle, value)) {
            documents.lineage = value;
            continue;
        }
        const violations = schemaViolations(key, value, text, file);
        for (const v of violations)
            findings.push({
                rule: 'schema',
                severity: 'error',
                file,
                path: v.path,
                message: v.message,
                ...(v.line ? { line: v.line } : {}),
            });
        if (violations.length === 0)
            Object.assign(documents, { [key]: value });
    }
    return { documents, findings };
}
/**
 * The answer of `vouchLineage`, false when it throws: a digest of a value RFC 8785 refuses (a lone surrogate)
 * throws, and it throws again where it always did, in cutover/lineage, after the schema findings are made as
 * without the option.
 */
function vouches(vouchLineage, bundle, lineage) {
    try {
        return vouchLineage(bundle, lineage, lineageEntryCheck());
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/reader/git.ts
/**
 * The git CLI, as the sealed-bundle reader uses it: `execFile` with explicit arguments (never a shell),
 * a scrubbed environment, protocol allow-list, time and size limits. Opens a repository given as a local
 * path (read in place) or as a URL (its seal tags fetched into a private temporary bare repository).
 */





/** Transports a repository URL may use. `ext::` and other helpers are never allowed. */
const ALLOWED_PROTOCOLS = ['http', 'https', 'file', 'ssh'];
const DEFAULT_LIMITS = { maxBytes: 4 * 1024 * 1024, timeoutMs: 60_000 };
/** Variables that would point git at another repository, index or object store than the one we name. */
const REPOSITORY_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_REPLACE_REF_BASE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_SHALLOW_FILE',
    'GIT_QUARANTINE_PATH',
];
/** The environment of every git process: the caller's, minus repository redirections, never prompting. */
function gitEnvironment() {
    const env = { ...process.env };
    for (const name of REPOSITORY_VARIABLES)
        delete env[name];
    for (const name of Object.keys(env))
        if (/^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(name))
            delete env[name];
    env.GIT_TERMINAL_PROMPT = '0';
    env.GIT_ALLOW_PROTOCOL = ALLOWED_PROTOCOLS.join(':');
    // Replace refs could make `cat-file` answer with another object than the one named: never honour them.
    env.GIT_NO_REPLACE_OBJECTS = '1';
    env.LC_ALL = 'C';
    return env;
}
/** A git command that exited non-zero, was killed, or produced too much output. */
class GitCommandError extends Error {
    name = 'GitCommandError';
    stderr;
    exitCode;
    constructor(message, stderr, exitCode, options) {
        super(message, options);
        this.stderr = stderr;
        this.exitCode = exitCode;
    }
}
/**
 * Runs `git <args>` and returns its stdout bytes: streamGit, collected. Arguments go to git as they are: no
 * shell, no globbing. `input`, when given, is written to git's standard input (then closed), as
 * `cat-file --batch` reads it.
 */
async function runGit(args, limits = {}, input) {
    const chunks = [];
    await streamGit(args, (chunk) => chunks.push(chunk), limits, input);
    return Buffer.concat(chunks);
}
/** Most of git's standard error kept for a message. */
const STDERR_BYTES = 64 * 1024;
/**
 * Runs `git <args>` and hands its stdout to `onChunk` as it arrives, so the caller works while git is still
 * writing (thousands of tag objects are checked as `cat-file --batch` prints them, not after). `input`, when
 * given, is written to git's standard input (then closed); as a function, it is handed git's standard input
 * to write and close when it will (cat-file asked for objects while they are being listed). Resolves when
 * git exits 0. Rejects, with the same GitCommandError messages as runGit, when git exits otherwise, is not
 * found, prints more than `maxBytes` or takes longer than `timeoutMs` (then it is killed); when `onChunk`
 * throws, git is killed and the promise rejects with that error.
 */
function streamGit(args, onChunk, limits = {}, input) {
    const { maxBytes, timeoutMs } = { ...DEFAULT_LIMITS, ...limits };
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...args], {
            env: gitEnvironment(),
            windowsHide: true,
            stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const stderr = [];
        let stderrBytes = 0;
        let stdoutBytes = 0;
        let failure;
        let failed = false;
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            failure = error;
            child.kill();
        };
        const command = `git ${commandName(args)}`;
        const gitError = (reason) => new GitCommandError(`${command}: ${reason}`, '', undefined);
        const timer = setTimeout(() => fail(gitError(`no answer within ${timeoutMs} ms`)), timeoutMs);
        child.stdout?.on('data', (chunk) => {
            if (failed)
                return;
            stdoutBytes += chunk.length;
            if (stdoutBytes > maxBytes) {
                fail(gitError(`output over ${maxBytes} bytes`));
                return;
            }
            try {
                onChunk(chunk);
            }
            catch (error) {
                fail(error);
            }
        });
        child.stderr?.on('data', (chunk) => {
            if (stderrBytes >= STDERR_BYTES)
                return;
            stderr.push(chunk);
            stderrBytes += chunk.length;
        });
        child.on('error', (error) => {
            const reason = error.code === 'ENOENT' ? 'the git executable was not found' : error.message;
            fail(new GitCommandError(`${command}: ${reason}`, '', undefined, { cause: error }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (failed) {
                reject(failure);
                return;
            }
            if (code === 0) {
                resolve();
                return;
            }
            const text = Buffer.concat(stderr).toString('utf8').trim();
            const reason = firstLine(text) || (code === null ? `killed by ${signal}` : `exit code ${code}`);
            reject(new GitCommandError(`${command}: ${reason}`, text, code ?? undefined));
        });
        if (input !== undefined) {
            // As in runGit: a broken pipe when git exits early is that same failure, reported on close.
            child.stdin?.on('error', () => { });
            if (typeof input === 'string')
                child.stdin?.end(input);
            else
                input({ write: (text) => child.stdin?.write(text), end: () => child.stdin?.end() });
        }
    });
}
/** Git's options that take the next argument as their value, as the reader passes them before a command. */
const OPTIONS_WITH_VALUE = new Set(['--git-dir', '-C', '-c']);
/** The git command `args` run (`ls-tree` of `--git-dir <dir> ls-tree …`), for messages; the first argument else. */
function commandName(args) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (OPTIONS_WITH_VALUE.has(arg))
            i++;
        else if (!arg.startsWith('-'))
            return arg;
    }
    return args[0] ?? '';
}
function firstLine(text) {
    return (text.split('\n').find((line) => line.trim().length > 0) ?? '').trim();
}
/**
 * What a git failure while reading a repository that was opened (its seal tags cannot be listed or read: a
 * damaged object, a timeout) is to the caller: an input error naming the repository (`display`: a path, or
 * the URL with its user-info redacted), as a repository that cannot be opened is. Any other error is returned
 * as it is (a defect of the reader's own stays an internal error).
 */
function unreadableRepository(error, display) {
    if (!(error instanceof GitCommandError))
        return error;
    return new errors_InputError(`cannot read the seal tags of ${display}: ${error.message}`, { expected: 'a git repository whose seal tags and their objects git can read' }, { cause: error });
}
/** Refuses a value that git could read as an option. */
function assertNotOption(value, what) {
    if (value.startsWith('-'))
        throw new errors_InputError(`${what} '${value}' starts with '-'`, { expected: `a ${what} that is not an option` });
}
/**
 * Classifies a repository argument: an `http(s)://`, `file://` or `ssh://` URL, or a local path (relative
 * paths resolve against `cwd`). scp-like `host:path` and other schemes are refused with the accepted forms.
 */
function locateRepository(repository, cwd = process.cwd()) {
    const expected = 'a local repository path or an http(s)://, file:// or ssh:// URL';
    if (repository.length === 0)
        throw new errors_InputError('the repository is empty', { expected });
    assertNotOption(repository, 'repository');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
    if (/[\u0000-\u001f\u007f]/.test(repository))
        throw new errors_InputError('the repository contains a control character', { expected });
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(repository)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
        if (!ALLOWED_PROTOCOLS.some((allowed) => allowed === scheme))
            throw new errors_InputError(`repository URL scheme '${scheme}' is not supported`, { expected });
        return { kind: 'url', url: repository, display: redactUrl(repository) };
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(repository) || /^[^/]*:/.test(repository))
        throw new errors_InputError(`repository '${repository}' is neither a URL nor a local path`, { expected });
    return { kind: 'path', path: external_node_path_default().resolve(cwd, repository) };
}
/** A URL without its user-info (a token in `https://user:token@host/…` never reaches a message). */
function redactUrl(url) {
    return url.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@]*@/, '$1***@');
}
/** Tag ref prefix to read: every seal tag, or those of one product, or of one release. */
function sealTagPrefix(product, release) {
    if (product === undefined)
        return 'refs/tags/cutover/';
    if (release === undefined)
        return `refs/tags/cutover/${product}/`;
    return `refs/tags/cutover/${product}/${release}/`;
}
/** A branch ref a remote may name as its HEAD: `refs/heads/` and a name git would accept in a refspec. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const BRANCH_REF = /^refs\/heads\/(?!.*\.\.)(?!.*\/\.)(?!.*\.lock(\/|$))[^\s:*?[\\^~\u0000-\u001f\u007f]+$/;
/**
 * Opens a repository for reading. A local path is read in place (its tags as they are: fetch first, or pass
 * the URL, to see tags pushed since). A URL is fetched: only `prefix` tags (annotated and lightweight alike)
 * and the branch the remote's HEAD names, with object checks on, into a fresh bare repository under the
 * system temporary directory, whose HEAD then names that branch.
 */
async function openRepository(location, prefix, limits = {}) {
    const timeout = limits.timeoutMs === undefined ? {} : { timeoutMs: limits.timeoutMs };
    if (location.kind === 'path') {
        const info = await (0,promises_namespaceObject.stat)(location.path).catch(() => undefined);
        if (!info?.isDirectory())
            throw new errors_InputError('repository path is not a directory', {
                file: location.path,
                expected: 'a local git repository (bare or with a work tree)',
            });
        let gitDir;
        let bare;
        try {
            const [dir, isBare] = (await runGit(['-C', location.path, 'rev-parse', '--absolute-git-dir', '--is-bare-repository'], timeout))
                .toString('utf8')
                .trim()
                .split('\n');
            gitDir = dir ?? '';
            bare = isBare === 'true';
        }
        catch (cause) {
            throw new errors_InputError(`not a readable git repository: ${cause instanceof Error ? cause.message : String(cause)}`, { file: location.path, expected: 'a local git repository (bare or with a work tree)' }, { cause });
        }
        const defaultBranch = localDefaultBranch(gitDir, bare).catch((error) => ({
            problem: `the default branch cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        }));
        return { display: location.path, gitDir, defaultBranch, close: async () => { } };
    }
    const gitDir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'cutover-reader-'));
    const close = () => (0,promises_namespaceObject.rm)(gitDir, { recursive: true, force: true });
    let defaultBranch;
    try {
        // An empty template: no hooks or config from the user's init.templateDir land in the private repository.
        await runGit(['init', '--quiet', '--bare', '--template=', gitDir], timeout);
        const head = await remoteHead(gitDir, location.url, limits.timeoutMs ?? 300_000);
        // Bounded in time only: git offers no size limit for a fetch (index-pack's --max-input-size is passed by
        // receive-pack alone, from receive.maxInputSize; fetch-pack passes none, and no fetch or transfer setting
        // sets one, checked on git 2.39), and a filter is a request a hostile server may ignore. What a remote
        // sends within the time limit lands in the temporary repository, which close() removes.
        await runGit([
            '--git-dir',
            gitDir,
            '-c',
            'core.hooksPath=/dev/null',
            '-c',
            'transfer.fsckObjects=true',
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--no-recurse-submodules',
            '--',
            location.url,
            `+${prefix}*:${prefix}*`,
            ...(head.ref ? [`+${head.ref}:${head.ref}`] : []),
        ], { timeoutMs: limits.timeoutMs ?? 300_000 });
        if (head.ref) {
            await runGit(['--git-dir', gitDir, 'symbolic-ref', 'HEAD', head.ref], timeout);
            defaultBranch = await localDefaultBranch(gitDir, true);
        }
        else
            defaultBranch = { problem: head.problem ?? 'the default branch is unknown' };
    }
    catch (cause) {
        await close();
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new errors_InputError(`cannot fetch seal tags from ${location.display}: ${reason.replaceAll(location.url, location.display)}`, { expected: 'a reachable git repository' }, { cause });
    }
    return { display: location.display, gitDir, defaultBranch: Promise.resolve(defaultBranch), close };
}
/** The branch a remote's HEAD names (`git ls-remote --symref`), or why there is none to use. */
async function remoteHead(gitDir, url, timeoutMs) {
    const out = (await runGit(['--git-dir', gitDir, 'ls-remote', '--symref', '--', url, 'HEAD'], { timeoutMs })).toString('utf8');
    const ref = /^ref: (\S+)\tHEAD$/m.exec(out)?.[1];
    if (ref === undefined)
        return { problem: "the remote's HEAD is not a symbolic ref to a branch, so its default branch is unknown" };
    if (!BRANCH_REF.test(ref))
        return { problem: `the remote's HEAD names '${ref}', which is not a branch ref` };
    return { ref };
}
/** The ref a symbolic ref names, or undefined when it is missing or not symbolic. */
async function symbolicRef(gitDir, name) {
    try {
        const out = (await runGit(['--git-dir', gitDir, 'symbolic-ref', '--quiet', name])).toString('utf8').trim();
        return out.length > 0 ? out : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The default branch of a local repository: HEAD's branch for a bare repository (a server's repository, or
 * the one a URL was fetched into); for a repository with a work tree, the branch `refs/remotes/origin/HEAD`
 * names (the remote's default as of the last fetch) when there is one, else the checked-out branch.
 */
async function localDefaultBranch(gitDir, bare) {
    const ref = (bare ? undefined : await symbolicRef(gitDir, 'refs/remotes/origin/HEAD')) ?? (await symbolicRef(gitDir, 'HEAD'));
    if (ref === undefined)
        return {
            problem: bare
                ? 'HEAD is not a symbolic ref to a branch, so the default branch is unknown'
                : 'HEAD is detached and there is no refs/remotes/origin/HEAD, so the default branch is unknown',
        };
    let commit;
    try {
        commit = (await runGit(['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))
            .toString('utf8')
            .trim();
    }
    catch {
        return { problem: `the default branch ${ref} has no commit` };
    }
    const name = ref.replace(/^refs\/(heads|remotes)\//, '');
    return { ref, name, commit };
}
/**
 * Which of `commits` are reachable from `tip` (full object ids; an id that is not a commit, or is missing,
 * is simply not reachable). One commit: `merge-base --is-ancestor`, which stops as soon as it knows. Several
 * (or one merge-base cannot judge): one `rev-list` of the tip's history, looked up in memory, whose cost
 * grows with the history, not with the number of commits asked about.
 */
async function commitsReachableFrom(gitDir, tip, commits) {
    const unique = [...new Set(commits)];
    const [only] = unique;
    if (only === undefined)
        return new Set();
    if (unique.length === 1) {
        try {
            await runGit(['--git-dir', gitDir, 'merge-base', '--is-ancestor', only, tip]);
            return new Set([only]);
        }
        catch (error) {
            // Exit 1 is git's "not an ancestor"; any other failure (not a commit, missing) falls through to rev-list.
            if (error instanceof GitCommandError && error.exitCode === 1)
                return new Set();
        }
    }
    const history = await branchHistory(gitDir, tip);
    return new Set(unique.filter((commit) => history.has(commit)));
}
/** Every commit reachable from `tip`: one `rev-list`. */
async function branchHistory(gitDir, tip) {
    const out = await runGit(['--git-dir', gitDir, 'rev-list', tip], { maxBytes: 256 * 1024 * 1024 });
    return new Set(out.toString('latin1').split('\n'));
}
/**
 * Every ref under `prefix` (exact component prefix), sorted by name: one `for-each-ref`. With `patterns`
 * (globs naming refs under `prefix`), only the refs under `prefix` that match one of them.
 */
async function listRefs(gitDir, prefix, patterns) {
    const out = await runGit([
        '--git-dir',
        gitDir,
        'for-each-ref',
        '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)',
        ...(patterns ?? [prefix]),
    ], { maxBytes: 64 * 1024 * 1024 });
    return sortRefs(parseRefLines(out.toString('utf8'), prefix));
}
function sortRefs(entries) {
    return entries.sort((a, b) => (a.refname < b.refname ? -1 : a.refname > b.refname ? 1 : 0));
}
/**
 * Every ref under `prefix` (that matches one of `patterns`, when given: see listRefs), in git's name order,
 * handed to `visit` with the raw bytes of the annotated tag object it points at (as `cat-file tag` prints
 * them). One `for-each-ref` lists the refs with their object types and sizes and one `cat-file --batch`
 * session reads the tag objects (of the refs `wanted` selects, by default all) while they are still being
 * listed: each tag object is asked for as soon as its ref is listed, and each ref is visited as git prints its
 * object, so the caller checks one tag while git lists and reads the next. A ref to another type of object,
 * one not wanted, or a tag object over `maxTagBytes` (never read: its size says why) is visited without bytes
 * (`tagObject` undefined), as is a tag object the repository does not have. cat-file may print no more than
 * the sizes of the objects asked for (and their headers).
 */
async function eachRefWithTag(gitDir, prefix, maxTagBytes, visit, wanted = () => true, patterns) {
    /** The refs listed so far, in git's order. */
    const refs = [];
    /** Indexes in `refs` of the tag objects asked for, and their ids, in the order asked. */
    const toRead = [];
    const ids = [];
    /** Bytes cat-file may print for what it was asked so far. */
    let allowed = 1024;
    let printed = 0;
    let next = 0;
    /** Visits the refs before index `upTo` not visited yet: none of them has a tag object to read. */
    const visitUpTo = (upTo) => {
        for (; next < upTo; next++) {
            const ref = refs[next];
            if (ref)
                visit(ref, undefined);
        }
    };
    const parser = new BatchParser(ids, (n, object) => {
        const at = toRead[n] ?? refs.length;
        visitUpTo(at);
        const ref = refs[at];
        next = at + 1;
        if (ref)
            visit(ref, object?.type === 'tag' ? object.content : undefined);
    });
    let stdin;
    let reading;
    /** Asks cat-file for `text` (ids, one a line), starting the session on the first. */
    const ask = (text) => {
        reading ??= streamGit(['--git-dir', gitDir, 'cat-file', '--batch', '--buffer'], (chunk) => {
            printed += chunk.length;
            if (printed > allowed)
                throw new GitCommandError(`git cat-file: output over ${allowed} bytes`, '', undefined);
            parser.push(chunk);
        }, { maxBytes: Number.MAX_SAFE_INTEGER }, (input) => {
            stdin = input;
        });
        // Awaited once the listing is done: a failure meanwhile must not count as unhandled.
        reading.catch(() => { });
        stdin?.write(text);
    };
    /** Takes listed refs in: each tag object wanted is asked for at once. */
    const take = (listed) => {
        let asked = '';
        for (const ref of listed) {
            const i = refs.push(ref) - 1;
            if (ref.objectType !== 'tag' || ref.objectSize > maxTagBytes || !wanted(ref))
                continue;
            toRead.push(i);
            ids.push(ref.objectId);
            allowed += ref.objectSize + BATCH_OVERHEAD;
            asked += `${ref.objectId}\n`;
        }
        if (asked.length > 0)
            ask(asked);
    };
    const lines = new RefLines(prefix);
    try {
        await streamGit([
            '--git-dir',
            gitDir,
            'for-each-ref',
            '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)',
            ...(patterns ?? [prefix]),
        ], (chunk) => take(lines.push(chunk)), { maxBytes: 64 * 1024 * 1024 });
        take(lines.end());
    }
    finally {
        // cat-file answers what it was asked, then exits: also when the listing failed (that error is thrown).
        stdin?.end();
        if (reading)
            await reading.catch(() => { });
    }
    if (reading) {
        await reading;
        parser.end();
    }
    visitUpTo(refs.length);
}
/**
 * The lines of `for-each-ref --format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)`, read chunk by
 * chunk as git prints them (a line, or a character, may be cut between chunks): the refs under `prefix`.
 */
class RefLines {
    prefix;
    /** The start of a line cut at the end of the last chunk. */
    rest;
    constructor(prefix) {
        this.prefix = prefix;
    }
    /** The refs whose lines end in `chunk`. */
    push(chunk) {
        const end = chunk.lastIndexOf(10);
        if (end < 0) {
            this.rest = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
            return [];
        }
        const whole = this.rest ? Buffer.concat([this.rest, chunk.subarray(0, end)]) : chunk.subarray(0, end);
        this.rest = end + 1 < chunk.length ? chunk.subarray(end + 1) : undefined;
        return parseRefLines(whole.toString('utf8'), this.prefix);
    }
    /** The ref of a last line without a newline, if any. */
    end() {
        const rest = this.rest;
        this.rest = undefined;
        return rest ? parseRefLines(rest.toString('utf8'), this.prefix) : [];
    }
}
/** The refs under `prefix` in lines of `for-each-ref` (see listRefs' format), in their order. */
function parseRefLines(text, prefix) {
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.length === 0)
            continue;
        const [refname, objectType, objectId, size] = line.split('\0');
        if (refname?.startsWith(prefix) && objectType && objectId)
            entries.push({ refname, objectType, objectId, objectSize: Number(size) });
    }
    return entries;
}
/** Bytes `cat-file --batch` adds around each object (its header line and the newline after it), at most. */
const BATCH_OVERHEAD = 128;
/**
 * Reads many objects through one `git cat-file --batch` session and hands each to `onObject` as git prints
 * it, with its index in `ids` (full object ids), in that order; undefined for an object the repository does
 * not have. `expectedBytes` bounds the output (the sum of their sizes, known beforehand from `for-each-ref`
 * or `ls-tree -l`): the caller never asks for an object it has not checked the size of.
 */
async function streamObjects(gitDir, ids, expectedBytes, onObject) {
    if (ids.length === 0)
        return;
    const parser = new BatchParser(ids, onObject);
    await streamGit(['--git-dir', gitDir, 'cat-file', '--batch', '--buffer'], (chunk) => parser.push(chunk), { maxBytes: expectedBytes + ids.length * BATCH_OVERHEAD + 1024 }, `${ids.join('\n')}\n`);
    parser.end();
}
/** The objects of `ids` through one `git cat-file --batch` session, in the order of `ids` (see streamObjects). */
async function readObjects(gitDir, ids, expectedBytes) {
    const objects = [];
    await streamObjects(gitDir, ids, expectedBytes, (i, object) => {
        objects[i] = object;
    });
    return objects;
}
/** Longest header line accepted from `cat-file --batch` (git's are an id, a type and a size). */
const MAX_HEADER_BYTES = 1024;
/**
 * Parses the output of `cat-file --batch` incrementally, chunk by chunk as git writes it: for each id asked,
 * `<id> <type> <size>` LF, the object's bytes (any bytes: delimited by the size), LF; or `<id> missing` LF.
 * Hands each object to `emit` with its index. Throws a GitCommandError on output of another shape (an answer
 * for another id, a header or an object cut short). Exported for its tests, which cut real output at every
 * kind of boundary.
 */
class BatchParser {
    ids;
    emit;
    /** Index of the object being read. */
    index = 0;
    /** Bytes of the header line being read, when it spans chunks. */
    headerParts = [];
    headerBytes = 0;
    /** The object being read: its type, the bytes still to come, and those read so far. */
    object;
    constructor(ids, emit) {
        this.ids = ids;
        this.emit = emit;
    }
    push(chunk) {
        let at = 0;
        while (at < chunk.length) {
            const object = this.object;
            if (object === undefined) {
                at = this.readHeader(chunk, at);
            }
            else if (object.remaining > 0) {
                const take = Math.min(object.remaining, chunk.length - at);
                object.parts.push(chunk.subarray(at, at + take));
                object.remaining -= take;
                at += take;
            }
            else {
                if (chunk[at] !== 10)
                    throw new GitCommandError(`git cat-file --batch: unexpected output after object ${this.ids[this.index] ?? ''}`, '', undefined);
                at += 1;
                this.object = undefined;
                const content = object.parts.length === 1 ? object.parts[0] : Buffer.concat(object.parts);
                this.emit(this.index++, { type: object.type, content: content ?? Buffer.alloc(0) });
            }
        }
    }
    /** Checks that every object asked for was answered in full. */
    end() {
        if (this.object !== undefined || this.headerBytes > 0 || this.index < this.ids.length)
            throw new GitCommandError(`git cat-file --batch: no answer for ${this.ids[this.index] ?? 'the last object'}`, '', undefined);
    }
    /** Reads (the rest of) one header line from `at`; returns where reading stopped. */
    readHeader(chunk, at) {
        const end = chunk.indexOf(10, at);
        if (end < 0) {
            this.headerBytes += chunk.length - at;
            if (this.headerBytes > MAX_HEADER_BYTES)
                throw new GitCommandError('git cat-file --batch: a header line too long', '', undefined);
            this.headerParts.push(chunk.subarray(at));
            return chunk.length;
        }
        let line = chunk;
        let start = at;
        let stop = end;
        if (this.headerParts.length > 0) {
            line = Buffer.concat([...this.headerParts, chunk.subarray(at, end)]);
            start = 0;
            stop = line.length;
            this.headerParts = [];
            this.headerBytes = 0;
        }
        const id = this.ids[this.index];
        const known = id === undefined ? undefined : objectHeader(line, start, stop, id);
        if (known)
            this.object = { type: known.type, remaining: known.size, parts: [] };
        else {
            const header = line.toString('utf8', start, stop);
            if (id === undefined)
                throw new GitCommandError(`git cat-file --batch: unexpected answer '${header}'`, '', undefined);
            if (header !== `${id} missing` && header !== `${id} ambiguous`)
                throw new GitCommandError(`git cat-file --batch: unexpected answer '${header}' for ${id}`, '', undefined);
            this.emit(this.index++, undefined);
        }
        return end + 1;
    }
}
/** Object types as `cat-file` names them, so a header's type is compared as bytes, not decoded. */
const OBJECT_TYPES = ['tag', 'commit', 'tree', 'blob'].map((type) => ({ type, bytes: Buffer.from(type, 'latin1') }));
/**
 * The type and size in a `cat-file --batch` header `bytes[start, end)` that must read `<id> <type> <size>`
 * (decimal digits), or undefined when it does not (a `missing` answer, another id, another shape). Read as
 * bytes: thousands of headers are checked without a string each.
 */
function objectHeader(bytes, start, end, id) {
    let at = start;
    for (let i = 0; i < id.length; i++, at++)
        if (bytes[at] !== id.charCodeAt(i))
            return undefined;
    if (at >= end || bytes[at++] !== 32)
        return undefined;
    const typeStart = at;
    while (at < end && bytes[at] !== 32)
        at++;
    if (at === typeStart || at >= end)
        return undefined;
    const typeEnd = at++;
    let size = 0;
    if (at >= end || end - at > 15)
        return undefined;
    for (; at < end; at++) {
        const digit = (bytes[at] ?? 0) - 48;
        if (digit < 0 || digit > 9)
            return undefined;
        size = size * 10 + digit;
    }
    const known = OBJECT_TYPES.find(({ bytes: name }) => name.length === typeEnd - typeStart && bytes.compare(name, 0, name.length, typeStart, typeEnd) === 0);
    return { type: known?.type ?? bytes.toString('utf8', typeStart, typeEnd), size };
}
const BATCH_HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) (\S+) (\d+)$/;
/** The types of many objects through one `git cat-file --batch-check`; undefined for an object not there. */
async function objectTypes(gitDir, ids) {
    if (ids.length === 0)
        return [];
    const out = await runGit(['--git-dir', gitDir, 'cat-file', '--batch-check', '--buffer'], { maxBytes: ids.length * 128 + 1024 }, `${ids.join('\n')}\n`);
    const lines = out.toString('utf8').split('\n');
    return ids.map((_, i) => BATCH_HEADER.exec(lines[i] ?? '')?.[2]);
}
/** The entries of directory `dir` (no trailing slash) in `commit`'s tree; empty when it does not exist. */
async function listTree(gitDir, commit, dir) {
    const out = await runGit(['--git-dir', gitDir, 'ls-tree', '-l', '-z', '--full-tree', commit, '--', `${dir}/`]);
    const entries = [];
    for (const record of out.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, type, objectId, size] = record.slice(0, tab).split(/\s+/);
        if (!mode || !type || !objectId)
            continue;
        const full = record.slice(tab + 1);
        entries.push({
            mode,
            type,
            objectId,
            size: size === undefined || size === '-' ? undefined : Number(size),
            name: full.slice(dir.length + 1),
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/domain/seal.ts
/** The line before the record's JSON in a tag message (exported for src/reader/seal-record-fast.ts). */
const RECORD_MARKER = '-----BEGIN CUTOVER SEAL RECORD-----';
/** The line after it. */
const RECORD_END = '-----END CUTOVER SEAL RECORD-----';
/** What both markers share. It overlaps itself nowhere, so replacing every occurrence leaves none behind. */
const MARKER_WORDS = 'CUTOVER SEAL RECORD';
/**
 * The record as JSON (`JSON.stringify(record, null, 2)`) in which no marker can appear: a string value that holds
 * the markers' words (the free-text hand-off statement a writer chose) has their first letter written as the JSON
 * escape `\u0043`, which parses to the same value. The message is read from its first record marker to the first
 * end marker after it (sealRecordText), so a marker inside a value would otherwise end the record early, and the
 * seal would be a tag no reader accepts.
 */
function recordJson(record) {
    // Outside string values the JSON holds only keys Cutover names and numbers, so every occurrence is in a value.
    return JSON.stringify(record, null, 2).replaceAll(MARKER_WORDS, `\\u0043${MARKER_WORDS.slice(1)}`);
}
/** The tag message for a seal record. */
function renderSealMessage(record) {
    const who = record.approvers.map((a) => `${a.login} (${a.team})`).join(', ');
    return [
        `cutover seal: ${record.product} ${record.release} revision ${record.revision}`,
        '',
        `Bundle ${record.bundleDigest}, approved at ${record.headSha} by ${who}; merged as ${record.mergeCommit} (${record.mergeMethod}).`,
        `Queue ${record.queue}, window ${record.window.start} .. ${record.window.end}.`,
        '',
        RECORD_MARKER,
        recordJson(record),
        RECORD_END,
        '',
    ].join('\n');
}
/**
 * The seal record's JSON text in a tag message: from the first record marker to the first end marker after it.
 * Undefined when the message has no such pair. Callers parse it refusing repeated keys (parseDocument): JSON.parse
 * keeps the last of a repeated key, so a tool keeping the first would read another record than the one checked.
 */
function sealRecordText(message) {
    const start = message.indexOf(RECORD_MARKER);
    if (start < 0)
        return undefined;
    const end = message.indexOf(RECORD_END, start + RECORD_MARKER.length);
    return end < 0 ? undefined : message.slice(start + RECORD_MARKER.length, end);
}

// EXTERNAL MODULE: ./src/schema/generated/seal-record.validate.cjs
var seal_record_validate = __nccwpck_require__(823);
var seal_record_validate_default = /*#__PURE__*/__nccwpck_require__.n(seal_record_validate);
;// CONCATENATED MODULE: ./src/schema/precompiled.ts
/**
 * Validation by the validators generated at build time alone (standalone.ts, src/schema/generated/), with no
 * Ajv, no schema registry and no parsers loaded at run time: for a process that validates nothing else, such
 * as `cutover list` reading thousands of seal records. Its validator module (the one that explains, which
 * decides too) is imported directly and so bundled with its importer, not loaded from beside the bundle as
 * validate.ts loads the others: no parser, no locator, one module.
 * Same errors as validate.ts's `validateDocument` for a value (no line numbers: there is no text to locate
 * them in).
 */



/**
 * The precompiled validators, each with the `$id` of the schema it was generated from (from schema-ids.ts,
 * which loads no schema; test/reader/precompiled.test.ts compares it with the registry's).
 */
const PRECOMPILED_VALIDATORS = {
    'seal-record': { id: documentSchemaId('seal-record'), validate: (seal_record_validate_default()) },
};
/** The `$id` a precompiled validator checks against. */
function precompiledSchemaId(name) {
    return PRECOMPILED_VALIDATORS[name].id;
}
/**
 * Validates with a precompiled validator and returns the value typed, or throws an InputError naming the
 * first violations, `file` and the schema, as `validateDocument` does.
 */
function validatePrecompiled(name, value, file) {
    const { id, validate } = PRECOMPILED_VALIDATORS[name];
    if (validate(value))
        return value;
    throw violations_violationError(violationsOf(validate.errors), file, `a document matching ${id}`);
}

;// CONCATENATED MODULE: ./src/reader/seal-record-fast.ts
/**
 * A quicker "yes" for the seal records `cutover list` reads by the thousand (issue 13 goal 1): one regular
 * expression over the record's text as the sealer writes it (`renderSealMessage`: `JSON.stringify(record,
 * null, 2)` between the markers, the markers' words in the hand-off statement escaped), instead of
 * `JSON.parse` and the generated validator for each. It reads
 * only the fields a listing keeps (the names it compares with the tag's, the merge commit, the summary), as
 * new strings, so no record and no message stays alive while thousands of others are read.
 *
 * It only ever says yes or "not sure": it accepts a subset of the texts that the reader's full path
 * (`sealRecordOf` in tags.ts) parses to a record schemas/seal-record.schema.json accepts (each key once, in the
 * orders the sealer writes them, strings without escapes but for the hand-off statement, no 29 February, no
 * leap second, integers of at most 15 digits), and reads from them exactly the values `JSON.parse` would.
 * Anything else (every damaged or unusual record, a repeated key among them) goes to the full path, which
 * decides and names the problem. So a mistake here could only let a bad record through, never refuse a good
 * one: test/reader/seal-record-fast.test.ts compares it with `sealRecordOf` over random records and random
 * damage to them (repeated lines among it).
 */

// The parts of the expression: each accepts a quoted value's characters only where the schema's definition
// (schemas/common.schema.json#/$defs) accepts the whole string, and none of them contains '"' or '\'.
/** `label`'s characters; its look-aheads (no '..', no final '.' or '.lock') are checked on the value (LABEL). */
const LABEL_CHARS = '[A-Za-z0-9][A-Za-z0-9._+-]{0,99}';
/** `revision`: an integer from 1 to 999999999. */
const REVISION = '[1-9][0-9]{0,8}';
/** An integer of at least 1, of at most 15 digits (so exactly the number JSON.parse reads). */
const POSITIVE = '[1-9][0-9]{0,14}';
const seal_record_fast_SHA256 = 'sha256:[0-9a-f]{64}';
const COMMIT = '[0-9a-f]{40}(?:[0-9a-f]{24})?';
const TEAM = '(?:[A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*';
const REPOSITORY = '[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+';
const MERGE_METHOD = '(?:merge|squash|rebase|squash-or-rebase)';
/**
 * `time`: its pattern and Ajv's `date-time` format together, narrowed to seconds given, a real day of a month
 * (29 February, which needs the year, is left to the validator), hours 00-23, minutes and seconds 00-59 (a
 * leap second is left to the validator) and an offset of at most 23:59.
 */
const TIME = '[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))' +
    'T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])';
/** An approver's `login`: 1 to 100 printable ASCII characters but '"' and '\' (so as many code points). */
const LOGIN = '[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]{1,100}';
/** `handoff`: any JSON string but the empty one (escapes included: the value is not read). */
const HANDOFF = '(?:[^"\\\\\\x00-\\x1f]|\\\\["\\\\/bfnrt]|\\\\u[0-9A-Fa-f]{4})+';
/** `"key": value` on its own line, `depth` levels of two spaces deep; `last` without the comma. */
const line = (depth, key, value, last = false) => `${' '.repeat(depth * 2)}"${key}": ${value}${last ? '' : ','}\\n`;
const quoted = (pattern) => `"${pattern}"`;
const captured = (pattern) => `"(${pattern})"`;
/** The sealer writes the gate's assignments, team first; a record built otherwise may name the login first. */
const APPROVER_NAMES = `(?:${line(3, 'team', quoted(TEAM))}${line(3, 'login', quoted(LOGIN))}|${line(3, 'login', quoted(LOGIN))}${line(3, 'team', quoted(TEAM))})`;
const APPROVER = `    \\{\\n${APPROVER_NAMES}${line(3, 'reviewId', POSITIVE)}${line(3, 'commitId', quoted(COMMIT), true)}    \\}`;
const SUPERSEDED_BY = (first, second) => `\\{\\n${first}${second}  \\}`;
const SUPERSEDES = `(?:null|${SUPERSEDED_BY(line(2, 'revision', REVISION), line(2, 'bundleDigest', quoted(seal_record_fast_SHA256), true))}|${SUPERSEDED_BY(line(2, 'bundleDigest', quoted(seal_record_fast_SHA256)), line(2, 'revision', REVISION, true))})`;
/**
 * The record's text between the markers, as `renderSealMessage` writes it: a line break, the record, a line
 * break. Groups: 1 product, 2 release, 3 revision, 4 bundleDigest, 5 queue, 6 and 7 window start and end (the
 * manifest's order, start first) or 8 and 9 end and start (the canonical manifest's order), 10 mergeCommit,
 * 11 mergedAt.
 */
const RECORD_TEXT = new RegExp([
    '\\n\\{\\n',
    line(1, 'schemaVersion', '1'),
    line(1, 'product', captured(LABEL_CHARS)),
    line(1, 'release', captured(LABEL_CHARS)),
    line(1, 'revision', `(${REVISION})`),
    line(1, 'bundleDigest', captured(seal_record_fast_SHA256)),
    line(1, 'queue', captured(LABEL_CHARS)),
    `  "window": \\{\\n(?:${line(2, 'start', captured(TIME))}${line(2, 'end', captured(TIME), true)}|${line(2, 'end', captured(TIME))}${line(2, 'start', captured(TIME), true)})  \\},\\n`,
    `  "requiredTeams": \\[\\n    ${quoted(TEAM)}(?:,\\n    ${quoted(TEAM)})*\\n  \\],\\n`,
    line(1, 'repository', quoted(REPOSITORY)),
    line(1, 'pullRequest', POSITIVE),
    line(1, 'headSha', quoted(COMMIT)),
    line(1, 'mergeCommit', captured(COMMIT)),
    line(1, 'mergeMethod', quoted(MERGE_METHOD)),
    line(1, 'mergedAt', captured(TIME)),
    `  "approvers": \\[\\n${APPROVER}(?:,\\n${APPROVER})*\\n  \\],\\n`,
    line(1, 'supersedes', SUPERSEDES),
    line(1, 'handoff', quoted(HANDOFF), true),
    '\\}\\n',
].join(''), 'y');
/** `label` whole (common.schema.json#/$defs/label), for the three values RECORD_TEXT reads as LABEL_CHARS. */
const seal_record_fast_LABEL = /^(?!.*\.\.)(?!.*\.$)(?!.*\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
/**
 * A copy of `value` that does not hold on to the string it was cut from. V8 represents a substring of 13 or
 * more characters as a slice of its parent, which would keep each tag's whole message alive as long as the
 * listing keeps its summary; a concatenation flattened by slice() is a new string of the value's length.
 */
function detached(value) {
    return ` ${value}`.slice(1);
}
/**
 * The fields a listing needs of the seal record a tag message carries, when that record is certainly present
 * and schema-valid (as `sealRecordOf` in tags.ts would say); undefined
 * when not sure, and then the caller must ask them. `previous`: the summary kept of the tag read before, whose
 * strings are reused for equal values.
 */
function acceptedSealRecord(message, previous) {
    // The same text the full path parses: from the first marker to the first end marker after it.
    const start = message.indexOf(RECORD_MARKER);
    if (start < 0)
        return undefined;
    const from = start + RECORD_MARKER.length;
    const end = message.indexOf(RECORD_END, from);
    if (end < 0)
        return undefined;
    RECORD_TEXT.lastIndex = from;
    const match = RECORD_TEXT.exec(message);
    if (match === null || RECORD_TEXT.lastIndex !== end)
        return undefined;
    const [, product = '', release = '', revision = '', bundleDigest = '', queue = ''] = match;
    if (!seal_record_fast_LABEL.test(product) || !seal_record_fast_LABEL.test(release) || !seal_record_fast_LABEL.test(queue))
        return undefined;
    const windowStart = match[6] ?? match[9] ?? '';
    const windowEnd = match[7] ?? match[8] ?? '';
    return {
        product,
        release,
        revision: Number(revision),
        mergeCommit: match[10] ?? '',
        bundleDigest: kept(bundleDigest, previous?.bundleDigest),
        queue: kept(queue, previous?.queue),
        mergedAt: kept(match[11] ?? '', previous?.mergedAt),
        window: { start: kept(windowStart, previous?.window.start), end: kept(windowEnd, previous?.window.end) },
    };
}
/**
 * The string to keep for `value`: `before` (the previous tag's, already kept) when equal, as a release's tags
 * often share their queue, window or digest, else a copy of `value` that does not hold on to the message.
 */
function kept(value, before) {
    return value === before ? before : detached(value);
}

;// CONCATENATED MODULE: ./src/reader/tags.ts
/**
 * Seal tags as git stores them: the raw annotated tag object parsed into its headers and message, and the
 * checks one seal tag must pass on its own (annotated, self-named, a schema-valid record for this name,
 * pointing at the record's merge commit, that commit on the default branch). Shared by `readSealedBundle`
 * and `listSealedRevisions`. However many tags there are, they are read by a constant number of git
 * processes: one `for-each-ref` listing them and one `cat-file --batch` reading their tag objects while they
 * are listed (each tag checked as git prints it; a listing's records first by the quick look of
 * seal-record-fast.ts), one reachability check against the default branch
 * (`merge-base --is-ancestor` or `rev-list`), and a `cat-file --batch-check` only for tag targets that are not
 * on it (to tell a missing object or a non-commit from a commit elsewhere).
 */







/** Largest tag object read, in bytes: a seal record is a few kilobytes. */
const MAX_TAG_BYTES = 1024 * 1024;
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * Parses a raw tag object (`git cat-file tag`), as text or bytes. Undefined when the headers are malformed.
 * From bytes, the headers and the message are decoded apart, so the headers kept (names, ids: slices of
 * the decoded text) do not keep the message's text alive.
 */
function parseTagObject(raw) {
    const blank = raw.indexOf('\n\n');
    const end = blank < 0 ? raw.length : blank;
    const head = typeof raw === 'string' ? raw.slice(0, end) : raw.toString('utf8', 0, end);
    const message = blank < 0 ? '' : typeof raw === 'string' ? raw.slice(blank + 2) : raw.toString('utf8', blank + 2);
    // The first line of each header counts (a header repeated later is ignored, as git reads a tag).
    let target;
    let targetType;
    let name;
    let tagger;
    for (let start = 0; start < head.length;) {
        const newline = head.indexOf('\n', start);
        const end = newline < 0 ? head.length : newline;
        const space = head.indexOf(' ', start);
        if (space > start && space < end) {
            const key = head.slice(start, space);
            if (key === 'object')
                target ??= head.slice(space + 1, end);
            else if (key === 'type')
                targetType ??= head.slice(space + 1, end);
            else if (key === 'tag')
                name ??= head.slice(space + 1, end);
            else if (key === 'tagger')
                tagger ??= head.slice(space + 1, end);
        }
        start = end + 1;
    }
    if (!target || !OBJECT_ID.test(target) || !targetType || name === undefined)
        return undefined;
    const seconds = /\s(\d+)\s[+-]\d{4}$/.exec(tagger ?? '')?.[1];
    const taggedAt = seconds === undefined ? undefined : new Date(Number(seconds) * 1000).toISOString();
    return { target, targetType, name, taggedAt, message };
}
/** Every problem of a reading, in check order. */
function problemsOf(reading) {
    const { annotationProblems, recordProblems, targetProblems, branchProblems } = reading;
    // Most tags of a listing have none: no spreading of four empty lists thousands of times.
    if (annotationProblems.length + recordProblems.length + targetProblems.length + branchProblems.length === 0)
        return [];
    return [
        ...reading.annotationProblems,
        ...reading.recordProblems,
        ...reading.targetProblems,
        ...reading.branchProblems,
    ];
}
/** The fields of a seal record that must match its tag's name. */
const RECORD_NAME_KEYS = ['product', 'release', 'revision'];
/**
 * Checks one seal tag from its ref and its tag object's bytes (or why they could not be read). `previous`: the
 * summary kept of the tag read before it, whose strings a listing's summary shares where equal.
 */
function readSealTag(ref, tag, name, raw, keepRecord, previous) {
    const reading = {
        tag,
        product: name.product,
        release: name.release,
        revision: name.revision,
        ref,
        tagObject: undefined,
        commit: undefined,
        record: undefined,
        summary: undefined,
        annotationProblems: [],
        recordProblems: [],
        targetProblems: [],
        branchProblems: [],
    };
    if (ref.objectType !== 'tag')
        return lightweightTag(reading, ref);
    const parsed = tagObjectOf(reading, ref, raw);
    if (!parsed)
        return { reading, pendingTarget: undefined, mergeCommit: undefined };
    const { message, target, targetType, name: objectName, taggedAt } = parsed;
    reading.tagObject = { target, targetType, name: objectName, taggedAt };
    if (parsed.name !== tag)
        reading.annotationProblems.push(`tag object ${ref.objectId} is named ${parsed.name}, but is stored as refs/tags/${tag} (a tag replayed under another name?)`);
    const recorded = checkRecord(reading, message, keepRecord, previous);
    // Kept until the targets are checked: the tag's own target when they are equal (as they are for a valid
    // seal), so that no string cut from a message keeps the message alive meanwhile.
    const mergeCommit = recorded === target ? target : recorded;
    if (parsed.targetType !== 'commit') {
        reading.targetProblems.push(`the tag object points at a ${parsed.targetType} (${parsed.target}), not a commit`);
        return { reading, pendingTarget: undefined, mergeCommit };
    }
    return { reading, pendingTarget: parsed.target, mergeCommit };
}
/** A lightweight tag: no tag object, so no record and nothing to compare; its commit, when it names one. */
function lightweightTag(reading, ref) {
    reading.annotationProblems.push(`refs/tags/${reading.tag} is a lightweight tag: it points directly at ${ref.objectType} ${ref.objectId}, not at an annotated tag object`);
    reading.recordProblems.push('no seal record: a lightweight tag has no message');
    if (ref.objectType === 'commit')
        reading.commit = ref.objectId;
    reading.targetProblems.push('no tag object to compare with a record');
    return { reading, pendingTarget: undefined, mergeCommit: undefined };
}
/**
 * The parsed tag object; undefined, with why under all three checks it spoils, when it could not be read or
 * its headers are malformed.
 */
function tagObjectOf(reading, ref, raw) {
    let parsed;
    if (raw === undefined || 'error' in raw)
        reading.annotationProblems.push(`tag object ${ref.objectId} cannot be read: ${raw?.error ?? 'the repository does not have it'}`);
    else
        parsed = parseTagObject(raw.bytes);
    if (!parsed) {
        if (reading.annotationProblems.length === 0)
            reading.annotationProblems.push(`tag object ${ref.objectId} has malformed headers`);
        reading.recordProblems.push('no seal record: the tag object cannot be read');
        reading.targetProblems.push('no tag object target to check');
    }
    return parsed;
}
/**
 * Checks the seal record a tag message carries: present, schema-valid, and for the revision the tag names.
 * Keeps its summary (and the record, with `keepRecord`) on the reading; returns a valid record's merge commit.
 */
function checkRecord(reading, message, keepRecord, previous) {
    // A listing keeps no record: a record the quick look accepts needs neither JSON.parse nor the validator.
    const accepted = keepRecord ? undefined : acceptedSealRecord(message, previous);
    if (accepted) {
        const { bundleDigest, mergedAt, queue, window } = accepted;
        reading.summary = { bundleDigest, mergedAt, queue, window };
        checkRecordNames(reading, accepted);
        return accepted.mergeCommit;
    }
    const read = sealRecordOf(message, reading.tag);
    if ('problem' in read) {
        reading.recordProblems.push(read.problem);
        return undefined;
    }
    const { record } = read;
    // A listing of thousands of tags keeps each record's summary only: records kept alive while the rest are
    // parsed are what the garbage collector would spend its time copying.
    if (keepRecord)
        reading.record = record;
    const { bundleDigest, mergedAt, queue, window } = record;
    reading.summary = { bundleDigest, mergedAt, queue, window: { start: window.start, end: window.end } };
    checkRecordNames(reading, record);
    return record.mergeCommit;
}
/**
 * The seal record a tag message carries, parsed and schema-valid; else why not. The reader's full path, for
 * every record the quick look of seal-record-fast.ts does not accept. Exported for its tests.
 */
function sealRecordOf(message, tag) {
    const text = sealRecordText(message);
    if (text === undefined)
        return { problem: 'the tag message carries no seal record' };
    let value;
    try {
        // parseDocument, not JSON.parse: a key said twice is refused (JSON.parse keeps the last one silently, so
        // a deployment tool that reads the same message with a parser keeping the first would see another record
        // than the one checked), as in every other JSON document Cutover reads. Its lines count the marker's as 1.
        value = parseDocument(text, `tag ${tag} seal record`, 'json');
    }
    catch (error) {
        if (!(error instanceof errors_InputError))
            throw error;
        return { problem: `the seal record's JSON is refused: ${error.describe()}` };
    }
    try {
        return { record: validatePrecompiled('seal-record', value, `tag ${tag}`) };
    }
    catch (error) {
        if (!(error instanceof errors_InputError))
            throw error;
        return { problem: `the seal record does not match seal-record.schema.json: ${error.describe()}` };
    }
}
/** Records a problem when the seal record names another product, release or revision than its tag. */
function checkRecordNames(reading, record) {
    const mismatches = [];
    for (const key of RECORD_NAME_KEYS)
        if (record[key] !== reading[key])
            mismatches.push(`${key} ${String(record[key])} (tag name says ${String(reading[key])})`);
    if (mismatches.length > 0)
        reading.recordProblems.push(`the seal record is for another revision: ${mismatches.join(', ')}`);
}
/** Completes the target check of a reading once the type of the object its tag names is known. */
function checkTarget(reading, target, actualType, mergeCommit) {
    if (actualType !== 'commit') {
        reading.targetProblems.push(actualType === undefined
            ? `the tagged commit ${target} is not in the repository`
            : `the tag object says commit, but ${target} is a ${actualType}`);
        return;
    }
    reading.commit = target;
    if (mergeCommit !== undefined && mergeCommit !== target)
        reading.targetProblems.push(`the tag points at ${target}, but the record's merge commit is ${mergeCommit} (tag moved?)`);
    else if (mergeCommit === undefined)
        reading.targetProblems.push('no valid seal record to compare the target with');
}
/**
 * Reads and checks every seal tag under `prefix` (with `fromRevision`, only those of at least that revision:
 * `prefix` is then one release's, and git lists no earlier one, see laterRevisionPatterns). The tagged commits must be reachable from the default branch `branch`
 * (which may still be being resolved: the tags are listed meanwhile). Refs whose
 * names are not seal tag names are returned apart. With `keepRecords: false` the readings keep each valid
 * record's `summary` only (`record` is then undefined; the checks were made with it).
 */
async function readSealTags(gitDir, prefix, branch, options = {}) {
    const { fromRevision } = options;
    // Each tag is checked as git reads it, while the default branch is still being resolved (a local
    // repository's is a promise).
    const listing = listSealTags(gitDir, prefix, options);
    const defaultBranch = await branch;
    // A whole listing needs the default branch's history whatever the tags hold: read it while the tags are.
    const history = fromRevision === undefined && defaultBranch.problem === undefined
        ? branchHistory(gitDir, defaultBranch.commit).catch((error) => error instanceof Error ? error : new Error(String(error)))
        : undefined;
    await listing.done;
    const { partial, ignoredRefs, revisions } = listing;
    const readings = partial.map((p) => p.reading);
    const { reachable, reachError } = await reachableTargets(gitDir, defaultBranch, partial, history);
    await checkTargets(gitDir, partial, reachable);
    checkDefaultBranch(defaultBranch, readings, reachable, reachError);
    return { readings, ignoredRefs, revisions };
}
/** Starts listing the seal tags under `prefix` (from `fromRevision`, when given), reading each as it comes. */
function listSealTags(gitDir, prefix, options) {
    const { fromRevision } = options;
    const listing = { partial: [], ignoredRefs: [], revisions: [] };
    const wanted = fromRevision === undefined
        ? undefined
        : (ref) => (parseSealTagName(ref.refname.slice('refs/tags/'.length))?.revision ?? 0) >= fromRevision;
    /** The summary of the last record read, whose strings the next may share. */
    let previous;
    const visit = (ref, tagObject) => {
        const tag = ref.refname.slice('refs/tags/'.length);
        const name = parseSealTagName(tag);
        if (!name) {
            listing.ignoredRefs.push(ref.refname);
            return;
        }
        listing.revisions.push(name.revision);
        if (fromRevision !== undefined && name.revision < fromRevision)
            return;
        const read = readSealTag(ref, tag, name, rawTagObject(ref, tagObject), options.keepRecords !== false, previous);
        previous = read.reading.summary ?? previous;
        listing.partial.push(read);
    };
    // Revision names sit right under a release's prefix: under any other, every ref is listed as before.
    const patterns = fromRevision === undefined || !RELEASE_PREFIX.test(prefix)
        ? undefined
        : laterRevisionPatterns(prefix, fromRevision);
    const done = eachRefWithTag(gitDir, prefix, MAX_TAG_BYTES, visit, wanted, patterns);
    // The no-op handler keeps a listing that fails while the caller awaits something else from counting as
    // unhandled (the caller awaits `done`).
    done.catch(() => { });
    return { done, ...listing };
}
/**
 * Globs (as `for-each-ref` matches them: the whole ref name) for the refs under `prefix` (one release's)
 * named `r<m>` for every revision m >= `fromRevision`: so that inspecting one revision lists its later
 * revisions, not the thousands before it. They may match other names too (the last one: any name of
 * `r`, a nonzero digit and as many digits as `fromRevision` has, then anything), which the caller sorts out
 * by parsing each name as before. For 4217: `r4217`, `r421[8-9]`, `r42[2-9][0-9]`, `r4[3-9][0-9][0-9]`,
 * `r[5-9][0-9][0-9][0-9]` and `r[1-9][0-9][0-9][0-9][0-9]*` (each after `prefix`).
 */
function laterRevisionPatterns(prefix, fromRevision) {
    const digits = String(fromRevision);
    const patterns = [`${prefix}r${digits}`];
    for (let i = digits.length - 1; i >= 0; i--) {
        const digit = Number(digits[i]);
        if (digit < 9)
            patterns.push(`${prefix}r${digits.slice(0, i)}[${digit + 1}-9]${'[0-9]'.repeat(digits.length - 1 - i)}`);
    }
    patterns.push(`${prefix}r[1-9]${'[0-9]'.repeat(digits.length)}*`);
    return patterns;
}
/** A release's seal tag prefix, `refs/tags/cutover/<product>/<release>/`. */
const RELEASE_PREFIX = /^refs\/tags\/cutover\/[^/]+\/[^/]+\/$/;
/** The revision of every seal tag name under `prefix`, in ref name order (one `for-each-ref`; no tag is read). */
async function sealTagRevisions(gitDir, prefix) {
    const revisions = [];
    for (const ref of await listRefs(gitDir, prefix)) {
        const name = parseSealTagName(ref.refname.slice('refs/tags/'.length));
        if (name)
            revisions.push(name.revision);
    }
    return revisions;
}
/** A tag ref's tag object as read, or why it was not (none for a lightweight tag). */
function rawTagObject(ref, tagObject) {
    if (ref.objectType !== 'tag')
        return undefined;
    if (tagObject)
        return { bytes: tagObject };
    return {
        error: ref.objectSize > MAX_TAG_BYTES
            ? `object ${ref.objectId} is ${ref.objectSize} bytes, over the limit of ${MAX_TAG_BYTES} bytes`
            : 'the repository does not have it',
    };
}
/**
 * Which tagged commits are reachable from the default branch (one git process: its whole history when read,
 * else a reachability check of the candidates), or why that cannot be told. The set holds every reachable
 * tagged commit, and no unreachable one (the whole history, when it was read, holds other commits too).
 */
async function reachableTargets(gitDir, defaultBranch, partial, history) {
    if (history) {
        const commits = await history;
        if (commits instanceof Error)
            return { reachable: undefined, reachError: commits.message };
        // The whole history answers for every candidate as the set of the reachable candidates would.
        return { reachable: commits, reachError: undefined };
    }
    const candidates = [];
    for (const p of partial) {
        const commit = p.pendingTarget ?? p.reading.commit;
        if (commit)
            candidates.push(commit);
    }
    if (defaultBranch.problem === undefined && candidates.length > 0) {
        try {
            return { reachable: await commitsReachableFrom(gitDir, defaultBranch.commit, candidates), reachError: undefined };
        }
        catch (error) {
            return { reachable: undefined, reachError: error instanceof Error ? error.message : String(error) };
        }
    }
    return { reachable: undefined, reachError: undefined };
}
/**
 * Completes the target check of every reading whose tag object says commit. A target found on the default
 * branch is a commit; the type of every other is looked up with one cat-file --batch-check (none when every
 * seal is on the default branch).
 */
async function checkTargets(gitDir, partial, reachable) {
    const unknown = partial.filter((p) => p.pendingTarget !== undefined && !reachable?.has(p.pendingTarget));
    const types = await objectTypes(gitDir, unknown.map((p) => p.pendingTarget));
    const typeOf = new Map(unknown.map((p, i) => [p.pendingTarget, types[i]]));
    for (const p of partial)
        if (p.pendingTarget)
            checkTarget(p.reading, p.pendingTarget, typeOf.has(p.pendingTarget) ? typeOf.get(p.pendingTarget) : 'commit', p.mergeCommit);
}
/** Records, per reading, whether its tagged commit is reachable from the default branch. */
function checkDefaultBranch(branch, readings, reachable, reachError) {
    if (branch.problem !== undefined) {
        for (const reading of readings)
            reading.branchProblems.push(`the repository's default branch cannot be read: ${branch.problem}`);
        return;
    }
    for (const reading of readings) {
        // A tag that resolves to no commit already fails tag-target; inspect says so under default-branch too.
        if (reading.commit === undefined)
            continue;
        if (reachError !== undefined)
            reading.branchProblems.push(`cannot tell whether ${reading.commit} is on the default branch ${branch.name}: ${reachError}`);
        else if (!reachable?.has(reading.commit))
            reading.branchProblems.push(`the tagged commit ${reading.commit} is not on the default branch ${branch.name} (${branch.ref} at ${branch.commit}): not reachable from it`);
    }
}

;// CONCATENATED MODULE: ./src/reader/inspect.ts
/**
 * `readSealedBundle`: reads one sealed revision from a release-bundles git repository (a local path or a
 * URL, no GitHub API and no token) and reports named integrity results about it, plus the change window as
 * a fact. It states what it found; it gives no go/no-go.
 */









const EXPECTED_TAG = 'a seal tag name cutover/<product>/<release>/r<revision>';
/** Parses the `at` option, or throws an InputError naming the expected format. */
function parseMoment(at) {
    if (at === undefined)
        return new Date();
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
    const date = typeof at === 'string' ? new Date(rfc3339.test(at) ? at : Number.NaN) : at;
    if (Number.isNaN(date.getTime()))
        throw new errors_InputError(`invalid time '${String(at)}'`, {
            field: 'at',
            expected: 'an RFC 3339 time such as 2026-11-24T22:00:00Z',
        });
    return date;
}
/**
 * Reads the seal tag `tag` from `repository` and verifies it: the tag is annotated and its record valid, the
 * tag points at the record's merge commit, that commit is on the repository's default branch, the bundle
 * files at that commit hash to the digest in manifest.json and in the record, the manifest and bundle.json
 * match the tag name and record, the revision is the latest sealed one of its release, and the required teams
 * are covered by distinct approvers. Throws InputError for a bad tag name, time, unreachable repository, one
 * whose seal tags git cannot read, or a tag that does not exist; integrity problems (the release files at the
 * tagged commit git cannot read among them) are results, never thrown.
 *
 * Only this tag and the later revisions of its release are read (the later ones decide whether it is the
 * latest), so the cost does not grow with the number of earlier revisions or of other releases; earlier
 * revisions are read only when none from this one on is a valid seal, to name the latest sealed revision.
 */
async function readSealedBundle(options) {
    const { tag } = options;
    assertNotOption(tag, 'tag');
    const name = parseSealTagName(tag);
    if (!name)
        throw new errors_InputError(`'${tag}' is not a seal tag name`, { field: 'tag', expected: EXPECTED_TAG });
    const at = parseMoment(options.at);
    const location = locateRepository(options.repository, options.cwd);
    const prefix = sealTagPrefix(name.product, name.release);
    const repository = await openRepository(location, prefix, { timeoutMs: options.timeoutMs });
    try {
        // The tags are listed while the default branch is resolved.
        const selected = await readSealTags(repository.gitDir, prefix, repository.defaultBranch, {
            fromRevision: name.revision,
        });
        const defaultBranch = await repository.defaultBranch;
        let { readings } = selected;
        const reading = readings.find((r) => r.tag === tag);
        // Earlier revisions were not listed: they are read only to name what exists, or the latest sealed one.
        if (!reading) {
            const revisions = await sealTagRevisions(repository.gitDir, prefix);
            throw new errors_InputError(`no tag ${tag} in ${repository.display}`, {
                field: 'tag',
                expected: `an existing seal tag (this release has: ${revisions.map((r) => `r${r}`).join(', ') || 'none'})`,
            });
        }
        if (!readings.some((r) => problemsOf(r).length === 0) &&
            (await sealTagRevisions(repository.gitDir, prefix)).some((r) => r < name.revision))
            readings = (await readSealTags(repository.gitDir, prefix, defaultBranch)).readings;
        const texts = reading.commit
            ? await readBundleTexts(repository.gitDir, reading.commit, releaseDirectory(name.product, name.release), options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
            : undefined;
        return assess(repository.display, reading, readings, texts, at, defaultBranch);
    }
    catch (error) {
        throw unreadableRepository(error, repository.display);
    }
    finally {
        await repository.close();
    }
}
/** The texts of the four release files at `commit`, each a regular file within the size limit. */
async function readBundleTexts(gitDir, commit, dir, maxBytes) {
    const texts = {};
    const problems = [];
    let listed;
    try {
        listed = await listTree(gitDir, commit, dir);
    }
    catch (error) {
        // The tagged commit's tree cannot be read (a damaged repository, an object missing): the checks that need
        // the files fail with git's words, as when a file's blob cannot be read below. Not an internal error.
        if (!(error instanceof GitCommandError))
            throw error;
        problems.push(`cannot list ${dir}/ at ${inspect_short(commit)}: ${error.message}`);
        return { texts, problems, unlisted: true };
    }
    const entries = new Map(listed.map((e) => [e.name, e]));
    const wanted = [];
    for (const key of Object.keys(BUNDLE_FILES).filter(isBundleFileKey)) {
        const file = `${dir}/${BUNDLE_FILES[key]}`;
        const entry = entries.get(BUNDLE_FILES[key]);
        if (!entry)
            continue; // parseRelease reports it missing
        if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
            problems.push(`${file} is not a regular file (mode ${entry.mode}, ${entry.type})`);
            continue;
        }
        if (entry.size === undefined || !Number.isSafeInteger(entry.size) || entry.size > maxBytes) {
            problems.push(`${file} is ${entry.size} bytes, over the limit of ${maxBytes} bytes`);
            continue;
        }
        wanted.push({ key, file, objectId: entry.objectId, size: entry.size });
    }
    // The files within the limit, through one cat-file session (their sizes are known from ls-tree).
    let objects;
    try {
        objects = await readObjects(gitDir, wanted.map((w) => w.objectId), wanted.reduce((sum, w) => sum + w.size, 0));
    }
    catch (error) {
        for (const { file } of wanted)
            problems.push(`${file}: ${String(error)}`);
        return { texts, problems };
    }
    wanted.forEach(({ key, file, objectId }, i) => {
        const object = objects[i];
        if (object?.type !== 'blob') {
            problems.push(`${file}: blob ${objectId} is not in the repository`);
            return;
        }
        try {
            texts[key] = decodeUtf8(object.content, file);
        }
        catch (error) {
            problems.push(`${file}: ${error instanceof errors_InputError ? error.describe() : String(error)}`);
        }
    });
    return { texts, problems };
}
const inspect_short = (id) => id.slice(0, 12);
/**
 * Where bundle.json names another product or release than the tag (and so the record and the directory it
 * was read from): files copied from another release directory, whose digest and manifest may agree.
 */
function bundleMismatches(bundle, name) {
    if (!bundle)
        return [];
    return ['product', 'release']
        .filter((key) => bundle[key] !== name[key])
        .map((key) => `bundle.json ${key} is ${bundle[key]}, the tag name says ${name[key]}`);
}
function isBundleFileKey(key) {
    return Object.hasOwn(BUNDLE_FILES, key);
}
/** A named integrity result: passed with `passed` as its detail, or failed with its problems. */
function outcome(name, problems, passed) {
    return problems.length === 0
        ? { name, status: 'pass', detail: passed }
        : { name, status: 'fail', detail: problems.join('; ') };
}
/** The results about the tag itself: annotated-tag, seal-record, tag-target and default-branch. */
function tagResults(reading, branch) {
    const { record, revision } = reading;
    return [
        outcome('annotated-tag', reading.annotationProblems, `annotated tag object ${inspect_short(reading.ref.objectId)}, named as its ref${reading.tagObject?.taggedAt ? `, tagged ${reading.tagObject.taggedAt}` : ''}`),
        outcome('seal-record', reading.recordProblems, record
            ? `valid record of r${revision}: ${record.repository}#${record.pullRequest}, ${record.mergeMethod} at ${record.mergedAt}`
            : ''),
        outcome('tag-target', reading.targetProblems, `tag object -> commit ${inspect_short(reading.commit ?? '')}, the record's merge commit`),
        outcome('default-branch', reading.commit === undefined && branch.problem === undefined
            ? [`no tagged commit to look for on the default branch ${branch.name}`]
            : reading.branchProblems, `commit ${inspect_short(reading.commit ?? '')} is on the default branch ${branch.name ?? ''} (${branch.ref ?? ''} at ${inspect_short(branch.commit ?? '')})`),
    ];
}
/** Parses the files read at the tagged commit and recomputes the bundle digest from them. */
function releaseAtCommit(reading, read) {
    const parsed = read && !read.unlisted ? parseRelease(read.texts) : undefined;
    const { bundle, lineage, holds, manifest } = parsed?.documents ?? {};
    const files = bundle && lineage && holds ? { bundle, lineage, holds } : undefined;
    const dir = releaseDirectory(reading.product, reading.release);
    const fileProblems = [
        ...(read?.problems ?? []),
        ...(parsed?.findings ?? [])
            .filter((f) => f.file !== BUNDLE_FILES.manifest || !manifest)
            .slice(0, 4)
            .map((f) => `${dir}/${f.file}${f.path ? ` ${f.path}` : ''}: ${f.message}`),
    ];
    return { dir, bundle, manifest, files, digest: files ? bundleDigest(files) : undefined, fileProblems };
}
/** bundle-digest: the files hash to the digest that manifest.json binds and the seal record names. */
function digestResult(reading, at) {
    const { record, commit } = reading;
    const { dir, manifest, digest } = at;
    const problems = [];
    if (!commit)
        problems.push('no tagged commit to read the bundle files from');
    else if (!digest)
        problems.push(`the bundle files at ${inspect_short(commit)} cannot be hashed: ${at.fileProblems.join('; ')}`);
    else {
        if (!manifest)
            problems.push(`${dir}/manifest.json at ${inspect_short(commit)} is missing or invalid`);
        else if (manifest.bundleDigest !== digest)
            problems.push(`the bundle files hash to ${digest}, but manifest.json binds ${manifest.bundleDigest}`);
        if (!record)
            problems.push('no valid seal record to compare the digest with');
        else if (record.bundleDigest !== digest)
            problems.push(`the bundle files hash to ${digest}, but the seal record names ${record.bundleDigest}`);
    }
    return outcome('bundle-digest', problems, `files at ${inspect_short(commit ?? '')} hash to ${digest ?? ''}, as manifest.json and the record state`);
}
/** manifest-binding: manifest.json matches the tag name and the record; bundle.json names the same release. */
function bindingResult(reading, at) {
    const { record, commit } = reading;
    const { dir, manifest, fileProblems } = at;
    const problems = manifest
        ? [...manifestMismatches(manifest, reading, record), ...bundleMismatches(at.bundle, reading)]
        : [
            commit
                ? `${dir}/manifest.json at ${inspect_short(commit)} is missing or invalid${fileProblems.length > 0 ? `: ${fileProblems.join('; ')}` : ''}`
                : 'no tagged commit to read manifest.json from',
        ];
    if (manifest && !record)
        problems.push('no valid seal record to compare the manifest with');
    return outcome('manifest-binding', problems, `manifest.json matches the tag name and the record (queue, window, teams, supersedes); bundle.json names the same product and release`);
}
/** latest-revision: no later valid seal of the release, and no later tag that is not one; and the latest sealed. */
function latestRevisionResult(reading, readings) {
    const { product, release, revision } = reading;
    const standings = readings.map((r) => ({ revision: r.revision, sealed: problemsOf(r).length === 0 }));
    const standing = supersession(revision, standings);
    const latestSealed = standings.filter((s) => s.sealed).map((s) => s.revision);
    const problems = [];
    if (standing.supersededBy !== undefined)
        problems.push(`superseded by r${standing.supersededBy} (cutover/${product}/${release}/r${standing.supersededBy})`);
    if (standing.unsealedLater.length > 0)
        problems.push(`later tags ${standing.unsealedLater.map((r) => `r${r}`).join(', ')} exist but are not valid seals`);
    return {
        result: outcome('latest-revision', problems, `r${revision} is the latest sealed revision of ${product} ${release}`),
        latestSealedRevision: latestSealed.length > 0 ? Math.max(...latestSealed) : undefined,
    };
}
/** required-approvers: each required team approved by a distinct person, on the head the record names. */
function approversResult(record, manifest) {
    const named = manifest?.requiredApprovers.teams ?? record?.requiredTeams;
    const problems = [];
    let detail = '';
    if (!record)
        problems.push('no valid seal record to read approvers from');
    else if (!named)
        problems.push('no required teams to check');
    else {
        const org = recordOrg(record);
        const teams = named.map((t) => qualifyTeam(t, org));
        const coverage = coverTeams(teams, record.approvers, record.headSha, org);
        for (const team of coverage.uncovered)
            problems.push(`no distinct approver from ${team}`);
        if (problems.length > 0 && coverage.ignored.length > 0)
            problems.push(`not counted (approved another commit than head ${inspect_short(record.headSha)}): ${coverage.ignored
                .map((a) => `${a.login} (${a.team})`)
                .join(', ')}`);
        detail = `${teams.map((t) => `${t}: ${coverage.assignment[t] ?? '?'}`).join(', ')} (distinct people, on head ${inspect_short(record.headSha)})`;
    }
    return outcome('required-approvers', problems, detail);
}
/**
 * The sealed revision as read: every integrity result, in INTEGRITY_CHECKS order, and the window fact at
 * `at`. `read` holds the release files read at the tagged commit (undefined when there is none to read).
 */
function assess(display, reading, readings, read, at, branch) {
    const { tag, product, release, revision, record } = reading;
    const files = releaseAtCommit(reading, read);
    const latest = latestRevisionResult(reading, readings);
    const results = [
        ...tagResults(reading, branch),
        digestResult(reading, files),
        bindingResult(reading, files),
        latest.result,
        approversResult(record, files.manifest),
    ];
    return {
        repository: display,
        tag,
        product,
        release,
        revision,
        tagObject: reading.tagObject ? reading.ref.objectId : undefined,
        taggedAt: reading.tagObject?.taggedAt,
        commit: reading.commit,
        record,
        manifest: files.manifest,
        files: files.files,
        bundleDigest: files.digest,
        latestSealedRevision: latest.latestSealedRevision,
        results,
        window: windowFact(record, files.manifest, at),
        intact: results.every((r) => r.status === 'pass'),
    };
}

;// CONCATENATED MODULE: ./src/reader/list.ts
/**
 * `listSealedRevisions`: every seal tag of a release-bundles git repository (optionally one product or one
 * release), each checked on its own (annotated, valid record, pointing at the record's merge commit, that
 * commit on the repository's default branch) and placed in its release's sequence (latest, or superseded by
 * which revision). Bundle files are not read: `readSealedBundle` verifies one revision fully. The tags are
 * read by a constant number of git processes, however many there are (see tags.ts).
 */





function assertLabel(value, field) {
    if (value === undefined)
        return;
    const reason = unsafeSegmentReason(value);
    if (reason)
        throw new errors_InputError(`${field} '${value}' ${reason}`, {
            field,
            expected: `a ${field} name such as those in seal tags`,
        });
}
/**
 * Lists the seal tags of `repository`, each with its own checks and its standing in its release. Throws
 * InputError for a bad product or release name, an unreachable repository, or one whose seal tags git cannot
 * read (a damaged object).
 */
async function listSealedRevisions(options) {
    const { product, release } = options;
    assertLabel(product, 'product');
    assertLabel(release, 'release');
    if (release !== undefined && product === undefined)
        throw new errors_InputError('a release filter needs a product', { field: 'release', expected: 'product and release' });
    const location = locateRepository(options.repository, options.cwd);
    const prefix = sealTagPrefix(product, release);
    const repository = await openRepository(location, prefix, { timeoutMs: options.timeoutMs });
    try {
        const { readings, ignoredRefs } = await readSealTags(repository.gitDir, prefix, repository.defaultBranch, {
            keepRecords: false,
        });
        const revisions = listedRevisions(readings);
        return { repository: repository.display, revisions, ignoredRefs };
    }
    catch (error) {
        throw unreadableRepository(error, repository.display);
    }
    finally {
        await repository.close();
    }
}
/**
 * The readings (in ref name order) as listed: sorted by product, release, then revision, each with its
 * standing in its release. One release's tags are consecutive in ref name order (they share the prefix
 * `cutover/<product>/<release>/`), so each release is gathered in one pass, sorted by revision, and given its
 * standings from its highest revision down. Exported for its tests (test/reader/listed-revisions.test.ts).
 */
function listedRevisions(readings) {
    const releases = new Map();
    let current = [];
    let previous;
    for (const reading of readings) {
        if (previous === undefined || previous.product !== reading.product || previous.release !== reading.release) {
            // Neither name contains '/', so the key names one release.
            const key = `${reading.product}/${reading.release}`;
            current = releases.get(key) ?? [];
            releases.set(key, current);
        }
        current.push(reading);
        previous = reading;
    }
    const ordered = [...releases.values()].sort((a, b) => compare(a[0]?.product ?? '', b[0]?.product ?? '') || compare(a[0]?.release ?? '', b[0]?.release ?? ''));
    const revisions = [];
    for (const release of ordered) {
        const tags = release
            .sort((a, b) => a.revision - b.revision)
            .map((reading) => {
            const problems = problemsOf(reading);
            return { reading, problems, revision: reading.revision, sealed: problems.length === 0 };
        });
        const listed = new Array(tags.length);
        eachStanding(tags, ({ reading: r, problems, sealed }, latest, supersededBy, i) => {
            listed[i] = {
                tag: r.tag,
                product: r.product,
                release: r.release,
                revision: r.revision,
                annotated: r.tagObject !== undefined,
                commit: r.commit,
                taggedAt: r.tagObject?.taggedAt,
                bundleDigest: r.summary?.bundleDigest,
                mergedAt: r.summary?.mergedAt,
                queue: r.summary?.queue,
                // The readings are this function's alone (readSealTags made them for this listing): nothing to copy.
                window: r.summary?.window,
                sealed,
                latest,
                supersededBy,
                problems,
            };
        });
        for (const revision of listed)
            revisions.push(revision);
    }
    return revisions;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/reader/index.ts





var __webpack_exports__INTEGRITY_CHECKS = __webpack_exports__.iW;
var __webpack_exports__InputError = __webpack_exports__.dz;
var __webpack_exports__listSealedRevisions = __webpack_exports__.Hx;
var __webpack_exports__readSealedBundle = __webpack_exports__.zl;
export { __webpack_exports__INTEGRITY_CHECKS as INTEGRITY_CHECKS, __webpack_exports__InputError as InputError, __webpack_exports__listSealedRevisions as listSealedRevisions, __webpack_exports__readSealedBundle as readSealedBundle };
