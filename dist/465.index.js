export const id = 465;
export const ids = [465,416];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
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
    ...exports.U9,
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
__webpack_unused_export__ = Object.keys(exports.U9);
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
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
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
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
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

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   rq: () => (/* binding */ pointerOf)
/* harmony export */ });
/* unused harmony export resolvePointer */
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


/***/ }),

/***/ 2177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ jsonLineLocator)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2812);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6416);
/**
 * Finds the line of a JSON Pointer in JSON text, so findings and errors can point at file and line.
 */



/**
 * Line locator over one JSON text; parses once. Falls back to the deepest existing parent when the
 * pointer names a missing member (the line where it should have been).
 */
function jsonLineLocator(text) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    return (pointer) => {
        if (!root)
            return undefined;
        const segments = (0,_domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .cP)(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        for (let depth = segments.length; depth >= 0; depth--) {
            const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, segments.slice(0, depth));
            if (node) {
                const target = node.parent?.type === 'property' ? node.parent : node;
                return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__.lineAt)(text, target.offset);
            }
        }
        return undefined;
    };
}


/***/ }),

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_FILE_BYTES: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   MAX_JSON_DEPTH: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   MAX_RELEASE_FILE_BYTES: () => (/* binding */ MAX_RELEASE_FILE_BYTES),
/* harmony export */   assertSize: () => (/* binding */ assertSize),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8),
/* harmony export */   formatOf: () => (/* binding */ formatOf),
/* harmony export */   lineAt: () => (/* binding */ lineAt),
/* harmony export */   parseDocument: () => (/* binding */ parseDocument)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * The one place that turns bytes into documents: JSON or YAML, with size and expansion limits, and
 * errors that name the file, the line and what was expected.
 */



/** Default largest input file accepted, in bytes. */
const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Largest release-directory file (Cutover's own output: a 10,000-component bundle.json is about 17 MB). */
const MAX_RELEASE_FILE_BYTES = 256 * 1024 * 1024;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`file is ${bytes} bytes, over the limit of ${maxBytes} bytes`, {
            file,
            expected: `a file of at most ${maxBytes} bytes`,
        });
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an input error, not mojibake. */
function decodeUtf8(bytes, file) {
    try {
        const text = utf8.decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
    }
}
/**
 * Deepest nesting of arrays and objects accepted in JSON. Real documents stay far below it (CycloneDX nests
 * components a few levels); V8's JSON.parse accepts any depth, but the recursive code after it (Ajv, the line
 * locator) would overflow the stack on a document nested 100,000 levels. js-yaml enforces 100 for YAML itself.
 */
const MAX_JSON_DEPTH = 256;
function parseJson(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (cause) {
        // V8's message may quote the whole input and often lacks a position: ask a tolerant parser where it broke.
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const reason = first ? describeJsonError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.printParseErrorCode)(first.error)) : 'unexpected end of input';
        const line = first ? lineAt(text, first.offset) : lineAt(text, text.length);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
    }
    const keys = countKeys(value, file);
    // JSON.parse keeps the last of two equal keys without a word, while YAML refuses them. Counting is cheap:
    // when the text holds as many keys as the parsed objects do, no key was repeated; only otherwise is the
    // slower exact scan run to name the key and its line.
    if (countKeyTokens(text) !== keys)
        throwDuplicateKey(text, file);
    return value;
}
/** Own keys of every object in a parsed JSON value, walked without recursion; refuses nesting past the limit. */
function countKeys(root, file) {
    let keys = 0;
    const values = [root];
    const depths = [1];
    while (values.length > 0) {
        const value = values.pop();
        const depth = depths.pop() ?? 1;
        if (value === null || typeof value !== 'object')
            continue;
        if (depth > MAX_JSON_DEPTH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, {
                file,
                expected: `JSON nested at most ${MAX_JSON_DEPTH} levels`,
            });
        }
        if (Array.isArray(value)) {
            for (const child of value) {
                if (child !== null && typeof child === 'object') {
                    values.push(child);
                    depths.push(depth + 1);
                }
            }
            continue;
        }
        // for-in, not Object.values: no array per object. A parsed object inherits nothing enumerable.
        for (const key in value) {
            keys++;
            const child = value[key];
            if (child !== null && typeof child === 'object') {
                values.push(child);
                depths.push(depth + 1);
            }
        }
    }
    return keys;
}
/**
 * Number of object keys in JSON text that JSON.parse accepted: every string followed by a colon is a key
 * (outside strings, valid JSON has no quote characters, so strings are found by jumping from quote to quote).
 */
function countKeyTokens(text) {
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
/** Finds the first key repeated within one object and throws an InputError naming it and its line. */
function throwDuplicateKey(text, file) {
    const open = [];
    let found;
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.visit)(text, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('JSON object keys could not be counted consistently', { file, expected: 'valid JSON' });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`duplicate key ${JSON.stringify(found.key)} in a JSON object`, {
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
        const documents = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text, undefined, { filename: file, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA });
        if (documents.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`found ${documents.length} YAML documents`, { file, expected: 'a single YAML document' });
        }
        value = documents[0] ?? null;
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw cause;
        if (cause instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].YAMLException */ .Ay.YAMLException) {
            const line = cause.mark ? cause.mark.line + 1 : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid YAML: ${cause.reason}`, { file, line, expected: 'valid YAML' }, { cause });
        }
        throw cause;
    }
    assertExpansion(value, file, Math.max(EXPANSION_FLOOR, text.length * EXPANSION_FACTOR));
    return value;
}
/**
 * js-yaml resolves aliases to shared objects, so a "billion laughs" document parses into a small graph
 * that explodes when anything walks it. Walk it once here, with a budget, and refuse what would explode.
 */
function assertExpansion(root, file, budget) {
    let visited = 0;
    const stack = [root];
    while (stack.length > 0) {
        const value = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (++visited > budget) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`YAML aliases expand to more than ${budget} values (an alias bomb?)`, {
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


/***/ }),

/***/ 5447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ documentSchemaId)
/* harmony export */ });
/* unused harmony export SCHEMA_BASE */
/** Where every schema `$id` starts. */
const SCHEMA_BASE = 'https://cutover.dev/schemas/';
/** The `$id` of a named document schema (the registry's `schemaId`, without loading the schemas). */
function documentSchemaId(name) {
    return `${SCHEMA_BASE}${name}.schema.json`;
}


/***/ }),

/***/ 1465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ schemaViolations),
/* harmony export */   mv: () => (/* binding */ validateDocument),
/* harmony export */   n_: () => (/* binding */ validateById)
/* harmony export */ });
/* unused harmony exports validatorFor, validatorById */
/* harmony import */ var _generated_index_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3958);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2177);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _schema_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5447);
/* harmony import */ var _violations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(339);





// The words for violations live in violations.ts (no Ajv there); re-exported for the modules that import them here.

/** The validators required so far, by schema `$id`. */
const loaded = new Map();
/** The validator of a named schema. */
function validatorFor(name) {
    return validatorById((0,_schema_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .documentSchemaId */ .s)(name));
}
/** The generated validator of a registered schema by its `$id`, its module required on first use. */
function validatorById(id) {
    const known = loaded.get(id);
    if (known)
        return known;
    const load = Object.hasOwn(_generated_index_cjs__WEBPACK_IMPORTED_MODULE_0__, id) ? _generated_index_cjs__WEBPACK_IMPORTED_MODULE_0__[id] : undefined;
    if (!load)
        throw new Error(`schema ${id} has no generated validator (scripts/generate-validators.ts generates them)`);
    const validate = load();
    loaded.set(id, validate);
    return validate;
}
/** Validates without throwing; returns the violations (empty when valid). */
function schemaViolations(name, value, text, file) {
    const validate = validatorFor(name);
    if (validate(value))
        return [];
    const locate = text !== undefined && file !== undefined && (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__.formatOf)(file) === 'json' ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonLineLocator */ .n)(text) : undefined;
    const violations = (0,_violations_js__WEBPACK_IMPORTED_MODULE_3__/* .violationsOf */ .Sq)(validate.errors);
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
    throw (0,_violations_js__WEBPACK_IMPORTED_MODULE_3__/* .violationError */ .W3)(violations, file, `a document matching ${(0,_schema_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .documentSchemaId */ .s)(name)}`);
}
/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
function validateById(id, value, file) {
    const validate = validatorById(id);
    if (validate(value))
        return value;
    throw (0,_violations_js__WEBPACK_IMPORTED_MODULE_3__/* .violationError */ .W3)((0,_violations_js__WEBPACK_IMPORTED_MODULE_3__/* .violationsOf */ .Sq)(validate.errors), file, `a value matching ${id}`);
}


/***/ }),

/***/ 339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ violationsOf),
/* harmony export */   W3: () => (/* binding */ violationError)
/* harmony export */ });
/* unused harmony exports moreViolations, violationPath, FORMAT_WORDS, PATTERN_WORDS, describe, dedupe */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
function violationError(violations, file, expected) {
    const first = violations[0];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${first?.message ?? 'invalid'}${moreViolations(violations)}`, {
        file,
        line: first?.line,
        field: first?.path || '/',
        expected,
    });
}


/***/ }),

/***/ 9546:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/bundle.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate0;
module.exports["default"] = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/bundle.schema.json","title":"Cutover bundle (bundle.json)","description":"The content of one release-candidate cutover: what is deployed, to whom, how it is undone, within which window.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","candidate","components","dependencies","cohorts","rollback","environments","waivers","window"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"product":{"description":"The product (a label): the first path segment of bundles/<product>/<release>/ and of the seal tag.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release (a label), e.g. 2026.11.3: the second path segment and part of the seal tag.","$ref":"common.schema.json#/$defs/label"},"candidate":{"description":"The release candidate this bundle was assembled for.","type":"object","additionalProperties":false,"required":["tag","commit","signature"],"properties":{"tag":{"description":"The release-candidate tag in the service repository.","type":"string","minLength":1,"maxLength":255},"commit":{"description":"The commit the candidate tag points at (40 or 64 hex).","$ref":"common.schema.json#/$defs/commit"},"repository":{"description":"The service repository (owner/name), when known.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"signature":{"description":"Signature status of the candidate tag, as the signing system reported it.","$ref":"common.schema.json#/$defs/signature"}}},"components":{"description":"What is deployed: each component with its artifacts and provenance.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","artifacts"],"properties":{"name":{"description":"Component name (a label, after the policy's rendering rules).","$ref":"common.schema.json#/$defs/label"},"artifacts":{"description":"The component's deployable artifacts.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","version","digest","locator"],"properties":{"name":{"description":"Artifact name, e.g. an image or asset name.","type":"string","minLength":1,"maxLength":255},"version":{"description":"Artifact version.","type":"string","minLength":1,"maxLength":128},"digest":{"description":"Artifact content digest (sha256:<64 hex>).","$ref":"common.schema.json#/$defs/sha256"},"locator":{"description":"Where a deployer fetches it: an OCI reference, a release asset URL, a package URL.","type":"string","minLength":1,"maxLength":2048}}}},"provenance":{"description":"Build provenance (in-toto/SLSA) found for the component's artifacts.","type":"array","items":{"type":"object","additionalProperties":false,"required":["builder","sourceRepository","subjects","signatureVerified","verification"],"properties":{"builder":{"description":"The builder id the provenance names (empty when none: a suspicious-source hold).","type":"string","maxLength":2048},"sourceRepository":{"description":"The source repository the provenance says was built.","type":"string","maxLength":2048},"sourceRef":{"description":"The git ref that was built, when stated.","type":"string","maxLength":1024},"sourceCommit":{"description":"The commit that was built, when stated.","type":"string","maxLength":128},"subjects":{"description":"Artifact digests the attestation names as subjects; an artifact digest not among them is a provenance-mismatch hold.","type":"array","items":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"}},"signatureVerified":{"description":"True only when the attestation's signature was cryptographically verified against a trusted key, or (keyless Sigstore bundle) against the source's trustedRoot with its signer matching the identity policy.","type":"boolean"},"verification":{"description":"How the signature was checked, or why it was not (e.g. 'not-verified: no trust root supplied').","type":"string","maxLength":1024},"signer":{"description":"Who signed a keyless Sigstore bundle: the SAN and Fulcio extensions of its certificate, recorded after the certificate chain to a CA of the source's trustedRoot was verified (absent otherwise).","type":"object","additionalProperties":false,"required":["subjectAlternativeName","issuer"],"properties":{"subjectAlternativeName":{"description":"The certificate's subject alternative name (for GitHub Actions: the signing workflow, <repository URL>/<path>@<ref>).","type":"string","maxLength":2048},"issuer":{"description":"The OIDC issuer that vouched for the identity (Fulcio extension 1.3.6.1.4.1.57264.1.8, legacy 1.1).","type":"string","maxLength":2048},"sourceRepository":{"description":"Source Repository URI (Fulcio extension 1.12, legacy 1.5): the repository whose workflow run signed.","type":"string","maxLength":2048},"sourceRef":{"description":"Source Repository Ref (Fulcio extension 1.14, legacy 1.6).","type":"string","maxLength":2048},"sourceCommit":{"description":"Source Repository Digest (Fulcio extension 1.13, legacy 1.3): the commit of the signing run.","type":"string","maxLength":2048},"buildConfig":{"description":"Build Config URI (Fulcio extension 1.18): the top-level workflow file and ref the run started from.","type":"string","maxLength":2048},"runInvocation":{"description":"Run Invocation URI (Fulcio extension 1.21): the workflow run that signed.","type":"string","maxLength":2048},"runnerEnvironment":{"description":"Runner Environment (Fulcio extension 1.11): github-hosted or self-hosted.","type":"string","maxLength":2048},"signedAt":{"description":"The verified signing time (RFC 3339): the Rekor integrated time under a verified signed entry timestamp, or an RFC 3161 timestamp.","type":"string","maxLength":2048},"logIndex":{"description":"Rekor log index of the verified transparency-log entry.","type":"string","maxLength":2048}}}}}}}}},"dependencies":{"description":"Dependencies of components, from SBOMs (cyclonedx, spdx sources) or records.","type":"array","items":{"type":"object","additionalProperties":false,"required":["component","name"],"properties":{"component":{"description":"The bundle component that has this dependency.","$ref":"common.schema.json#/$defs/label"},"name":{"description":"Dependency name.","type":"string","minLength":1,"maxLength":512},"version":{"description":"Dependency version as the SBOM states it; left out when the SBOM states none.","type":"string","maxLength":256},"purl":{"description":"Package URL, when stated.","type":"string","maxLength":2048},"licenses":{"description":"Licenses stated for the dependency.","type":"array","items":{"type":"string","maxLength":512}}}}},"cohorts":{"description":"Who receives the release: rollout cohorts by share and/or segment, per environment.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","environments","flags"],"anyOf":[{"required":["share"]},{"required":["segment"]}],"properties":{"id":{"description":"Cohort id (a label), e.g. <flag>-<variant> from a flagd source.","$ref":"common.schema.json#/$defs/label"},"environments":{"description":"Declared environments this cohort is rolled out in.","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/label"},"uniqueItems":true},"share":{"description":"Percentage (0-100) of the population. Shares add up per environment, per set of flag keys and per segment, at most 100.","type":"number","minimum":0,"maximum":100},"segment":{"description":"The population this cohort is, as text (e.g. a targeting rule rendered).","type":"string","minLength":1,"maxLength":512},"flags":{"description":"Feature flags and the variants this cohort receives.","type":"array","items":{"$ref":"common.schema.json#/$defs/cohortFlag"}}}}},"rollback":{"description":"How each component is undone.","type":"array","items":{"type":"object","additionalProperties":false,"required":["component","evidence"],"properties":{"component":{"description":"The component this rollback entry is for.","$ref":"common.schema.json#/$defs/label"},"pointer":{"description":"The previously approved artifact to return to; absent when no source stated one (a missing-rollback-evidence hold).","type":"object","additionalProperties":false,"required":["version","digest"],"properties":{"version":{"description":"Version of the artifact to return to.","type":"string","minLength":1,"maxLength":128},"digest":{"description":"Digest of the artifact to return to.","$ref":"common.schema.json#/$defs/sha256"}}},"hook":{"description":"Reference to the rollback hook (a runbook, a job, a workflow); never executed by Cutover.","type":"string","minLength":1,"maxLength":2048},"evidence":{"description":"Evidence that the rollback works (drills, test runs); empty is a missing-rollback-evidence hold.","type":"array","items":{"$ref":"common.schema.json#/$defs/rollbackEvidence"}}},"description":"Rollback of one component. A missing pointer or empty evidence is a hold, never filled in."}},"environments":{"description":"The environments the bundle may target, with their constraints.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","constraints"],"properties":{"name":{"description":"Environment name (a label).","$ref":"common.schema.json#/$defs/label"},"constraints":{"description":"Limits cutover/environment checks for this environment.","$ref":"common.schema.json#/$defs/environmentConstraints"}}}},"waivers":{"description":"Waivers of findings for this release; each must be approved and outlast the window.","type":"array","items":{"$ref":"common.schema.json#/$defs/waiver"}},"window":{"description":"The change window the deployment queue may act in.","$ref":"common.schema.json#/$defs/window"}}};
const schema2 = {"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"};
const schema4 = {"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"};
const schema5 = {"type":"object","additionalProperties":false,"required":["verified","reason"],"properties":{"verified":{"description":"True only when the signing system verified the candidate tag's signature; false is an unsigned-candidate hold.","type":"boolean"},"reason":{"description":"The signing system's reason, e.g. GitHub's verification.reason ('valid', 'unsigned', 'invalid', ...).","type":"string","minLength":1,"maxLength":100}}};
const schema7 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema11 = {"type":"object","additionalProperties":false,"required":["key","variant"],"properties":{"key":{"description":"Feature flag key.","type":"string","minLength":1,"maxLength":200},"variant":{"description":"The flag variant this cohort receives.","type":"string","minLength":1,"maxLength":200}}};
const func0 = Object.prototype.hasOwnProperty;
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const func32 = (__webpack_require__(4951)/* ["default"] */ .A);
const pattern0 = new RegExp("^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$", "u");
const pattern2 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern6 = new RegExp("^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$", "u");
const schema14 = {"type":"object","additionalProperties":false,"required":["kind","ref"],"properties":{"kind":{"description":"What kind of evidence this is, e.g. 'drill', 'runbook', 'test-run' (free text).","type":"string","minLength":1,"maxLength":100},"ref":{"description":"Reference to the evidence: a URL, a job or a document id.","$ref":"#/$defs/text"},"at":{"description":"When the evidence was produced (RFC 3339).","$ref":"#/$defs/time"}}};
const schema15 = {"type":"string","minLength":1,"maxLength":4096};
const schema16 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];
const pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ref === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "ref")) || (key0 === "at"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema14.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.kind.type,parentSchema:schema14.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ref !== undefined){
let data1 = data.ref;
if(typeof data1 === "string"){
if(func1(data1) > 4096){
const err6 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.at !== undefined){
let data2 = data.at;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}
validate2.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema18 = {"type":"object","additionalProperties":false,"properties":{"maxCohortShare":{"description":"Largest share (percent) any single cohort may take in this environment; more fails cutover/environment (a scope-drift hold at assembly).","type":"number","minimum":0,"maximum":100},"requireRollbackHook":{"description":"When true, every rollback entry must name a hook; one without fails cutover/environment (a scope-drift hold at assembly).","type":"boolean"},"allowedQueues":{"description":"Deployment queues allowed to deploy to this environment; when given, a deployment queue not in the list (the manifest's; at assembly the window's, a scope-drift hold) fails cutover/environment.","type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "maxCohortShare") || (key0 === "requireRollbackHook")) || (key0 === "allowedQueues"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.maxCohortShare !== undefined){
let data0 = data.maxCohortShare;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/maxCohortShare",schemaPath:"#/properties/maxCohortShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema18.properties.maxCohortShare,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/maxCohortShare",schemaPath:"#/properties/maxCohortShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.maxCohortShare,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/maxCohortShare",schemaPath:"#/properties/maxCohortShare/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.maxCohortShare.type,parentSchema:schema18.properties.maxCohortShare,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.requireRollbackHook !== undefined){
let data1 = data.requireRollbackHook;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/requireRollbackHook",schemaPath:"#/properties/requireRollbackHook/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.requireRollbackHook.type,parentSchema:schema18.properties.requireRollbackHook,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.allowedQueues !== undefined){
let data2 = data.allowedQueues;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err5 = {instancePath:instancePath+"/allowedQueues/" + i0,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/allowedQueues/" + i0,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func32(data2[i1], data2[j0])){
const err7 = {instancePath:instancePath+"/allowedQueues",schemaPath:"#/properties/allowedQueues/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema18.properties.allowedQueues,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/allowedQueues",schemaPath:"#/properties/allowedQueues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.allowedQueues.type,parentSchema:schema18.properties.allowedQueues,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema20 = {"type":"object","additionalProperties":false,"required":["id","subject","status","owner","expiresAt"],"properties":{"id":{"description":"Waiver id (a label), unique within the bundle.","$ref":"#/$defs/label"},"subject":{"description":"What it waives, e.g. a dependency purl or a finding id.","$ref":"#/$defs/text"},"status":{"description":"Only 'approved' counts: 'pending' or 'rejected' is a waiver-pending hold.","enum":["approved","pending","rejected"]},"owner":{"description":"Who owns the waiver (a person or team).","$ref":"#/$defs/text"},"expiresAt":{"description":"When the waiver ends (RFC 3339); before the change window ends (plus the policy's marginMinutes) is a waiver-expired hold.","$ref":"#/$defs/time"},"reason":{"description":"Why the waiver was granted.","$ref":"#/$defs/text"}}};

function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate6.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.subject === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.owner === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.expiresAt === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expiresAt"},message:"must have required property '"+"expiresAt"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "subject")) || (key0 === "status")) || (key0 === "owner")) || (key0 === "expiresAt")) || (key0 === "reason"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.subject !== undefined){
let data1 = data.subject;
if(typeof data1 === "string"){
if(func1(data1) > 4096){
const err8 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((data2 === "approved") || (data2 === "pending")) || (data2 === "rejected"))){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema20.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.status.enum,parentSchema:schema20.properties.status,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.owner !== undefined){
let data3 = data.owner;
if(typeof data3 === "string"){
if(func1(data3) > 4096){
const err12 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.expiresAt !== undefined){
let data4 = data.expiresAt;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err15 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0.validate(data4))){
const err16 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.reason !== undefined){
let data5 = data.reason;
if(typeof data5 === "string"){
if(func1(data5) > 4096){
const err18 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data5) < 1){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data5};
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
const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate6.errors = vErrors;
return errors === 0;
}
validate6.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema26 = {"type":"object","additionalProperties":false,"required":["queue","start","end","changeRecord","environments"],"properties":{"queue":{"description":"The deployment queue that may act in this window; the manifest binds it, and allowedQueues of each environment are checked against it.","$ref":"#/$defs/label"},"start":{"description":"Start of the change window (RFC 3339).","$ref":"#/$defs/time"},"end":{"description":"End of the change window (RFC 3339); after start.","$ref":"#/$defs/time"},"changeRecord":{"description":"Id of the change record in the change-management system (e.g. CHG0031337).","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments this window covers; a cohort or environment outside them is a scope-drift hold.","type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}};

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate8.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.queue === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queue"},message:"must have required property '"+"queue"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.start === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.end === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.changeRecord === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changeRecord"},message:"must have required property '"+"changeRecord"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.environments === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "queue") || (key0 === "start")) || (key0 === "end")) || (key0 === "changeRecord")) || (key0 === "environments"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.queue !== undefined){
let data0 = data.queue;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/queue",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/queue",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.start !== undefined){
let data1 = data.start;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err8 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.end !== undefined){
let data2 = data.end;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err11 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats0.validate(data2))){
const err12 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.changeRecord !== undefined){
let data3 = data.changeRecord;
if(typeof data3 === "string"){
if(func1(data3) > 200){
const err14 = {instancePath:instancePath+"/changeRecord",schemaPath:"#/properties/changeRecord/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema26.properties.changeRecord,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data3) < 1){
const err15 = {instancePath:instancePath+"/changeRecord",schemaPath:"#/properties/changeRecord/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.changeRecord,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/changeRecord",schemaPath:"#/properties/changeRecord/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.changeRecord.type,parentSchema:schema26.properties.changeRecord,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.environments !== undefined){
let data4 = data.environments;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err17 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func32(data4[i1], data4[j0])){
const err19 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26.properties.environments,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.environments.type,parentSchema:schema26.properties.environments,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}
validate8.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/bundle.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.release === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.candidate === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidate"},message:"must have required property '"+"candidate"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.components === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "components"},message:"must have required property '"+"components"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.dependencies === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dependencies"},message:"must have required property '"+"dependencies"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.cohorts === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cohorts"},message:"must have required property '"+"cohorts"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.rollback === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rollback"},message:"must have required property '"+"rollback"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.environments === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.waivers === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "waivers"},message:"must have required property '"+"waivers"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.window === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema0.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err12 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema0.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err13 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.release !== undefined){
let data2 = data.release;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err15 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.candidate !== undefined){
let data3 = data.candidate;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.tag === undefined){
const err17 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'",schema:schema0.properties.candidate.required,parentSchema:schema0.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3.commit === undefined){
const err18 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema0.properties.candidate.required,parentSchema:schema0.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data3.signature === undefined){
const err19 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/required",keyword:"required",params:{missingProperty: "signature"},message:"must have required property '"+"signature"+"'",schema:schema0.properties.candidate.required,parentSchema:schema0.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "tag") || (key1 === "commit")) || (key1 === "repository")) || (key1 === "signature"))){
const err20 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.tag !== undefined){
let data4 = data3.tag;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err21 = {instancePath:instancePath+"/candidate/tag",schemaPath:"#/properties/candidate/properties/tag/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema0.properties.candidate.properties.tag,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func1(data4) < 1){
const err22 = {instancePath:instancePath+"/candidate/tag",schemaPath:"#/properties/candidate/properties/tag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.candidate.properties.tag,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/candidate/tag",schemaPath:"#/properties/candidate/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.candidate.properties.tag.type,parentSchema:schema0.properties.candidate.properties.tag,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.commit !== undefined){
let data5 = data3.commit;
if(typeof data5 === "string"){
if(!pattern2.test(data5)){
const err24 = {instancePath:instancePath+"/candidate/commit",schemaPath:"common.schema.json#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema4,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/candidate/commit",schemaPath:"common.schema.json#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.repository !== undefined){
let data6 = data3.repository;
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err26 = {instancePath:instancePath+"/candidate/repository",schemaPath:"#/properties/candidate/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema0.properties.candidate.properties.repository,data:data6};
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
const err27 = {instancePath:instancePath+"/candidate/repository",schemaPath:"#/properties/candidate/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.candidate.properties.repository.type,parentSchema:schema0.properties.candidate.properties.repository,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data3.signature !== undefined){
let data7 = data3.signature;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.verified === undefined){
const err28 = {instancePath:instancePath+"/candidate/signature",schemaPath:"common.schema.json#/$defs/signature/required",keyword:"required",params:{missingProperty: "verified"},message:"must have required property '"+"verified"+"'",schema:schema5.required,parentSchema:schema5,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data7.reason === undefined){
const err29 = {instancePath:instancePath+"/candidate/signature",schemaPath:"common.schema.json#/$defs/signature/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema5.required,parentSchema:schema5,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "verified") || (key2 === "reason"))){
const err30 = {instancePath:instancePath+"/candidate/signature",schemaPath:"common.schema.json#/$defs/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.verified !== undefined){
let data8 = data7.verified;
if(typeof data8 !== "boolean"){
const err31 = {instancePath:instancePath+"/candidate/signature/verified",schemaPath:"common.schema.json#/$defs/signature/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema5.properties.verified.type,parentSchema:schema5.properties.verified,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.reason !== undefined){
let data9 = data7.reason;
if(typeof data9 === "string"){
if(func1(data9) > 100){
const err32 = {instancePath:instancePath+"/candidate/signature/reason",schemaPath:"common.schema.json#/$defs/signature/properties/reason/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema5.properties.reason,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func1(data9) < 1){
const err33 = {instancePath:instancePath+"/candidate/signature/reason",schemaPath:"common.schema.json#/$defs/signature/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema5.properties.reason,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/candidate/signature/reason",schemaPath:"common.schema.json#/$defs/signature/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.reason.type,parentSchema:schema5.properties.reason,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/candidate/signature",schemaPath:"common.schema.json#/$defs/signature/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.candidate.type,parentSchema:schema0.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.components !== undefined){
let data10 = data.components;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.name === undefined){
const err37 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.components.items.required,parentSchema:schema0.properties.components.items,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11.artifacts === undefined){
const err38 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'",schema:schema0.properties.components.items.required,parentSchema:schema0.properties.components.items,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data11){
if(!(((key3 === "name") || (key3 === "artifacts")) || (key3 === "provenance"))){
const err39 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.components.items,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.name !== undefined){
let data12 = data11.name;
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err40 = {instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.artifacts !== undefined){
let data13 = data11.artifacts;
if(Array.isArray(data13)){
if(data13.length < 1){
const err42 = {instancePath:instancePath+"/components/" + i0+"/artifacts",schemaPath:"#/properties/components/items/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema0.properties.components.items.properties.artifacts,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.name === undefined){
const err43 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.components.items.properties.artifacts.items.required,parentSchema:schema0.properties.components.items.properties.artifacts.items,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data14.version === undefined){
const err44 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema0.properties.components.items.properties.artifacts.items.required,parentSchema:schema0.properties.components.items.properties.artifacts.items,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data14.digest === undefined){
const err45 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema0.properties.components.items.properties.artifacts.items.required,parentSchema:schema0.properties.components.items.properties.artifacts.items,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data14.locator === undefined){
const err46 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "locator"},message:"must have required property '"+"locator"+"'",schema:schema0.properties.components.items.properties.artifacts.items.required,parentSchema:schema0.properties.components.items.properties.artifacts.items,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key4 in data14){
if(!((((key4 === "name") || (key4 === "version")) || (key4 === "digest")) || (key4 === "locator"))){
const err47 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.components.items.properties.artifacts.items,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.name !== undefined){
let data15 = data14.name;
if(typeof data15 === "string"){
if(func1(data15) > 255){
const err48 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/name",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.name,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func1(data15) < 1){
const err49 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/name",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.name,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/name",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.artifacts.items.properties.name.type,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.name,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data14.version !== undefined){
let data16 = data14.version;
if(typeof data16 === "string"){
if(func1(data16) > 128){
const err51 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/version",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/version/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.version,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func1(data16) < 1){
const err52 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/version",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.version,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/version",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.artifacts.items.properties.version.type,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.version,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data14.digest !== undefined){
let data17 = data14.digest;
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err54 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/digest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data17};
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
const err55 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/digest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data17};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data14.locator !== undefined){
let data18 = data14.locator;
if(typeof data18 === "string"){
if(func1(data18) > 2048){
const err56 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/locator",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/locator/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.locator,data:data18};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func1(data18) < 1){
const err57 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/locator",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/locator/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.locator,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/locator",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/locator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.artifacts.items.properties.locator.type,parentSchema:schema0.properties.components.items.properties.artifacts.items.properties.locator,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.components.items.properties.artifacts.items.type,parentSchema:schema0.properties.components.items.properties.artifacts.items,data:data14};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/components/" + i0+"/artifacts",schemaPath:"#/properties/components/items/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.components.items.properties.artifacts.type,parentSchema:schema0.properties.components.items.properties.artifacts,data:data13};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data11.provenance !== undefined){
let data19 = data11.provenance;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.builder === undefined){
const err61 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2,schemaPath:"#/properties/components/items/properties/provenance/items/required",keyword:"required",params:{missingProperty: "builder"},message:"must have required property '"+"builder"+"'",schema:schema0.properties.components.items.properties.provenance.items.required,parentSchema:schema0.properties.components.items.properties.provenance.items,data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data20.sourceRepository === undefined){
const err62 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2,schemaPath:"#/properties/components/items/properties/provenance/items/required",keyword:"required",params:{missingProperty: "sourceRepository"},message:"must have required property '"+"sourceRepository"+"'",schema:schema0.properties.components.items.properties.provenance.items.required,parentSchema:schema0.properties.components.items.properties.provenance.items,data:data20};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data20.subjects === undefined){
const err63 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2,schemaPath:"#/properties/components/items/properties/provenance/items/required",keyword:"required",params:{missingProperty: "subjects"},message:"must have required property '"+"subjects"+"'",schema:schema0.properties.components.items.properties.provenance.items.required,parentSchema:schema0.properties.components.items.properties.provenance.items,data:data20};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data20.signatureVerified === undefined){
const err64 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2,schemaPath:"#/properties/components/items/properties/provenance/items/required",keyword:"required",params:{missingProperty: "signatureVerified"},message:"must have required property '"+"signatureVerified"+"'",schema:schema0.properties.components.items.properties.provenance.items.required,parentSchema:schema0.properties.components.items.properties.provenance.items,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data20.verification === undefined){
const err65 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2,schemaPath:"#/properties/components/items/properties/provenance/items/required",keyword:"required",params:{missingProperty: "verification"},message:"must have required property '"+"verification"+"'",schema:schema0.properties.components.items.properties.provenance.items.required,parentSchema:schema0.properties.components.items.properties.provenance.items,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key5 in data20){
if(!((((((((key5 === "builder") || (key5 === "sourceRepository")) || (key5 === "sourceRef")) || (key5 === "sourceCommit")) || (key5 === "subjects")) || (key5 === "signatureVerified")) || (key5 === "verification")) || (key5 === "signer"))){
const err66 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2,schemaPath:"#/properties/components/items/properties/provenance/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.components.items.properties.provenance.items,data:data20};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data20.builder !== undefined){
let data21 = data20.builder;
if(typeof data21 === "string"){
if(func1(data21) > 2048){
const err67 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/builder",schemaPath:"#/properties/components/items/properties/provenance/items/properties/builder/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.builder,data:data21};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/builder",schemaPath:"#/properties/components/items/properties/provenance/items/properties/builder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.builder.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.builder,data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data20.sourceRepository !== undefined){
let data22 = data20.sourceRepository;
if(typeof data22 === "string"){
if(func1(data22) > 2048){
const err69 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/sourceRepository",schemaPath:"#/properties/components/items/properties/provenance/items/properties/sourceRepository/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.sourceRepository,data:data22};
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
const err70 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/sourceRepository",schemaPath:"#/properties/components/items/properties/provenance/items/properties/sourceRepository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.sourceRepository.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.sourceRepository,data:data22};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data20.sourceRef !== undefined){
let data23 = data20.sourceRef;
if(typeof data23 === "string"){
if(func1(data23) > 1024){
const err71 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/sourceRef",schemaPath:"#/properties/components/items/properties/provenance/items/properties/sourceRef/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.sourceRef,data:data23};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/sourceRef",schemaPath:"#/properties/components/items/properties/provenance/items/properties/sourceRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.sourceRef.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.sourceRef,data:data23};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data20.sourceCommit !== undefined){
let data24 = data20.sourceCommit;
if(typeof data24 === "string"){
if(func1(data24) > 128){
const err73 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/sourceCommit",schemaPath:"#/properties/components/items/properties/provenance/items/properties/sourceCommit/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.sourceCommit,data:data24};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/sourceCommit",schemaPath:"#/properties/components/items/properties/provenance/items/properties/sourceCommit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.sourceCommit.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.sourceCommit,data:data24};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data20.subjects !== undefined){
let data25 = data20.subjects;
if(Array.isArray(data25)){
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
let data26 = data25[i3];
if(typeof data26 === "string"){
if(!pattern6.test(data26)){
const err75 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/subjects/" + i3,schemaPath:"#/properties/components/items/properties/provenance/items/properties/subjects/items/pattern",keyword:"pattern",params:{pattern: "^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"},message:"must match pattern \""+"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"+"\"",schema:"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$",parentSchema:schema0.properties.components.items.properties.provenance.items.properties.subjects.items,data:data26};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/subjects/" + i3,schemaPath:"#/properties/components/items/properties/provenance/items/properties/subjects/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.subjects.items.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.subjects.items,data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/subjects",schemaPath:"#/properties/components/items/properties/provenance/items/properties/subjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.components.items.properties.provenance.items.properties.subjects.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.subjects,data:data25};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data20.signatureVerified !== undefined){
let data27 = data20.signatureVerified;
if(typeof data27 !== "boolean"){
const err78 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signatureVerified",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signatureVerified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.components.items.properties.provenance.items.properties.signatureVerified.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signatureVerified,data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data20.verification !== undefined){
let data28 = data20.verification;
if(typeof data28 === "string"){
if(func1(data28) > 1024){
const err79 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/verification",schemaPath:"#/properties/components/items/properties/provenance/items/properties/verification/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.verification,data:data28};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/verification",schemaPath:"#/properties/components/items/properties/provenance/items/properties/verification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.verification.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.verification,data:data28};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data20.signer !== undefined){
let data29 = data20.signer;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.subjectAlternativeName === undefined){
const err81 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/required",keyword:"required",params:{missingProperty: "subjectAlternativeName"},message:"must have required property '"+"subjectAlternativeName"+"'",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.required,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer,data:data29};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data29.issuer === undefined){
const err82 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.required,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer,data:data29};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key6 in data29){
if(!(func0.call(schema0.properties.components.items.properties.provenance.items.properties.signer.properties, key6))){
const err83 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer,data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data29.subjectAlternativeName !== undefined){
let data30 = data29.subjectAlternativeName;
if(typeof data30 === "string"){
if(func1(data30) > 2048){
const err84 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/subjectAlternativeName",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/subjectAlternativeName/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.subjectAlternativeName,data:data30};
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
const err85 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/subjectAlternativeName",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/subjectAlternativeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.subjectAlternativeName.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.subjectAlternativeName,data:data30};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data29.issuer !== undefined){
let data31 = data29.issuer;
if(typeof data31 === "string"){
if(func1(data31) > 2048){
const err86 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/issuer",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.issuer,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/issuer",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.issuer.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.issuer,data:data31};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data29.sourceRepository !== undefined){
let data32 = data29.sourceRepository;
if(typeof data32 === "string"){
if(func1(data32) > 2048){
const err88 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/sourceRepository",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/sourceRepository/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceRepository,data:data32};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/sourceRepository",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/sourceRepository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceRepository.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceRepository,data:data32};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data29.sourceRef !== undefined){
let data33 = data29.sourceRef;
if(typeof data33 === "string"){
if(func1(data33) > 2048){
const err90 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/sourceRef",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/sourceRef/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceRef,data:data33};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/sourceRef",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/sourceRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceRef.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceRef,data:data33};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data29.sourceCommit !== undefined){
let data34 = data29.sourceCommit;
if(typeof data34 === "string"){
if(func1(data34) > 2048){
const err92 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/sourceCommit",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/sourceCommit/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceCommit,data:data34};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/sourceCommit",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/sourceCommit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceCommit.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.sourceCommit,data:data34};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data29.buildConfig !== undefined){
let data35 = data29.buildConfig;
if(typeof data35 === "string"){
if(func1(data35) > 2048){
const err94 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/buildConfig",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/buildConfig/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.buildConfig,data:data35};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/buildConfig",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/buildConfig/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.buildConfig.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.buildConfig,data:data35};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data29.runInvocation !== undefined){
let data36 = data29.runInvocation;
if(typeof data36 === "string"){
if(func1(data36) > 2048){
const err96 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/runInvocation",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/runInvocation/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.runInvocation,data:data36};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/runInvocation",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/runInvocation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.runInvocation.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.runInvocation,data:data36};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data29.runnerEnvironment !== undefined){
let data37 = data29.runnerEnvironment;
if(typeof data37 === "string"){
if(func1(data37) > 2048){
const err98 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/runnerEnvironment",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/runnerEnvironment/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.runnerEnvironment,data:data37};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/runnerEnvironment",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/runnerEnvironment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.runnerEnvironment.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.runnerEnvironment,data:data37};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data29.signedAt !== undefined){
let data38 = data29.signedAt;
if(typeof data38 === "string"){
if(func1(data38) > 2048){
const err100 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/signedAt",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/signedAt/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.signedAt,data:data38};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/signedAt",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/signedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.signedAt.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.signedAt,data:data38};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data29.logIndex !== undefined){
let data39 = data29.logIndex;
if(typeof data39 === "string"){
if(func1(data39) > 2048){
const err102 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/logIndex",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/logIndex/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.logIndex,data:data39};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer/logIndex",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/properties/logIndex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.logIndex.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer.properties.logIndex,data:data39};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2+"/signer",schemaPath:"#/properties/components/items/properties/provenance/items/properties/signer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.components.items.properties.provenance.items.properties.signer.type,parentSchema:schema0.properties.components.items.properties.provenance.items.properties.signer,data:data29};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/components/" + i0+"/provenance/" + i2,schemaPath:"#/properties/components/items/properties/provenance/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.components.items.properties.provenance.items.type,parentSchema:schema0.properties.components.items.properties.provenance.items,data:data20};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/components/" + i0+"/provenance",schemaPath:"#/properties/components/items/properties/provenance/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.components.items.properties.provenance.type,parentSchema:schema0.properties.components.items.properties.provenance,data:data19};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.components.items.type,parentSchema:schema0.properties.components.items,data:data11};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.components.type,parentSchema:schema0.properties.components,data:data10};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.dependencies !== undefined){
let data40 = data.dependencies;
if(Array.isArray(data40)){
const len4 = data40.length;
for(let i4=0; i4<len4; i4++){
let data41 = data40[i4];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.component === undefined){
const err109 = {instancePath:instancePath+"/dependencies/" + i4,schemaPath:"#/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema0.properties.dependencies.items.required,parentSchema:schema0.properties.dependencies.items,data:data41};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data41.name === undefined){
const err110 = {instancePath:instancePath+"/dependencies/" + i4,schemaPath:"#/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.dependencies.items.required,parentSchema:schema0.properties.dependencies.items,data:data41};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key7 in data41){
if(!(((((key7 === "component") || (key7 === "name")) || (key7 === "version")) || (key7 === "purl")) || (key7 === "licenses"))){
const err111 = {instancePath:instancePath+"/dependencies/" + i4,schemaPath:"#/properties/dependencies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.dependencies.items,data:data41};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data41.component !== undefined){
let data42 = data41.component;
if(typeof data42 === "string"){
if(!pattern0.test(data42)){
const err112 = {instancePath:instancePath+"/dependencies/" + i4+"/component",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data42};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/dependencies/" + i4+"/component",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data42};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data41.name !== undefined){
let data43 = data41.name;
if(typeof data43 === "string"){
if(func1(data43) > 512){
const err114 = {instancePath:instancePath+"/dependencies/" + i4+"/name",schemaPath:"#/properties/dependencies/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema0.properties.dependencies.items.properties.name,data:data43};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(func1(data43) < 1){
const err115 = {instancePath:instancePath+"/dependencies/" + i4+"/name",schemaPath:"#/properties/dependencies/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.dependencies.items.properties.name,data:data43};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/dependencies/" + i4+"/name",schemaPath:"#/properties/dependencies/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.dependencies.items.properties.name.type,parentSchema:schema0.properties.dependencies.items.properties.name,data:data43};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data41.version !== undefined){
let data44 = data41.version;
if(typeof data44 === "string"){
if(func1(data44) > 256){
const err117 = {instancePath:instancePath+"/dependencies/" + i4+"/version",schemaPath:"#/properties/dependencies/items/properties/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema0.properties.dependencies.items.properties.version,data:data44};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/dependencies/" + i4+"/version",schemaPath:"#/properties/dependencies/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.dependencies.items.properties.version.type,parentSchema:schema0.properties.dependencies.items.properties.version,data:data44};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data41.purl !== undefined){
let data45 = data41.purl;
if(typeof data45 === "string"){
if(func1(data45) > 2048){
const err119 = {instancePath:instancePath+"/dependencies/" + i4+"/purl",schemaPath:"#/properties/dependencies/items/properties/purl/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.dependencies.items.properties.purl,data:data45};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/dependencies/" + i4+"/purl",schemaPath:"#/properties/dependencies/items/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.dependencies.items.properties.purl.type,parentSchema:schema0.properties.dependencies.items.properties.purl,data:data45};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data41.licenses !== undefined){
let data46 = data41.licenses;
if(Array.isArray(data46)){
const len5 = data46.length;
for(let i5=0; i5<len5; i5++){
let data47 = data46[i5];
if(typeof data47 === "string"){
if(func1(data47) > 512){
const err121 = {instancePath:instancePath+"/dependencies/" + i4+"/licenses/" + i5,schemaPath:"#/properties/dependencies/items/properties/licenses/items/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema0.properties.dependencies.items.properties.licenses.items,data:data47};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/dependencies/" + i4+"/licenses/" + i5,schemaPath:"#/properties/dependencies/items/properties/licenses/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.dependencies.items.properties.licenses.items.type,parentSchema:schema0.properties.dependencies.items.properties.licenses.items,data:data47};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/dependencies/" + i4+"/licenses",schemaPath:"#/properties/dependencies/items/properties/licenses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.dependencies.items.properties.licenses.type,parentSchema:schema0.properties.dependencies.items.properties.licenses,data:data46};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/dependencies/" + i4,schemaPath:"#/properties/dependencies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.dependencies.items.type,parentSchema:schema0.properties.dependencies.items,data:data41};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.dependencies.type,parentSchema:schema0.properties.dependencies,data:data40};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.cohorts !== undefined){
let data48 = data.cohorts;
if(Array.isArray(data48)){
const len6 = data48.length;
for(let i6=0; i6<len6; i6++){
let data49 = data48[i6];
const _errs115 = errors;
let valid29 = false;
const _errs116 = errors;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.share === undefined){
const err126 = {instancePath:instancePath+"/cohorts/" + i6,schemaPath:"#/properties/cohorts/items/anyOf/0/required",keyword:"required",params:{missingProperty: "share"},message:"must have required property '"+"share"+"'",schema:schema0.properties.cohorts.items.anyOf[0].required,parentSchema:schema0.properties.cohorts.items.anyOf[0],data:data49};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
var _valid0 = _errs116 === errors;
valid29 = valid29 || _valid0;
const _errs117 = errors;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.segment === undefined){
const err127 = {instancePath:instancePath+"/cohorts/" + i6,schemaPath:"#/properties/cohorts/items/anyOf/1/required",keyword:"required",params:{missingProperty: "segment"},message:"must have required property '"+"segment"+"'",schema:schema0.properties.cohorts.items.anyOf[1].required,parentSchema:schema0.properties.cohorts.items.anyOf[1],data:data49};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
var _valid0 = _errs117 === errors;
valid29 = valid29 || _valid0;
if(!valid29){
const err128 = {instancePath:instancePath+"/cohorts/" + i6,schemaPath:"#/properties/cohorts/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema0.properties.cohorts.items.anyOf,parentSchema:schema0.properties.cohorts.items,data:data49};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
else {
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
}
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.id === undefined){
const err129 = {instancePath:instancePath+"/cohorts/" + i6,schemaPath:"#/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema0.properties.cohorts.items.required,parentSchema:schema0.properties.cohorts.items,data:data49};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data49.environments === undefined){
const err130 = {instancePath:instancePath+"/cohorts/" + i6,schemaPath:"#/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema0.properties.cohorts.items.required,parentSchema:schema0.properties.cohorts.items,data:data49};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data49.flags === undefined){
const err131 = {instancePath:instancePath+"/cohorts/" + i6,schemaPath:"#/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "flags"},message:"must have required property '"+"flags"+"'",schema:schema0.properties.cohorts.items.required,parentSchema:schema0.properties.cohorts.items,data:data49};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
for(const key8 in data49){
if(!(((((key8 === "id") || (key8 === "environments")) || (key8 === "share")) || (key8 === "segment")) || (key8 === "flags"))){
const err132 = {instancePath:instancePath+"/cohorts/" + i6,schemaPath:"#/properties/cohorts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.cohorts.items,data:data49};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data49.id !== undefined){
let data50 = data49.id;
if(typeof data50 === "string"){
if(!pattern0.test(data50)){
const err133 = {instancePath:instancePath+"/cohorts/" + i6+"/id",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data50};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/cohorts/" + i6+"/id",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data50};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data49.environments !== undefined){
let data51 = data49.environments;
if(Array.isArray(data51)){
if(data51.length < 1){
const err135 = {instancePath:instancePath+"/cohorts/" + i6+"/environments",schemaPath:"#/properties/cohorts/items/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema0.properties.cohorts.items.properties.environments,data:data51};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
const len7 = data51.length;
for(let i7=0; i7<len7; i7++){
let data52 = data51[i7];
if(typeof data52 === "string"){
if(!pattern0.test(data52)){
const err136 = {instancePath:instancePath+"/cohorts/" + i6+"/environments/" + i7,schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data52};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/cohorts/" + i6+"/environments/" + i7,schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data52};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
let i8 = data51.length;
let j0;
if(i8 > 1){
outer0:
for(;i8--;){
for(j0 = i8; j0--;){
if(func32(data51[i8], data51[j0])){
const err138 = {instancePath:instancePath+"/cohorts/" + i6+"/environments",schemaPath:"#/properties/cohorts/items/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)",schema:true,parentSchema:schema0.properties.cohorts.items.properties.environments,data:data51};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err139 = {instancePath:instancePath+"/cohorts/" + i6+"/environments",schemaPath:"#/properties/cohorts/items/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.cohorts.items.properties.environments.type,parentSchema:schema0.properties.cohorts.items.properties.environments,data:data51};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data49.share !== undefined){
let data53 = data49.share;
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 > 100 || isNaN(data53)){
const err140 = {instancePath:instancePath+"/cohorts/" + i6+"/share",schemaPath:"#/properties/cohorts/items/properties/share/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema0.properties.cohorts.items.properties.share,data:data53};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data53 < 0 || isNaN(data53)){
const err141 = {instancePath:instancePath+"/cohorts/" + i6+"/share",schemaPath:"#/properties/cohorts/items/properties/share/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.cohorts.items.properties.share,data:data53};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/cohorts/" + i6+"/share",schemaPath:"#/properties/cohorts/items/properties/share/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema0.properties.cohorts.items.properties.share.type,parentSchema:schema0.properties.cohorts.items.properties.share,data:data53};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data49.segment !== undefined){
let data54 = data49.segment;
if(typeof data54 === "string"){
if(func1(data54) > 512){
const err143 = {instancePath:instancePath+"/cohorts/" + i6+"/segment",schemaPath:"#/properties/cohorts/items/properties/segment/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema0.properties.cohorts.items.properties.segment,data:data54};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(func1(data54) < 1){
const err144 = {instancePath:instancePath+"/cohorts/" + i6+"/segment",schemaPath:"#/properties/cohorts/items/properties/segment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.cohorts.items.properties.segment,data:data54};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/cohorts/" + i6+"/segment",schemaPath:"#/properties/cohorts/items/properties/segment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.cohorts.items.properties.segment.type,parentSchema:schema0.properties.cohorts.items.properties.segment,data:data54};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data49.flags !== undefined){
let data55 = data49.flags;
if(Array.isArray(data55)){
const len8 = data55.length;
for(let i9=0; i9<len8; i9++){
let data56 = data55[i9];
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.key === undefined){
const err146 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9,schemaPath:"common.schema.json#/$defs/cohortFlag/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema11.required,parentSchema:schema11,data:data56};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data56.variant === undefined){
const err147 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9,schemaPath:"common.schema.json#/$defs/cohortFlag/required",keyword:"required",params:{missingProperty: "variant"},message:"must have required property '"+"variant"+"'",schema:schema11.required,parentSchema:schema11,data:data56};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key9 in data56){
if(!((key9 === "key") || (key9 === "variant"))){
const err148 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9,schemaPath:"common.schema.json#/$defs/cohortFlag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data:data56};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data56.key !== undefined){
let data57 = data56.key;
if(typeof data57 === "string"){
if(func1(data57) > 200){
const err149 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9+"/key",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/key/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.key,data:data57};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(func1(data57) < 1){
const err150 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9+"/key",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.key,data:data57};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9+"/key",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.key.type,parentSchema:schema11.properties.key,data:data57};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data56.variant !== undefined){
let data58 = data56.variant;
if(typeof data58 === "string"){
if(func1(data58) > 200){
const err152 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9+"/variant",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/variant/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.variant,data:data58};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(func1(data58) < 1){
const err153 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9+"/variant",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/variant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.variant,data:data58};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9+"/variant",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.variant.type,parentSchema:schema11.properties.variant,data:data58};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/cohorts/" + i6+"/flags/" + i9,schemaPath:"common.schema.json#/$defs/cohortFlag/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data:data56};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/cohorts/" + i6+"/flags",schemaPath:"#/properties/cohorts/items/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.cohorts.items.properties.flags.type,parentSchema:schema0.properties.cohorts.items.properties.flags,data:data55};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/cohorts/" + i6,schemaPath:"#/properties/cohorts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.cohorts.items.type,parentSchema:schema0.properties.cohorts.items,data:data49};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/cohorts",schemaPath:"#/properties/cohorts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.cohorts.type,parentSchema:schema0.properties.cohorts,data:data48};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.rollback !== undefined){
let data59 = data.rollback;
if(Array.isArray(data59)){
const len9 = data59.length;
for(let i10=0; i10<len9; i10++){
let data60 = data59[i10];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.component === undefined){
const err159 = {instancePath:instancePath+"/rollback/" + i10,schemaPath:"#/properties/rollback/items/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema0.properties.rollback.items.required,parentSchema:schema0.properties.rollback.items,data:data60};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data60.evidence === undefined){
const err160 = {instancePath:instancePath+"/rollback/" + i10,schemaPath:"#/properties/rollback/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema0.properties.rollback.items.required,parentSchema:schema0.properties.rollback.items,data:data60};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
for(const key10 in data60){
if(!((((key10 === "component") || (key10 === "pointer")) || (key10 === "hook")) || (key10 === "evidence"))){
const err161 = {instancePath:instancePath+"/rollback/" + i10,schemaPath:"#/properties/rollback/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.rollback.items,data:data60};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data60.component !== undefined){
let data61 = data60.component;
if(typeof data61 === "string"){
if(!pattern0.test(data61)){
const err162 = {instancePath:instancePath+"/rollback/" + i10+"/component",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data61};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/rollback/" + i10+"/component",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data61};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data60.pointer !== undefined){
let data62 = data60.pointer;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.version === undefined){
const err164 = {instancePath:instancePath+"/rollback/" + i10+"/pointer",schemaPath:"#/properties/rollback/items/properties/pointer/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema0.properties.rollback.items.properties.pointer.required,parentSchema:schema0.properties.rollback.items.properties.pointer,data:data62};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data62.digest === undefined){
const err165 = {instancePath:instancePath+"/rollback/" + i10+"/pointer",schemaPath:"#/properties/rollback/items/properties/pointer/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema0.properties.rollback.items.properties.pointer.required,parentSchema:schema0.properties.rollback.items.properties.pointer,data:data62};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
for(const key11 in data62){
if(!((key11 === "version") || (key11 === "digest"))){
const err166 = {instancePath:instancePath+"/rollback/" + i10+"/pointer",schemaPath:"#/properties/rollback/items/properties/pointer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.rollback.items.properties.pointer,data:data62};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data62.version !== undefined){
let data63 = data62.version;
if(typeof data63 === "string"){
if(func1(data63) > 128){
const err167 = {instancePath:instancePath+"/rollback/" + i10+"/pointer/version",schemaPath:"#/properties/rollback/items/properties/pointer/properties/version/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema0.properties.rollback.items.properties.pointer.properties.version,data:data63};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(func1(data63) < 1){
const err168 = {instancePath:instancePath+"/rollback/" + i10+"/pointer/version",schemaPath:"#/properties/rollback/items/properties/pointer/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.rollback.items.properties.pointer.properties.version,data:data63};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/rollback/" + i10+"/pointer/version",schemaPath:"#/properties/rollback/items/properties/pointer/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rollback.items.properties.pointer.properties.version.type,parentSchema:schema0.properties.rollback.items.properties.pointer.properties.version,data:data63};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data62.digest !== undefined){
let data64 = data62.digest;
if(typeof data64 === "string"){
if(!pattern5.test(data64)){
const err170 = {instancePath:instancePath+"/rollback/" + i10+"/pointer/digest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data64};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/rollback/" + i10+"/pointer/digest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data64};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/rollback/" + i10+"/pointer",schemaPath:"#/properties/rollback/items/properties/pointer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.rollback.items.properties.pointer.type,parentSchema:schema0.properties.rollback.items.properties.pointer,data:data62};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data60.hook !== undefined){
let data65 = data60.hook;
if(typeof data65 === "string"){
if(func1(data65) > 2048){
const err173 = {instancePath:instancePath+"/rollback/" + i10+"/hook",schemaPath:"#/properties/rollback/items/properties/hook/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema0.properties.rollback.items.properties.hook,data:data65};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(func1(data65) < 1){
const err174 = {instancePath:instancePath+"/rollback/" + i10+"/hook",schemaPath:"#/properties/rollback/items/properties/hook/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.rollback.items.properties.hook,data:data65};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/rollback/" + i10+"/hook",schemaPath:"#/properties/rollback/items/properties/hook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rollback.items.properties.hook.type,parentSchema:schema0.properties.rollback.items.properties.hook,data:data65};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data60.evidence !== undefined){
let data66 = data60.evidence;
if(Array.isArray(data66)){
const len10 = data66.length;
for(let i11=0; i11<len10; i11++){
if(!(validate2(data66[i11], {instancePath:instancePath+"/rollback/" + i10+"/evidence/" + i11,parentData:data66,parentDataProperty:i11,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
}
else {
const err176 = {instancePath:instancePath+"/rollback/" + i10+"/evidence",schemaPath:"#/properties/rollback/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.rollback.items.properties.evidence.type,parentSchema:schema0.properties.rollback.items.properties.evidence,data:data66};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/rollback/" + i10,schemaPath:"#/properties/rollback/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.rollback.items.type,parentSchema:schema0.properties.rollback.items,data:data60};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.rollback.type,parentSchema:schema0.properties.rollback,data:data59};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data.environments !== undefined){
let data68 = data.environments;
if(Array.isArray(data68)){
const len11 = data68.length;
for(let i12=0; i12<len11; i12++){
let data69 = data68[i12];
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.name === undefined){
const err179 = {instancePath:instancePath+"/environments/" + i12,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.environments.items.required,parentSchema:schema0.properties.environments.items,data:data69};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data69.constraints === undefined){
const err180 = {instancePath:instancePath+"/environments/" + i12,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "constraints"},message:"must have required property '"+"constraints"+"'",schema:schema0.properties.environments.items.required,parentSchema:schema0.properties.environments.items,data:data69};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
for(const key12 in data69){
if(!((key12 === "name") || (key12 === "constraints"))){
const err181 = {instancePath:instancePath+"/environments/" + i12,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.environments.items,data:data69};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data69.name !== undefined){
let data70 = data69.name;
if(typeof data70 === "string"){
if(!pattern0.test(data70)){
const err182 = {instancePath:instancePath+"/environments/" + i12+"/name",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data70};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/environments/" + i12+"/name",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data70};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data69.constraints !== undefined){
if(!(validate4(data69.constraints, {instancePath:instancePath+"/environments/" + i12+"/constraints",parentData:data69,parentDataProperty:"constraints",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
}
else {
const err184 = {instancePath:instancePath+"/environments/" + i12,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.environments.items.type,parentSchema:schema0.properties.environments.items,data:data69};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
else {
const err185 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.environments.type,parentSchema:schema0.properties.environments,data:data68};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data.waivers !== undefined){
let data72 = data.waivers;
if(Array.isArray(data72)){
const len12 = data72.length;
for(let i13=0; i13<len12; i13++){
if(!(validate6(data72[i13], {instancePath:instancePath+"/waivers/" + i13,parentData:data72,parentDataProperty:i13,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
errors = vErrors.length;
}
}
}
else {
const err186 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.waivers.type,parentSchema:schema0.properties.waivers,data:data72};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data.window !== undefined){
if(!(validate8(data.window, {instancePath:instancePath+"/window",parentData:data,parentDataProperty:"window",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
}
}
else {
const err187 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 4943:
/***/ ((module) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/common.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate1;
module.exports["default"] = validate1;
const schema1 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/common.schema.json","title":"Cutover shared definitions","$defs":{"label":{"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},"revision":{"description":"A revision number: 1 to 999999999, the most a seal tag cutover/<product>/<release>/r<revision> carries (MAX_REVISION in src/domain/names.ts).","type":"integer","minimum":1,"maximum":999999999},"text":{"type":"string","minLength":1,"maxLength":4096},"sha256":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"sourceDigest":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|gitblob:[0-9a-f]{40}([0-9a-f]{24})?)$"},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"time":{"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},"team":{"description":"A GitHub team as org/slug, or a slug alone meaning a team of the bundles repository's organization.","type":"string","pattern":"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},"pointer":{"type":"string","pattern":"^(/([^~/]|~[01])*)*$"},"lineage":{"type":"object","additionalProperties":false,"required":["system","locator","revision","digest","observedAt"],"properties":{"system":{"description":"The kind of system the value was read from: 'file' (a local workspace file), 'github' (a file of the candidate repository at its commit), 'github-release', 'github-attestations', 'http' and so on.","type":"string","minLength":1,"maxLength":100},"locator":{"description":"Where in that system: a workspace path (or repository@commit:path), a URL without credentials or query, plus '#<pointer>' of the value inside the document.","type":"string","maxLength":2048},"revision":{"description":"The version of the source that was read: a git blob or commit, a release id, an HTTP ETag or Last-Modified. Empty when the source states none (a missing-lineage hold).","type":"string","maxLength":256},"digest":{"description":"Digest of the source's bytes as read (sha256:<hex>, or gitblob:<hex>).","type":"string","maxLength":100},"observedAt":{"description":"When the source stated the value (RFC 3339): a commit time, a publication time, Last-Modified. Never the wall-clock time of the run, so digests are reproducible.","$ref":"#/$defs/time"}}},"environmentConstraints":{"type":"object","additionalProperties":false,"properties":{"maxCohortShare":{"description":"Largest share (percent) any single cohort may take in this environment; more fails cutover/environment (a scope-drift hold at assembly).","type":"number","minimum":0,"maximum":100},"requireRollbackHook":{"description":"When true, every rollback entry must name a hook; one without fails cutover/environment (a scope-drift hold at assembly).","type":"boolean"},"allowedQueues":{"description":"Deployment queues allowed to deploy to this environment; when given, a deployment queue not in the list (the manifest's; at assembly the window's, a scope-drift hold) fails cutover/environment.","type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}},"rollbackEvidence":{"type":"object","additionalProperties":false,"required":["kind","ref"],"properties":{"kind":{"description":"What kind of evidence this is, e.g. 'drill', 'runbook', 'test-run' (free text).","type":"string","minLength":1,"maxLength":100},"ref":{"description":"Reference to the evidence: a URL, a job or a document id.","$ref":"#/$defs/text"},"at":{"description":"When the evidence was produced (RFC 3339).","$ref":"#/$defs/time"}}},"waiver":{"type":"object","additionalProperties":false,"required":["id","subject","status","owner","expiresAt"],"properties":{"id":{"description":"Waiver id (a label), unique within the bundle.","$ref":"#/$defs/label"},"subject":{"description":"What it waives, e.g. a dependency purl or a finding id.","$ref":"#/$defs/text"},"status":{"description":"Only 'approved' counts: 'pending' or 'rejected' is a waiver-pending hold.","enum":["approved","pending","rejected"]},"owner":{"description":"Who owns the waiver (a person or team).","$ref":"#/$defs/text"},"expiresAt":{"description":"When the waiver ends (RFC 3339); before the change window ends (plus the policy's marginMinutes) is a waiver-expired hold.","$ref":"#/$defs/time"},"reason":{"description":"Why the waiver was granted.","$ref":"#/$defs/text"}}},"window":{"type":"object","additionalProperties":false,"required":["queue","start","end","changeRecord","environments"],"properties":{"queue":{"description":"The deployment queue that may act in this window; the manifest binds it, and allowedQueues of each environment are checked against it.","$ref":"#/$defs/label"},"start":{"description":"Start of the change window (RFC 3339).","$ref":"#/$defs/time"},"end":{"description":"End of the change window (RFC 3339); after start.","$ref":"#/$defs/time"},"changeRecord":{"description":"Id of the change record in the change-management system (e.g. CHG0031337).","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments this window covers; a cohort or environment outside them is a scope-drift hold.","type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}},"signature":{"type":"object","additionalProperties":false,"required":["verified","reason"],"properties":{"verified":{"description":"True only when the signing system verified the candidate tag's signature; false is an unsigned-candidate hold.","type":"boolean"},"reason":{"description":"The signing system's reason, e.g. GitHub's verification.reason ('valid', 'unsigned', 'invalid', ...).","type":"string","minLength":1,"maxLength":100}}},"cohortFlag":{"type":"object","additionalProperties":false,"required":["key","variant"],"properties":{"key":{"description":"Feature flag key.","type":"string","minLength":1,"maxLength":200},"variant":{"description":"The flag variant this cohort receives.","type":"string","minLength":1,"maxLength":200}}}}};

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/common.schema.json" */;
validate1.errors = null;
return true;
}
validate1.evaluated = {"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 4504:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/holds.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate10;
module.exports["default"] = validate10;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/holds.schema.json","title":"Cutover hold register (holds.json)","description":"Everything unresolved about the candidate. An open hold fails the cutover/holds check.","type":"object","additionalProperties":false,"required":["schemaVersion","holds"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"holds":{"description":"The open holds.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","rule","path","reason","status","evidence"],"properties":{"id":{"description":"Stable id of the hold, derived from its rule, path and reason.","type":"string","pattern":"^H-[0-9a-f]{12}$"},"rule":{"description":"The hold rule that raised it (see the README's hold rules).","enum":["missing-rollback-evidence","waiver-pending","waiver-expired","supersession","scope-drift","missing-lineage","unsigned-candidate","provenance-mismatch","suspicious-source"]},"path":{"description":"JSON Pointer into bundle.json of the field held ('' for the whole bundle).","$ref":"common.schema.json#/$defs/pointer"},"reason":{"description":"What is wrong, naming the values and sources involved.","type":"string","minLength":1},"status":{"description":"Always 'open': a resolved hold is not in the register.","const":"open"},"evidence":{"description":"Lineage of the source records behind the hold (empty when the evidence is an absence).","type":"array","items":{"$ref":"common.schema.json#/$defs/lineage"}}}}}}};
const schema32 = {"type":"string","pattern":"^(/([^~/]|~[01])*)*$"};
const pattern21 = new RegExp("^H-[0-9a-f]{12}$", "u");
const pattern22 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const schema33 = {"type":"object","additionalProperties":false,"required":["system","locator","revision","digest","observedAt"],"properties":{"system":{"description":"The kind of system the value was read from: 'file' (a local workspace file), 'github' (a file of the candidate repository at its commit), 'github-release', 'github-attestations', 'http' and so on.","type":"string","minLength":1,"maxLength":100},"locator":{"description":"Where in that system: a workspace path (or repository@commit:path), a URL without credentials or query, plus '#<pointer>' of the value inside the document.","type":"string","maxLength":2048},"revision":{"description":"The version of the source that was read: a git blob or commit, a release id, an HTTP ETag or Last-Modified. Empty when the source states none (a missing-lineage hold).","type":"string","maxLength":256},"digest":{"description":"Digest of the source's bytes as read (sha256:<hex>, or gitblob:<hex>).","type":"string","maxLength":100},"observedAt":{"description":"When the source stated the value (RFC 3339): a commit time, a publication time, Last-Modified. Never the wall-clock time of the run, so digests are reproducible.","$ref":"#/$defs/time"}}};
const schema16 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];
const pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate11.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.system === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "system"},message:"must have required property '"+"system"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.locator === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "locator"},message:"must have required property '"+"locator"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.revision === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.digest === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.observedAt === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observedAt"},message:"must have required property '"+"observedAt"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "system") || (key0 === "locator")) || (key0 === "revision")) || (key0 === "digest")) || (key0 === "observedAt"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.system !== undefined){
let data0 = data.system;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err6 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33.properties.system,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data0) < 1){
const err7 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.system,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.system.type,parentSchema:schema33.properties.system,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.locator !== undefined){
let data1 = data.locator;
if(typeof data1 === "string"){
if(func1(data1) > 2048){
const err9 = {instancePath:instancePath+"/locator",schemaPath:"#/properties/locator/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema33.properties.locator,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/locator",schemaPath:"#/properties/locator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.locator.type,parentSchema:schema33.properties.locator,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.revision !== undefined){
let data2 = data.revision;
if(typeof data2 === "string"){
if(func1(data2) > 256){
const err11 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema33.properties.revision,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.revision.type,parentSchema:schema33.properties.revision,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.digest !== undefined){
let data3 = data.digest;
if(typeof data3 === "string"){
if(func1(data3) > 100){
const err13 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33.properties.digest,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.digest.type,parentSchema:schema33.properties.digest,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.observedAt !== undefined){
let data4 = data.observedAt;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err15 = {instancePath:instancePath+"/observedAt",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0.validate(data4))){
const err16 = {instancePath:instancePath+"/observedAt",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/observedAt",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
validate11.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/holds.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.holds === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "holds"},message:"must have required property '"+"holds"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "schemaVersion") || (key0 === "holds"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.holds !== undefined){
let data1 = data.holds;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err4 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.holds.items.required,parentSchema:schema31.properties.holds.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.rule === undefined){
const err5 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema31.properties.holds.items.required,parentSchema:schema31.properties.holds.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.path === undefined){
const err6 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema31.properties.holds.items.required,parentSchema:schema31.properties.holds.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.reason === undefined){
const err7 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.holds.items.required,parentSchema:schema31.properties.holds.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.status === undefined){
const err8 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema31.properties.holds.items.required,parentSchema:schema31.properties.holds.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.evidence === undefined){
const err9 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema31.properties.holds.items.required,parentSchema:schema31.properties.holds.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((((((key1 === "id") || (key1 === "rule")) || (key1 === "path")) || (key1 === "reason")) || (key1 === "status")) || (key1 === "evidence"))){
const err10 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.holds.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern21.test(data3)){
const err11 = {instancePath:instancePath+"/holds/" + i0+"/id",schemaPath:"#/properties/holds/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^H-[0-9a-f]{12}$"},message:"must match pattern \""+"^H-[0-9a-f]{12}$"+"\"",schema:"^H-[0-9a-f]{12}$",parentSchema:schema31.properties.holds.items.properties.id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/holds/" + i0+"/id",schemaPath:"#/properties/holds/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.holds.items.properties.id.type,parentSchema:schema31.properties.holds.items.properties.id,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.rule !== undefined){
let data4 = data2.rule;
if(!(((((((((data4 === "missing-rollback-evidence") || (data4 === "waiver-pending")) || (data4 === "waiver-expired")) || (data4 === "supersession")) || (data4 === "scope-drift")) || (data4 === "missing-lineage")) || (data4 === "unsigned-candidate")) || (data4 === "provenance-mismatch")) || (data4 === "suspicious-source"))){
const err13 = {instancePath:instancePath+"/holds/" + i0+"/rule",schemaPath:"#/properties/holds/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema31.properties.holds.items.properties.rule.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.holds.items.properties.rule.enum,parentSchema:schema31.properties.holds.items.properties.rule,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.path !== undefined){
let data5 = data2.path;
if(typeof data5 === "string"){
if(!pattern22.test(data5)){
const err14 = {instancePath:instancePath+"/holds/" + i0+"/path",schemaPath:"common.schema.json#/$defs/pointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)*$"+"\"",schema:"^(/([^~/]|~[01])*)*$",parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/holds/" + i0+"/path",schemaPath:"common.schema.json#/$defs/pointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.reason !== undefined){
let data6 = data2.reason;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err16 = {instancePath:instancePath+"/holds/" + i0+"/reason",schemaPath:"#/properties/holds/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.holds.items.properties.reason,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/holds/" + i0+"/reason",schemaPath:"#/properties/holds/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.holds.items.properties.reason.type,parentSchema:schema31.properties.holds.items.properties.reason,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.status !== undefined){
let data7 = data2.status;
if("open" !== data7){
const err18 = {instancePath:instancePath+"/holds/" + i0+"/status",schemaPath:"#/properties/holds/items/properties/status/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant",schema:"open",parentSchema:schema31.properties.holds.items.properties.status,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.evidence !== undefined){
let data8 = data2.evidence;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate11(data8[i1], {instancePath:instancePath+"/holds/" + i0+"/evidence/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/holds/" + i0+"/evidence",schemaPath:"#/properties/holds/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.holds.items.properties.evidence.type,parentSchema:schema31.properties.holds.items.properties.evidence,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.holds.items.type,parentSchema:schema31.properties.holds.items,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/holds",schemaPath:"#/properties/holds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.holds.type,parentSchema:schema31.properties.holds,data:data1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 3958:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts: the validator of each registered schema by `$id`, its module
// required on first use. Do not edit: `node scripts/build.mjs` regenerates it.

exports["https://cutover.dev/schemas/bundle.schema.json"] = () => __webpack_require__(9546);
exports["https://cutover.dev/schemas/common.schema.json"] = () => __webpack_require__(4943);
exports["https://cutover.dev/schemas/holds.schema.json"] = () => __webpack_require__(4504);
exports["https://cutover.dev/schemas/lineage.schema.json"] = () => __webpack_require__(7543);
exports["https://cutover.dev/schemas/manifest.schema.json"] = () => __webpack_require__(9751);
exports["https://cutover.dev/schemas/policy.schema.json"] = () => __webpack_require__(1196);
exports["https://cutover.dev/schemas/records.schema.json"] = () => __webpack_require__(6164);
exports["https://cutover.dev/schemas/seal-record.schema.json"] = () => __webpack_require__(4823);
exports["https://cutover.dev/schemas/sources.schema.json"] = () => __webpack_require__(6748);
exports["https://cutover.dev/schemas/source-kinds/records.schema.json"] = () => __webpack_require__(8700);
exports["https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json"] = () => __webpack_require__(2456);
exports["https://cutover.dev/schemas/source-kinds/spdx.schema.json"] = () => __webpack_require__(2873);
exports["https://cutover.dev/schemas/source-kinds/flagd.schema.json"] = () => __webpack_require__(9928);
exports["https://cutover.dev/schemas/source-kinds/provenance.schema.json"] = () => __webpack_require__(8105);
exports["https://cutover.dev/schemas/source-kinds/github-release.schema.json"] = () => __webpack_require__(509);
exports["https://cutover.dev/schemas/source-kinds/github-attestations.schema.json"] = () => __webpack_require__(3327);
exports["https://cutover.dev/schemas/source-kinds/http-json.schema.json"] = () => __webpack_require__(423);
exports["https://cutover.dev/schemas/source-kinds/servicenow.schema.json"] = () => __webpack_require__(7023);


/***/ }),

/***/ 7543:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/lineage.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate13;
module.exports["default"] = validate13;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/lineage.schema.json","title":"Cutover lineage (lineage.json)","description":"Where every consequential field of bundle.json came from, and every rendering change made to it.","type":"object","additionalProperties":false,"required":["schemaVersion","sources","fields","normalizations"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"sources":{"description":"Source records, keyed <sourceId>#<n>, each with its system, locator, revision, digest and observedAt.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9._-]+#[0-9]+$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/lineage"}},"fields":{"description":"JSON Pointer into bundle.json -> the source record its value came from.","type":"object","propertyNames":{"$ref":"common.schema.json#/$defs/pointer"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["source","valueDigest"],"properties":{"source":{"description":"Key of the source record in 'sources' (<sourceId>#<n>).","type":"string","pattern":"^[A-Za-z0-9._-]+#[0-9]+$"},"valueDigest":{"description":"sha256 of the canonical JSON of the field's value when assembled: a later hand edit no longer matches (cutover/lineage fails).","$ref":"common.schema.json#/$defs/sha256"},"fragment":{"description":"Where in the source document the value was stated, appended to the source's locator.","type":"string","pattern":"^#","maxLength":1024}}}},"normalizations":{"description":"Every rendering change made by the policy's rendering rules.","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","original","rendered","rule"],"properties":{"path":{"description":"JSON Pointer into bundle.json of the rendered value.","$ref":"common.schema.json#/$defs/pointer"},"original":{"description":"The value as the source stated it.","type":"string"},"rendered":{"description":"The value written to bundle.json.","type":"string"},"rule":{"description":"Id of the policy rendering rule that changed it.","type":"string","minLength":1}}}}}};
const schema32 = {"type":"string","pattern":"^(/([^~/]|~[01])*)*$"};
const schema7 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const pattern24 = new RegExp("^[A-Za-z0-9._-]+#[0-9]+$", "u");
const pattern22 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern29 = new RegExp("^#", "u");
const schema33 = {"type":"object","additionalProperties":false,"required":["system","locator","revision","digest","observedAt"],"properties":{"system":{"description":"The kind of system the value was read from: 'file' (a local workspace file), 'github' (a file of the candidate repository at its commit), 'github-release', 'github-attestations', 'http' and so on.","type":"string","minLength":1,"maxLength":100},"locator":{"description":"Where in that system: a workspace path (or repository@commit:path), a URL without credentials or query, plus '#<pointer>' of the value inside the document.","type":"string","maxLength":2048},"revision":{"description":"The version of the source that was read: a git blob or commit, a release id, an HTTP ETag or Last-Modified. Empty when the source states none (a missing-lineage hold).","type":"string","maxLength":256},"digest":{"description":"Digest of the source's bytes as read (sha256:<hex>, or gitblob:<hex>).","type":"string","maxLength":100},"observedAt":{"description":"When the source stated the value (RFC 3339): a commit time, a publication time, Last-Modified. Never the wall-clock time of the run, so digests are reproducible.","$ref":"#/$defs/time"}}};
const schema16 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];
const pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.system === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "system"},message:"must have required property '"+"system"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.locator === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "locator"},message:"must have required property '"+"locator"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.revision === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.digest === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.observedAt === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observedAt"},message:"must have required property '"+"observedAt"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "system") || (key0 === "locator")) || (key0 === "revision")) || (key0 === "digest")) || (key0 === "observedAt"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.system !== undefined){
let data0 = data.system;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err6 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33.properties.system,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data0) < 1){
const err7 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.system,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.system.type,parentSchema:schema33.properties.system,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.locator !== undefined){
let data1 = data.locator;
if(typeof data1 === "string"){
if(func1(data1) > 2048){
const err9 = {instancePath:instancePath+"/locator",schemaPath:"#/properties/locator/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema33.properties.locator,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/locator",schemaPath:"#/properties/locator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.locator.type,parentSchema:schema33.properties.locator,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.revision !== undefined){
let data2 = data.revision;
if(typeof data2 === "string"){
if(func1(data2) > 256){
const err11 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema33.properties.revision,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.revision.type,parentSchema:schema33.properties.revision,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.digest !== undefined){
let data3 = data.digest;
if(typeof data3 === "string"){
if(func1(data3) > 100){
const err13 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33.properties.digest,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.digest.type,parentSchema:schema33.properties.digest,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.observedAt !== undefined){
let data4 = data.observedAt;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err15 = {instancePath:instancePath+"/observedAt",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0.validate(data4))){
const err16 = {instancePath:instancePath+"/observedAt",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/observedAt",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/lineage.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate13.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sources === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fields === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.normalizations === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "normalizations"},message:"must have required property '"+"normalizations"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "schemaVersion") || (key0 === "sources")) || (key0 === "fields")) || (key0 === "normalizations"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err5 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema35.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sources !== undefined){
let data1 = data.sources;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(!pattern24.test(key1)){
const err6 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+#[0-9]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+#[0-9]+$"+"\"",schema:"^[A-Za-z0-9._-]+#[0-9]+$",parentSchema:schema35.properties.sources.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
const err7 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema35.properties.sources.propertyNames,parentSchema:schema35.properties.sources,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data1){
if(!(validate14(data1[key2], {instancePath:instancePath+"/sources/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.sources.type,parentSchema:schema35.properties.sources,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.fields !== undefined){
let data3 = data.fields;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key3 in data3){
const _errs10 = errors;
if(typeof key3 === "string"){
if(!pattern22.test(key3)){
const err9 = {instancePath:instancePath+"/fields",schemaPath:"common.schema.json#/$defs/pointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)*$"+"\"",schema:"^(/([^~/]|~[01])*)*$",parentSchema:schema32,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/fields",schemaPath:"common.schema.json#/$defs/pointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid3 = _errs10 === errors;
if(!valid3){
const err11 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema35.properties.fields.propertyNames,parentSchema:schema35.properties.fields,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.source === undefined){
const err12 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema35.properties.fields.additionalProperties.required,parentSchema:schema35.properties.fields.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.valueDigest === undefined){
const err13 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/required",keyword:"required",params:{missingProperty: "valueDigest"},message:"must have required property '"+"valueDigest"+"'",schema:schema35.properties.fields.additionalProperties.required,parentSchema:schema35.properties.fields.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key5 in data4){
if(!(((key5 === "source") || (key5 === "valueDigest")) || (key5 === "fragment"))){
const err14 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.fields.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.source !== undefined){
let data5 = data4.source;
if(typeof data5 === "string"){
if(!pattern24.test(data5)){
const err15 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/properties/fields/additionalProperties/properties/source/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+#[0-9]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+#[0-9]+$"+"\"",schema:"^[A-Za-z0-9._-]+#[0-9]+$",parentSchema:schema35.properties.fields.additionalProperties.properties.source,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/properties/fields/additionalProperties/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.fields.additionalProperties.properties.source.type,parentSchema:schema35.properties.fields.additionalProperties.properties.source,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.valueDigest !== undefined){
let data6 = data4.valueDigest;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err17 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/valueDigest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/valueDigest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.fragment !== undefined){
let data7 = data4.fragment;
if(typeof data7 === "string"){
if(func1(data7) > 1024){
const err19 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fragment",schemaPath:"#/properties/fields/additionalProperties/properties/fragment/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema35.properties.fields.additionalProperties.properties.fragment,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern29.test(data7)){
const err20 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fragment",schemaPath:"#/properties/fields/additionalProperties/properties/fragment/pattern",keyword:"pattern",params:{pattern: "^#"},message:"must match pattern \""+"^#"+"\"",schema:"^#",parentSchema:schema35.properties.fields.additionalProperties.properties.fragment,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fragment",schemaPath:"#/properties/fields/additionalProperties/properties/fragment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.fields.additionalProperties.properties.fragment.type,parentSchema:schema35.properties.fields.additionalProperties.properties.fragment,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.fields.additionalProperties.type,parentSchema:schema35.properties.fields.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.fields.type,parentSchema:schema35.properties.fields,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.normalizations !== undefined){
let data8 = data.normalizations;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.path === undefined){
const err24 = {instancePath:instancePath+"/normalizations/" + i0,schemaPath:"#/properties/normalizations/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema35.properties.normalizations.items.required,parentSchema:schema35.properties.normalizations.items,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data9.original === undefined){
const err25 = {instancePath:instancePath+"/normalizations/" + i0,schemaPath:"#/properties/normalizations/items/required",keyword:"required",params:{missingProperty: "original"},message:"must have required property '"+"original"+"'",schema:schema35.properties.normalizations.items.required,parentSchema:schema35.properties.normalizations.items,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data9.rendered === undefined){
const err26 = {instancePath:instancePath+"/normalizations/" + i0,schemaPath:"#/properties/normalizations/items/required",keyword:"required",params:{missingProperty: "rendered"},message:"must have required property '"+"rendered"+"'",schema:schema35.properties.normalizations.items.required,parentSchema:schema35.properties.normalizations.items,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.rule === undefined){
const err27 = {instancePath:instancePath+"/normalizations/" + i0,schemaPath:"#/properties/normalizations/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema35.properties.normalizations.items.required,parentSchema:schema35.properties.normalizations.items,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key6 in data9){
if(!((((key6 === "path") || (key6 === "original")) || (key6 === "rendered")) || (key6 === "rule"))){
const err28 = {instancePath:instancePath+"/normalizations/" + i0,schemaPath:"#/properties/normalizations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.normalizations.items,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.path !== undefined){
let data10 = data9.path;
if(typeof data10 === "string"){
if(!pattern22.test(data10)){
const err29 = {instancePath:instancePath+"/normalizations/" + i0+"/path",schemaPath:"common.schema.json#/$defs/pointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)*$"+"\"",schema:"^(/([^~/]|~[01])*)*$",parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/normalizations/" + i0+"/path",schemaPath:"common.schema.json#/$defs/pointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.original !== undefined){
let data11 = data9.original;
if(typeof data11 !== "string"){
const err31 = {instancePath:instancePath+"/normalizations/" + i0+"/original",schemaPath:"#/properties/normalizations/items/properties/original/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.normalizations.items.properties.original.type,parentSchema:schema35.properties.normalizations.items.properties.original,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.rendered !== undefined){
let data12 = data9.rendered;
if(typeof data12 !== "string"){
const err32 = {instancePath:instancePath+"/normalizations/" + i0+"/rendered",schemaPath:"#/properties/normalizations/items/properties/rendered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.normalizations.items.properties.rendered.type,parentSchema:schema35.properties.normalizations.items.properties.rendered,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data9.rule !== undefined){
let data13 = data9.rule;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err33 = {instancePath:instancePath+"/normalizations/" + i0+"/rule",schemaPath:"#/properties/normalizations/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.normalizations.items.properties.rule,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/normalizations/" + i0+"/rule",schemaPath:"#/properties/normalizations/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.normalizations.items.properties.rule.type,parentSchema:schema35.properties.normalizations.items.properties.rule,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/normalizations/" + i0,schemaPath:"#/properties/normalizations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.normalizations.items.type,parentSchema:schema35.properties.normalizations.items,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/normalizations",schemaPath:"#/properties/normalizations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.normalizations.type,parentSchema:schema35.properties.normalizations,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}
validate13.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 9751:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/manifest.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate16;
module.exports["default"] = validate16;
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/manifest.schema.json","title":"Cutover approval manifest (manifest.json)","description":"Binds one bundle revision (number and content digest) to one deployment queue and one time window, and names the approver teams.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","revision","bundleDigest","queue","window","requiredApprovers","supersedes","handoff"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"product":{"description":"The product, as in bundle.json.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release, as in bundle.json.","$ref":"common.schema.json#/$defs/label"},"revision":{"description":"Revision number of this bundle within the release, counting up from 1.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"sha256 of the RFC 8785 canonical JSON of {bundle, holds, lineage}: the content this manifest binds.","$ref":"common.schema.json#/$defs/sha256"},"queue":{"description":"The one deployment queue the bundle is handed to: the change window's queue, or the action's queue input.","$ref":"common.schema.json#/$defs/label"},"window":{"description":"The time window the queue may act in: the bundle's change window, or the action's window inputs, which must lie within it.","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"description":"Start of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"end":{"description":"End of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"}}},"requiredApprovers":{"description":"Who must approve (from the policy).","type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"description":"Teams each of which must approve, by distinct people, at the pull request's head.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/team"}}}},"supersedes":{"description":"The revision this one replaces (its number and bundle digest), or null for revision 1.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["revision","bundleDigest"],"properties":{"revision":{"description":"Revision number of the superseded revision.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"Bundle digest of the superseded revision.","$ref":"common.schema.json#/$defs/sha256"}}}]},"handoff":{"description":"The hand-off statement: approving binds exactly this revision (its digest) to this queue within this window; Cutover gives no go/no-go verdict and deploys or rolls back nothing.","type":"string","minLength":1}}};
const schema2 = {"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"};
const schema44 = {"description":"A revision number: 1 to 999999999, the most a seal tag cutover/<product>/<release>/r<revision> carries (MAX_REVISION in src/domain/names.ts).","type":"integer","minimum":1,"maximum":999999999};
const schema7 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema16 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const schema49 = {"description":"A GitHub team as org/slug, or a slug alone meaning a team of the bundles repository's organization.","type":"string","pattern":"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"};
const func0 = Object.prototype.hasOwnProperty;
const func32 = (__webpack_require__(4951)/* ["default"] */ .A);
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern0 = new RegExp("^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$", "u");
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const pattern37 = new RegExp("^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/manifest.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.release === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.revision === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bundleDigest === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundleDigest"},message:"must have required property '"+"bundleDigest"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.queue === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queue"},message:"must have required property '"+"queue"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.window === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.requiredApprovers === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requiredApprovers"},message:"must have required property '"+"requiredApprovers"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.supersedes === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supersedes"},message:"must have required property '"+"supersedes"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.handoff === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handoff"},message:"must have required property '"+"handoff"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema41.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err11 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema41.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err12 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.release !== undefined){
let data2 = data.release;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err14 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.revision !== undefined){
let data3 = data.revision;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.type,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 999999999 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.bundleDigest !== undefined){
let data4 = data.bundleDigest;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err19 = {instancePath:instancePath+"/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data4};
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
const err20 = {instancePath:instancePath+"/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.queue !== undefined){
let data5 = data.queue;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err21 = {instancePath:instancePath+"/queue",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data5};
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
const err22 = {instancePath:instancePath+"/queue",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.window !== undefined){
let data6 = data.window;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.start === undefined){
const err23 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema41.properties.window.required,parentSchema:schema41.properties.window,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.end === undefined){
const err24 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema41.properties.window.required,parentSchema:schema41.properties.window,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "start") || (key1 === "end"))){
const err25 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.window,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.start !== undefined){
let data7 = data6.start;
if(typeof data7 === "string"){
if(!pattern12.test(data7)){
const err26 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats0.validate(data7))){
const err27 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.end !== undefined){
let data8 = data6.end;
if(typeof data8 === "string"){
if(!pattern12.test(data8)){
const err29 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(formats0.validate(data8))){
const err30 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.window.type,parentSchema:schema41.properties.window,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.requiredApprovers !== undefined){
let data9 = data.requiredApprovers;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.teams === undefined){
const err33 = {instancePath:instancePath+"/requiredApprovers",schemaPath:"#/properties/requiredApprovers/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'",schema:schema41.properties.requiredApprovers.required,parentSchema:schema41.properties.requiredApprovers,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data9){
if(!(key2 === "teams")){
const err34 = {instancePath:instancePath+"/requiredApprovers",schemaPath:"#/properties/requiredApprovers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.requiredApprovers,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.teams !== undefined){
let data10 = data9.teams;
if(Array.isArray(data10)){
if(data10.length < 1){
const err35 = {instancePath:instancePath+"/requiredApprovers/teams",schemaPath:"#/properties/requiredApprovers/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.requiredApprovers.properties.teams,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 === "string"){
if(!pattern37.test(data11)){
const err36 = {instancePath:instancePath+"/requiredApprovers/teams/" + i0,schemaPath:"common.schema.json#/$defs/team/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema49,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/requiredApprovers/teams/" + i0,schemaPath:"common.schema.json#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i1 = data10.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func32(data10[i1], data10[j0])){
const err38 = {instancePath:instancePath+"/requiredApprovers/teams",schemaPath:"#/properties/requiredApprovers/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema41.properties.requiredApprovers.properties.teams,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/requiredApprovers/teams",schemaPath:"#/properties/requiredApprovers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.requiredApprovers.properties.teams.type,parentSchema:schema41.properties.requiredApprovers.properties.teams,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/requiredApprovers",schemaPath:"#/properties/requiredApprovers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.requiredApprovers.type,parentSchema:schema41.properties.requiredApprovers,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.supersedes !== undefined){
let data12 = data.supersedes;
const _errs36 = errors;
let valid14 = false;
let passing0 = null;
const _errs37 = errors;
if(data12 !== null){
const err41 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema41.properties.supersedes.oneOf[0].type,parentSchema:schema41.properties.supersedes.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs37 === errors;
if(_valid0){
valid14 = true;
passing0 = 0;
}
const _errs39 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.revision === undefined){
const err42 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema41.properties.supersedes.oneOf[1].required,parentSchema:schema41.properties.supersedes.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data12.bundleDigest === undefined){
const err43 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/required",keyword:"required",params:{missingProperty: "bundleDigest"},message:"must have required property '"+"bundleDigest"+"'",schema:schema41.properties.supersedes.oneOf[1].required,parentSchema:schema41.properties.supersedes.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data12){
if(!((key3 === "revision") || (key3 === "bundleDigest"))){
const err44 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.supersedes.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.revision !== undefined){
let data13 = data12.revision;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err45 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.type,parentSchema:schema44,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 999999999 || isNaN(data13)){
const err46 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema44,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err47 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema44,data:data13};
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
if(data12.bundleDigest !== undefined){
let data14 = data12.bundleDigest;
if(typeof data14 === "string"){
if(!pattern5.test(data14)){
const err48 = {instancePath:instancePath+"/supersedes/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data14};
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
const err49 = {instancePath:instancePath+"/supersedes/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data14};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.supersedes.oneOf[1].type,parentSchema:schema41.properties.supersedes.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid14){
valid14 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid14 = true;
passing0 = 1;
}
}
if(!valid14){
const err51 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema41.properties.supersedes.oneOf,parentSchema:schema41.properties.supersedes,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data.handoff !== undefined){
let data15 = data.handoff;
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err52 = {instancePath:instancePath+"/handoff",schemaPath:"#/properties/handoff/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.handoff,data:data15};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/handoff",schemaPath:"#/properties/handoff/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.handoff.type,parentSchema:schema41.properties.handoff,data:data15};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 1196:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/policy.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate17;
module.exports["default"] = validate17;
const schema52 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/policy.schema.json","title":"Cutover policy","description":"Who must approve, how names are rendered, and which hold rules apply with which parameters. Disabling a hold rule requires a written justification.","type":"object","additionalProperties":false,"required":["schemaVersion","approvers"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"approvers":{"description":"Who must approve a bundle.","type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"description":"GitHub teams (org/slug, or a slug of the bundles repository's organization) each of which must approve, by distinct people, at the pull request's head. Written into each manifest as requiredApprovers.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/team"}}}},"rendering":{"description":"Rendering rules for names, applied in order to every component name, cohort id or environment name they target; each change is recorded in lineage.json normalizations. Default: none.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","field"],"oneOf":[{"required":["transform"]},{"required":["map"]}],"properties":{"id":{"description":"Rule id, recorded with every change it makes.","$ref":"common.schema.json#/$defs/label"},"field":{"description":"Which names the rule renders: component names, cohort ids or environment names.","enum":["component","cohort","environment"]},"transform":{"description":"A transformation: 'lowercase', 'kebab-case' or 'trim' (one of transform or map).","enum":["lowercase","kebab-case","trim"]},"map":{"description":"Explicit renames: name as the source states it -> label (one of transform or map).","type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/label"}}}}},"holds":{"description":"Hold rules and their parameters. Every rule is on unless turned off here with a justification.","type":"object","additionalProperties":false,"properties":{"missing-rollback-evidence":{"description":"The 'missing-rollback-evidence' hold rule: holds on a component without a rollback record, a rollback pointer to a previously approved artifact, or rollback evidence.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"waiver-pending":{"description":"The 'waiver-pending' hold rule: holds on a waiver that is not approved.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"waiver-expired":{"description":"The 'waiver-expired' hold rule: holds on a waiver that expires before the change window ends (plus marginMinutes).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048},"marginMinutes":{"description":"Minutes a waiver must outlast the change window's end. Default 0.","type":"integer","minimum":0,"maximum":525600}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"supersession":{"description":"The 'supersession' hold rule: holds on an artifact rebuilt under a version the previous approved revision had, with a different digest.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"scope-drift":{"description":"The 'scope-drift' hold rule: holds on a cohort or environment outside the window's environments, or anything cutover/environment fails on.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"missing-lineage":{"description":"The 'missing-lineage' hold rule: holds on a consequential field without a source record or with incomplete lineage.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"unsigned-candidate":{"description":"The 'unsigned-candidate' hold rule: holds on a candidate tag without a verified signature.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"provenance-mismatch":{"description":"The 'provenance-mismatch' hold rule: holds on an artifact digest that is not a subject of its component's provenance.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"suspicious-source":{"description":"The 'suspicious-source' hold rule: holds on sources that disagree, doubtful source data, or an SBOM not bound to its component.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}}}},"limits":{"description":"Input limits.","type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"description":"Largest input file or HTTP response `cutover assemble` reads, in bytes (1 KiB to 256 MiB). Default 16 MiB. The CLI only: the action always uses 16 MiB.","type":"integer","minimum":1024,"maximum":268435456}}},"bundleWriter":{"description":"GitHub login of the writer App's bot, e.g. cutover-release[bot]. Required wherever Cutover judges commits (verify, gate, seal on GitHub): a commit of a bundle pull request counts only when GitHub verified its signature and both its author and committer are this bot.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$"},"governorAppId":{"description":"Id of the governor GitHub App: the only App whose cutover/* check runs count, and the one that creates seal tags. Runs only in the bundles repository's default-branch workflows.","type":"integer","minimum":1}}};
const schema49 = {"description":"A GitHub team as org/slug, or a slug alone meaning a team of the bundles repository's organization.","type":"string","pattern":"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"};
const schema2 = {"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"};
const pattern37 = new RegExp("^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern0 = new RegExp("^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$", "u");
const pattern42 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$", "u");
const func32 = (__webpack_require__(4951)/* ["default"] */ .A);
const func0 = Object.prototype.hasOwnProperty;
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/policy.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate17.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.approvers === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvers"},message:"must have required property '"+"approvers"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "schemaVersion") || (key0 === "approvers")) || (key0 === "rendering")) || (key0 === "holds")) || (key0 === "limits")) || (key0 === "bundleWriter")) || (key0 === "governorAppId"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema52.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.approvers !== undefined){
let data1 = data.approvers;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.teams === undefined){
const err4 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'",schema:schema52.properties.approvers.required,parentSchema:schema52.properties.approvers,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "teams")){
const err5 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.approvers,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.teams !== undefined){
let data2 = data1.teams;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/properties/approvers/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema52.properties.approvers.properties.teams,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern37.test(data3)){
const err7 = {instancePath:instancePath+"/approvers/teams/" + i0,schemaPath:"common.schema.json#/$defs/team/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema49,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/approvers/teams/" + i0,schemaPath:"common.schema.json#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func32(data2[i1], data2[j0])){
const err9 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/properties/approvers/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema52.properties.approvers.properties.teams,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/properties/approvers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.approvers.properties.teams.type,parentSchema:schema52.properties.approvers.properties.teams,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.approvers.type,parentSchema:schema52.properties.approvers,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.rendering !== undefined){
let data4 = data.rendering;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
const _errs15 = errors;
let valid8 = false;
let passing0 = null;
const _errs16 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.transform === undefined){
const err12 = {instancePath:instancePath+"/rendering/" + i2,schemaPath:"#/properties/rendering/items/oneOf/0/required",keyword:"required",params:{missingProperty: "transform"},message:"must have required property '"+"transform"+"'",schema:schema52.properties.rendering.items.oneOf[0].required,parentSchema:schema52.properties.rendering.items.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs17 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.map === undefined){
const err13 = {instancePath:instancePath+"/rendering/" + i2,schemaPath:"#/properties/rendering/items/oneOf/1/required",keyword:"required",params:{missingProperty: "map"},message:"must have required property '"+"map"+"'",schema:schema52.properties.rendering.items.oneOf[1].required,parentSchema:schema52.properties.rendering.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err14 = {instancePath:instancePath+"/rendering/" + i2,schemaPath:"#/properties/rendering/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema52.properties.rendering.items.oneOf,parentSchema:schema52.properties.rendering.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err15 = {instancePath:instancePath+"/rendering/" + i2,schemaPath:"#/properties/rendering/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.properties.rendering.items.required,parentSchema:schema52.properties.rendering.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.field === undefined){
const err16 = {instancePath:instancePath+"/rendering/" + i2,schemaPath:"#/properties/rendering/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema52.properties.rendering.items.required,parentSchema:schema52.properties.rendering.items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data5){
if(!((((key2 === "id") || (key2 === "field")) || (key2 === "transform")) || (key2 === "map"))){
const err17 = {instancePath:instancePath+"/rendering/" + i2,schemaPath:"#/properties/rendering/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.rendering.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err18 = {instancePath:instancePath+"/rendering/" + i2+"/id",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/rendering/" + i2+"/id",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.field !== undefined){
let data7 = data5.field;
if(!(((data7 === "component") || (data7 === "cohort")) || (data7 === "environment"))){
const err20 = {instancePath:instancePath+"/rendering/" + i2+"/field",schemaPath:"#/properties/rendering/items/properties/field/enum",keyword:"enum",params:{allowedValues: schema52.properties.rendering.items.properties.field.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.rendering.items.properties.field.enum,parentSchema:schema52.properties.rendering.items.properties.field,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.transform !== undefined){
let data8 = data5.transform;
if(!(((data8 === "lowercase") || (data8 === "kebab-case")) || (data8 === "trim"))){
const err21 = {instancePath:instancePath+"/rendering/" + i2+"/transform",schemaPath:"#/properties/rendering/items/properties/transform/enum",keyword:"enum",params:{allowedValues: schema52.properties.rendering.items.properties.transform.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.rendering.items.properties.transform.enum,parentSchema:schema52.properties.rendering.items.properties.transform,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.map !== undefined){
let data9 = data5.map;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
let data10 = data9[key3];
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err22 = {instancePath:instancePath+"/rendering/" + i2+"/map/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/rendering/" + i2+"/map/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/rendering/" + i2+"/map",schemaPath:"#/properties/rendering/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.rendering.items.properties.map.type,parentSchema:schema52.properties.rendering.items.properties.map,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/rendering/" + i2,schemaPath:"#/properties/rendering/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.rendering.items.type,parentSchema:schema52.properties.rendering.items,data:data5};
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
else {
const err26 = {instancePath:instancePath+"/rendering",schemaPath:"#/properties/rendering/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.rendering.type,parentSchema:schema52.properties.rendering,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.holds !== undefined){
let data11 = data.holds;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
if(!(func0.call(schema52.properties.holds.properties, key4))){
const err27 = {instancePath:instancePath+"/holds",schemaPath:"#/properties/holds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11["missing-rollback-evidence"] !== undefined){
let data12 = data11["missing-rollback-evidence"];
const _errs35 = errors;
let valid14 = true;
const _errs36 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing0;
if((data12.enabled === undefined) && (missing0 = "enabled")){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(data12.enabled !== undefined){
if(false !== data12.enabled){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
var _valid1 = _errs36 === errors;
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs38 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.justification === undefined){
const err30 = {instancePath:instancePath+"/holds/missing-rollback-evidence",schemaPath:"#/properties/holds/properties/missing-rollback-evidence/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties["missing-rollback-evidence"].then.required,parentSchema:schema52.properties.holds.properties["missing-rollback-evidence"].then,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid1 = _errs38 === errors;
valid14 = _valid1;
}
if(!valid14){
const err31 = {instancePath:instancePath+"/holds/missing-rollback-evidence",schemaPath:"#/properties/holds/properties/missing-rollback-evidence/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties["missing-rollback-evidence"].if,parentSchema:schema52.properties.holds.properties["missing-rollback-evidence"],data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key5 in data12){
if(!((key5 === "enabled") || (key5 === "justification"))){
const err32 = {instancePath:instancePath+"/holds/missing-rollback-evidence",schemaPath:"#/properties/holds/properties/missing-rollback-evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties["missing-rollback-evidence"],data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.enabled !== undefined){
let data14 = data12.enabled;
if(typeof data14 !== "boolean"){
const err33 = {instancePath:instancePath+"/holds/missing-rollback-evidence/enabled",schemaPath:"#/properties/holds/properties/missing-rollback-evidence/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties["missing-rollback-evidence"].properties.enabled.type,parentSchema:schema52.properties.holds.properties["missing-rollback-evidence"].properties.enabled,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.justification !== undefined){
let data15 = data12.justification;
if(typeof data15 === "string"){
if(func1(data15) > 2048){
const err34 = {instancePath:instancePath+"/holds/missing-rollback-evidence/justification",schemaPath:"#/properties/holds/properties/missing-rollback-evidence/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties["missing-rollback-evidence"].properties.justification,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func1(data15) < 1){
const err35 = {instancePath:instancePath+"/holds/missing-rollback-evidence/justification",schemaPath:"#/properties/holds/properties/missing-rollback-evidence/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties["missing-rollback-evidence"].properties.justification,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/holds/missing-rollback-evidence/justification",schemaPath:"#/properties/holds/properties/missing-rollback-evidence/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties["missing-rollback-evidence"].properties.justification.type,parentSchema:schema52.properties.holds.properties["missing-rollback-evidence"].properties.justification,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/holds/missing-rollback-evidence",schemaPath:"#/properties/holds/properties/missing-rollback-evidence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties["missing-rollback-evidence"].type,parentSchema:schema52.properties.holds.properties["missing-rollback-evidence"],data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11["waiver-pending"] !== undefined){
let data16 = data11["waiver-pending"];
const _errs46 = errors;
let valid17 = true;
const _errs47 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing1;
if((data16.enabled === undefined) && (missing1 = "enabled")){
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
if(data16.enabled !== undefined){
if(false !== data16.enabled){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
var _valid2 = _errs47 === errors;
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs49 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.justification === undefined){
const err40 = {instancePath:instancePath+"/holds/waiver-pending",schemaPath:"#/properties/holds/properties/waiver-pending/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties["waiver-pending"].then.required,parentSchema:schema52.properties.holds.properties["waiver-pending"].then,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var _valid2 = _errs49 === errors;
valid17 = _valid2;
}
if(!valid17){
const err41 = {instancePath:instancePath+"/holds/waiver-pending",schemaPath:"#/properties/holds/properties/waiver-pending/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties["waiver-pending"].if,parentSchema:schema52.properties.holds.properties["waiver-pending"],data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key6 in data16){
if(!((key6 === "enabled") || (key6 === "justification"))){
const err42 = {instancePath:instancePath+"/holds/waiver-pending",schemaPath:"#/properties/holds/properties/waiver-pending/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties["waiver-pending"],data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data16.enabled !== undefined){
let data18 = data16.enabled;
if(typeof data18 !== "boolean"){
const err43 = {instancePath:instancePath+"/holds/waiver-pending/enabled",schemaPath:"#/properties/holds/properties/waiver-pending/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties["waiver-pending"].properties.enabled.type,parentSchema:schema52.properties.holds.properties["waiver-pending"].properties.enabled,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data16.justification !== undefined){
let data19 = data16.justification;
if(typeof data19 === "string"){
if(func1(data19) > 2048){
const err44 = {instancePath:instancePath+"/holds/waiver-pending/justification",schemaPath:"#/properties/holds/properties/waiver-pending/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties["waiver-pending"].properties.justification,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func1(data19) < 1){
const err45 = {instancePath:instancePath+"/holds/waiver-pending/justification",schemaPath:"#/properties/holds/properties/waiver-pending/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties["waiver-pending"].properties.justification,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/holds/waiver-pending/justification",schemaPath:"#/properties/holds/properties/waiver-pending/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties["waiver-pending"].properties.justification.type,parentSchema:schema52.properties.holds.properties["waiver-pending"].properties.justification,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/holds/waiver-pending",schemaPath:"#/properties/holds/properties/waiver-pending/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties["waiver-pending"].type,parentSchema:schema52.properties.holds.properties["waiver-pending"],data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data11["waiver-expired"] !== undefined){
let data20 = data11["waiver-expired"];
const _errs57 = errors;
let valid20 = true;
const _errs58 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing2;
if((data20.enabled === undefined) && (missing2 = "enabled")){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
if(data20.enabled !== undefined){
if(false !== data20.enabled){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
var _valid3 = _errs58 === errors;
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs60 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.justification === undefined){
const err50 = {instancePath:instancePath+"/holds/waiver-expired",schemaPath:"#/properties/holds/properties/waiver-expired/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties["waiver-expired"].then.required,parentSchema:schema52.properties.holds.properties["waiver-expired"].then,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid3 = _errs60 === errors;
valid20 = _valid3;
}
if(!valid20){
const err51 = {instancePath:instancePath+"/holds/waiver-expired",schemaPath:"#/properties/holds/properties/waiver-expired/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties["waiver-expired"].if,parentSchema:schema52.properties.holds.properties["waiver-expired"],data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key7 in data20){
if(!(((key7 === "enabled") || (key7 === "justification")) || (key7 === "marginMinutes"))){
const err52 = {instancePath:instancePath+"/holds/waiver-expired",schemaPath:"#/properties/holds/properties/waiver-expired/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties["waiver-expired"],data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data20.enabled !== undefined){
let data22 = data20.enabled;
if(typeof data22 !== "boolean"){
const err53 = {instancePath:instancePath+"/holds/waiver-expired/enabled",schemaPath:"#/properties/holds/properties/waiver-expired/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties["waiver-expired"].properties.enabled.type,parentSchema:schema52.properties.holds.properties["waiver-expired"].properties.enabled,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data20.justification !== undefined){
let data23 = data20.justification;
if(typeof data23 === "string"){
if(func1(data23) > 2048){
const err54 = {instancePath:instancePath+"/holds/waiver-expired/justification",schemaPath:"#/properties/holds/properties/waiver-expired/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties["waiver-expired"].properties.justification,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func1(data23) < 1){
const err55 = {instancePath:instancePath+"/holds/waiver-expired/justification",schemaPath:"#/properties/holds/properties/waiver-expired/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties["waiver-expired"].properties.justification,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/holds/waiver-expired/justification",schemaPath:"#/properties/holds/properties/waiver-expired/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties["waiver-expired"].properties.justification.type,parentSchema:schema52.properties.holds.properties["waiver-expired"].properties.justification,data:data23};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data20.marginMinutes !== undefined){
let data24 = data20.marginMinutes;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err57 = {instancePath:instancePath+"/holds/waiver-expired/marginMinutes",schemaPath:"#/properties/holds/properties/waiver-expired/properties/marginMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.holds.properties["waiver-expired"].properties.marginMinutes.type,parentSchema:schema52.properties.holds.properties["waiver-expired"].properties.marginMinutes,data:data24};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 525600 || isNaN(data24)){
const err58 = {instancePath:instancePath+"/holds/waiver-expired/marginMinutes",schemaPath:"#/properties/holds/properties/waiver-expired/properties/marginMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 525600},message:"must be <= 525600",schema:525600,parentSchema:schema52.properties.holds.properties["waiver-expired"].properties.marginMinutes,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err59 = {instancePath:instancePath+"/holds/waiver-expired/marginMinutes",schemaPath:"#/properties/holds/properties/waiver-expired/properties/marginMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.holds.properties["waiver-expired"].properties.marginMinutes,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
else {
const err60 = {instancePath:instancePath+"/holds/waiver-expired",schemaPath:"#/properties/holds/properties/waiver-expired/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties["waiver-expired"].type,parentSchema:schema52.properties.holds.properties["waiver-expired"],data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data11.supersession !== undefined){
let data25 = data11.supersession;
const _errs70 = errors;
let valid23 = true;
const _errs71 = errors;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing3;
if((data25.enabled === undefined) && (missing3 = "enabled")){
const err61 = {};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
if(data25.enabled !== undefined){
if(false !== data25.enabled){
const err62 = {};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
var _valid4 = _errs71 === errors;
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs73 = errors;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.justification === undefined){
const err63 = {instancePath:instancePath+"/holds/supersession",schemaPath:"#/properties/holds/properties/supersession/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties.supersession.then.required,parentSchema:schema52.properties.holds.properties.supersession.then,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var _valid4 = _errs73 === errors;
valid23 = _valid4;
}
if(!valid23){
const err64 = {instancePath:instancePath+"/holds/supersession",schemaPath:"#/properties/holds/properties/supersession/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties.supersession.if,parentSchema:schema52.properties.holds.properties.supersession,data:data25};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key8 in data25){
if(!((key8 === "enabled") || (key8 === "justification"))){
const err65 = {instancePath:instancePath+"/holds/supersession",schemaPath:"#/properties/holds/properties/supersession/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties.supersession,data:data25};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data25.enabled !== undefined){
let data27 = data25.enabled;
if(typeof data27 !== "boolean"){
const err66 = {instancePath:instancePath+"/holds/supersession/enabled",schemaPath:"#/properties/holds/properties/supersession/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties.supersession.properties.enabled.type,parentSchema:schema52.properties.holds.properties.supersession.properties.enabled,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data25.justification !== undefined){
let data28 = data25.justification;
if(typeof data28 === "string"){
if(func1(data28) > 2048){
const err67 = {instancePath:instancePath+"/holds/supersession/justification",schemaPath:"#/properties/holds/properties/supersession/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties.supersession.properties.justification,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(func1(data28) < 1){
const err68 = {instancePath:instancePath+"/holds/supersession/justification",schemaPath:"#/properties/holds/properties/supersession/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties.supersession.properties.justification,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/holds/supersession/justification",schemaPath:"#/properties/holds/properties/supersession/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties.supersession.properties.justification.type,parentSchema:schema52.properties.holds.properties.supersession.properties.justification,data:data28};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/holds/supersession",schemaPath:"#/properties/holds/properties/supersession/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties.supersession.type,parentSchema:schema52.properties.holds.properties.supersession,data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data11["scope-drift"] !== undefined){
let data29 = data11["scope-drift"];
const _errs81 = errors;
let valid26 = true;
const _errs82 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
let missing4;
if((data29.enabled === undefined) && (missing4 = "enabled")){
const err71 = {};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
if(data29.enabled !== undefined){
if(false !== data29.enabled){
const err72 = {};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
}
var _valid5 = _errs82 === errors;
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs84 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.justification === undefined){
const err73 = {instancePath:instancePath+"/holds/scope-drift",schemaPath:"#/properties/holds/properties/scope-drift/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties["scope-drift"].then.required,parentSchema:schema52.properties.holds.properties["scope-drift"].then,data:data29};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
var _valid5 = _errs84 === errors;
valid26 = _valid5;
}
if(!valid26){
const err74 = {instancePath:instancePath+"/holds/scope-drift",schemaPath:"#/properties/holds/properties/scope-drift/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties["scope-drift"].if,parentSchema:schema52.properties.holds.properties["scope-drift"],data:data29};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key9 in data29){
if(!((key9 === "enabled") || (key9 === "justification"))){
const err75 = {instancePath:instancePath+"/holds/scope-drift",schemaPath:"#/properties/holds/properties/scope-drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties["scope-drift"],data:data29};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data29.enabled !== undefined){
let data31 = data29.enabled;
if(typeof data31 !== "boolean"){
const err76 = {instancePath:instancePath+"/holds/scope-drift/enabled",schemaPath:"#/properties/holds/properties/scope-drift/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties["scope-drift"].properties.enabled.type,parentSchema:schema52.properties.holds.properties["scope-drift"].properties.enabled,data:data31};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data29.justification !== undefined){
let data32 = data29.justification;
if(typeof data32 === "string"){
if(func1(data32) > 2048){
const err77 = {instancePath:instancePath+"/holds/scope-drift/justification",schemaPath:"#/properties/holds/properties/scope-drift/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties["scope-drift"].properties.justification,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(func1(data32) < 1){
const err78 = {instancePath:instancePath+"/holds/scope-drift/justification",schemaPath:"#/properties/holds/properties/scope-drift/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties["scope-drift"].properties.justification,data:data32};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/holds/scope-drift/justification",schemaPath:"#/properties/holds/properties/scope-drift/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties["scope-drift"].properties.justification.type,parentSchema:schema52.properties.holds.properties["scope-drift"].properties.justification,data:data32};
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
else {
const err80 = {instancePath:instancePath+"/holds/scope-drift",schemaPath:"#/properties/holds/properties/scope-drift/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties["scope-drift"].type,parentSchema:schema52.properties.holds.properties["scope-drift"],data:data29};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data11["missing-lineage"] !== undefined){
let data33 = data11["missing-lineage"];
const _errs92 = errors;
let valid29 = true;
const _errs93 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
let missing5;
if((data33.enabled === undefined) && (missing5 = "enabled")){
const err81 = {};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
if(data33.enabled !== undefined){
if(false !== data33.enabled){
const err82 = {};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
}
var _valid6 = _errs93 === errors;
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs95 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.justification === undefined){
const err83 = {instancePath:instancePath+"/holds/missing-lineage",schemaPath:"#/properties/holds/properties/missing-lineage/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties["missing-lineage"].then.required,parentSchema:schema52.properties.holds.properties["missing-lineage"].then,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
var _valid6 = _errs95 === errors;
valid29 = _valid6;
}
if(!valid29){
const err84 = {instancePath:instancePath+"/holds/missing-lineage",schemaPath:"#/properties/holds/properties/missing-lineage/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties["missing-lineage"].if,parentSchema:schema52.properties.holds.properties["missing-lineage"],data:data33};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key10 in data33){
if(!((key10 === "enabled") || (key10 === "justification"))){
const err85 = {instancePath:instancePath+"/holds/missing-lineage",schemaPath:"#/properties/holds/properties/missing-lineage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties["missing-lineage"],data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data33.enabled !== undefined){
let data35 = data33.enabled;
if(typeof data35 !== "boolean"){
const err86 = {instancePath:instancePath+"/holds/missing-lineage/enabled",schemaPath:"#/properties/holds/properties/missing-lineage/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties["missing-lineage"].properties.enabled.type,parentSchema:schema52.properties.holds.properties["missing-lineage"].properties.enabled,data:data35};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data33.justification !== undefined){
let data36 = data33.justification;
if(typeof data36 === "string"){
if(func1(data36) > 2048){
const err87 = {instancePath:instancePath+"/holds/missing-lineage/justification",schemaPath:"#/properties/holds/properties/missing-lineage/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties["missing-lineage"].properties.justification,data:data36};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(func1(data36) < 1){
const err88 = {instancePath:instancePath+"/holds/missing-lineage/justification",schemaPath:"#/properties/holds/properties/missing-lineage/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties["missing-lineage"].properties.justification,data:data36};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/holds/missing-lineage/justification",schemaPath:"#/properties/holds/properties/missing-lineage/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties["missing-lineage"].properties.justification.type,parentSchema:schema52.properties.holds.properties["missing-lineage"].properties.justification,data:data36};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/holds/missing-lineage",schemaPath:"#/properties/holds/properties/missing-lineage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties["missing-lineage"].type,parentSchema:schema52.properties.holds.properties["missing-lineage"],data:data33};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data11["unsigned-candidate"] !== undefined){
let data37 = data11["unsigned-candidate"];
const _errs103 = errors;
let valid32 = true;
const _errs104 = errors;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
let missing6;
if((data37.enabled === undefined) && (missing6 = "enabled")){
const err91 = {};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
else {
if(data37.enabled !== undefined){
if(false !== data37.enabled){
const err92 = {};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
}
var _valid7 = _errs104 === errors;
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs106 = errors;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.justification === undefined){
const err93 = {instancePath:instancePath+"/holds/unsigned-candidate",schemaPath:"#/properties/holds/properties/unsigned-candidate/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties["unsigned-candidate"].then.required,parentSchema:schema52.properties.holds.properties["unsigned-candidate"].then,data:data37};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
var _valid7 = _errs106 === errors;
valid32 = _valid7;
}
if(!valid32){
const err94 = {instancePath:instancePath+"/holds/unsigned-candidate",schemaPath:"#/properties/holds/properties/unsigned-candidate/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties["unsigned-candidate"].if,parentSchema:schema52.properties.holds.properties["unsigned-candidate"],data:data37};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key11 in data37){
if(!((key11 === "enabled") || (key11 === "justification"))){
const err95 = {instancePath:instancePath+"/holds/unsigned-candidate",schemaPath:"#/properties/holds/properties/unsigned-candidate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties["unsigned-candidate"],data:data37};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data37.enabled !== undefined){
let data39 = data37.enabled;
if(typeof data39 !== "boolean"){
const err96 = {instancePath:instancePath+"/holds/unsigned-candidate/enabled",schemaPath:"#/properties/holds/properties/unsigned-candidate/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties["unsigned-candidate"].properties.enabled.type,parentSchema:schema52.properties.holds.properties["unsigned-candidate"].properties.enabled,data:data39};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data37.justification !== undefined){
let data40 = data37.justification;
if(typeof data40 === "string"){
if(func1(data40) > 2048){
const err97 = {instancePath:instancePath+"/holds/unsigned-candidate/justification",schemaPath:"#/properties/holds/properties/unsigned-candidate/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties["unsigned-candidate"].properties.justification,data:data40};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(func1(data40) < 1){
const err98 = {instancePath:instancePath+"/holds/unsigned-candidate/justification",schemaPath:"#/properties/holds/properties/unsigned-candidate/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties["unsigned-candidate"].properties.justification,data:data40};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/holds/unsigned-candidate/justification",schemaPath:"#/properties/holds/properties/unsigned-candidate/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties["unsigned-candidate"].properties.justification.type,parentSchema:schema52.properties.holds.properties["unsigned-candidate"].properties.justification,data:data40};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/holds/unsigned-candidate",schemaPath:"#/properties/holds/properties/unsigned-candidate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties["unsigned-candidate"].type,parentSchema:schema52.properties.holds.properties["unsigned-candidate"],data:data37};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data11["provenance-mismatch"] !== undefined){
let data41 = data11["provenance-mismatch"];
const _errs114 = errors;
let valid35 = true;
const _errs115 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
let missing7;
if((data41.enabled === undefined) && (missing7 = "enabled")){
const err101 = {};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
if(data41.enabled !== undefined){
if(false !== data41.enabled){
const err102 = {};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
}
var _valid8 = _errs115 === errors;
errors = _errs114;
if(vErrors !== null){
if(_errs114){
vErrors.length = _errs114;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs117 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.justification === undefined){
const err103 = {instancePath:instancePath+"/holds/provenance-mismatch",schemaPath:"#/properties/holds/properties/provenance-mismatch/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties["provenance-mismatch"].then.required,parentSchema:schema52.properties.holds.properties["provenance-mismatch"].then,data:data41};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
var _valid8 = _errs117 === errors;
valid35 = _valid8;
}
if(!valid35){
const err104 = {instancePath:instancePath+"/holds/provenance-mismatch",schemaPath:"#/properties/holds/properties/provenance-mismatch/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties["provenance-mismatch"].if,parentSchema:schema52.properties.holds.properties["provenance-mismatch"],data:data41};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key12 in data41){
if(!((key12 === "enabled") || (key12 === "justification"))){
const err105 = {instancePath:instancePath+"/holds/provenance-mismatch",schemaPath:"#/properties/holds/properties/provenance-mismatch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties["provenance-mismatch"],data:data41};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data41.enabled !== undefined){
let data43 = data41.enabled;
if(typeof data43 !== "boolean"){
const err106 = {instancePath:instancePath+"/holds/provenance-mismatch/enabled",schemaPath:"#/properties/holds/properties/provenance-mismatch/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties["provenance-mismatch"].properties.enabled.type,parentSchema:schema52.properties.holds.properties["provenance-mismatch"].properties.enabled,data:data43};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data41.justification !== undefined){
let data44 = data41.justification;
if(typeof data44 === "string"){
if(func1(data44) > 2048){
const err107 = {instancePath:instancePath+"/holds/provenance-mismatch/justification",schemaPath:"#/properties/holds/properties/provenance-mismatch/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties["provenance-mismatch"].properties.justification,data:data44};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(func1(data44) < 1){
const err108 = {instancePath:instancePath+"/holds/provenance-mismatch/justification",schemaPath:"#/properties/holds/properties/provenance-mismatch/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties["provenance-mismatch"].properties.justification,data:data44};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/holds/provenance-mismatch/justification",schemaPath:"#/properties/holds/properties/provenance-mismatch/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties["provenance-mismatch"].properties.justification.type,parentSchema:schema52.properties.holds.properties["provenance-mismatch"].properties.justification,data:data44};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/holds/provenance-mismatch",schemaPath:"#/properties/holds/properties/provenance-mismatch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties["provenance-mismatch"].type,parentSchema:schema52.properties.holds.properties["provenance-mismatch"],data:data41};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data11["suspicious-source"] !== undefined){
let data45 = data11["suspicious-source"];
const _errs125 = errors;
let valid38 = true;
const _errs126 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing8;
if((data45.enabled === undefined) && (missing8 = "enabled")){
const err111 = {};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
if(data45.enabled !== undefined){
if(false !== data45.enabled){
const err112 = {};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
}
var _valid9 = _errs126 === errors;
errors = _errs125;
if(vErrors !== null){
if(_errs125){
vErrors.length = _errs125;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs128 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.justification === undefined){
const err113 = {instancePath:instancePath+"/holds/suspicious-source",schemaPath:"#/properties/holds/properties/suspicious-source/then/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema52.properties.holds.properties["suspicious-source"].then.required,parentSchema:schema52.properties.holds.properties["suspicious-source"].then,data:data45};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
var _valid9 = _errs128 === errors;
valid38 = _valid9;
}
if(!valid38){
const err114 = {instancePath:instancePath+"/holds/suspicious-source",schemaPath:"#/properties/holds/properties/suspicious-source/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.properties.holds.properties["suspicious-source"].if,parentSchema:schema52.properties.holds.properties["suspicious-source"],data:data45};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key13 in data45){
if(!((key13 === "enabled") || (key13 === "justification"))){
const err115 = {instancePath:instancePath+"/holds/suspicious-source",schemaPath:"#/properties/holds/properties/suspicious-source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.holds.properties["suspicious-source"],data:data45};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data45.enabled !== undefined){
let data47 = data45.enabled;
if(typeof data47 !== "boolean"){
const err116 = {instancePath:instancePath+"/holds/suspicious-source/enabled",schemaPath:"#/properties/holds/properties/suspicious-source/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.holds.properties["suspicious-source"].properties.enabled.type,parentSchema:schema52.properties.holds.properties["suspicious-source"].properties.enabled,data:data47};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data45.justification !== undefined){
let data48 = data45.justification;
if(typeof data48 === "string"){
if(func1(data48) > 2048){
const err117 = {instancePath:instancePath+"/holds/suspicious-source/justification",schemaPath:"#/properties/holds/properties/suspicious-source/properties/justification/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema52.properties.holds.properties["suspicious-source"].properties.justification,data:data48};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(func1(data48) < 1){
const err118 = {instancePath:instancePath+"/holds/suspicious-source/justification",schemaPath:"#/properties/holds/properties/suspicious-source/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.holds.properties["suspicious-source"].properties.justification,data:data48};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/holds/suspicious-source/justification",schemaPath:"#/properties/holds/properties/suspicious-source/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.holds.properties["suspicious-source"].properties.justification.type,parentSchema:schema52.properties.holds.properties["suspicious-source"].properties.justification,data:data48};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/holds/suspicious-source",schemaPath:"#/properties/holds/properties/suspicious-source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.properties["suspicious-source"].type,parentSchema:schema52.properties.holds.properties["suspicious-source"],data:data45};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/holds",schemaPath:"#/properties/holds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.holds.type,parentSchema:schema52.properties.holds,data:data11};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.limits !== undefined){
let data49 = data.limits;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key14 in data49){
if(!(key14 === "maxFileBytes")){
const err122 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.limits,data:data49};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data49.maxFileBytes !== undefined){
let data50 = data49.maxFileBytes;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err123 = {instancePath:instancePath+"/limits/maxFileBytes",schemaPath:"#/properties/limits/properties/maxFileBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.limits.properties.maxFileBytes.type,parentSchema:schema52.properties.limits.properties.maxFileBytes,data:data50};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 268435456 || isNaN(data50)){
const err124 = {instancePath:instancePath+"/limits/maxFileBytes",schemaPath:"#/properties/limits/properties/maxFileBytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 268435456},message:"must be <= 268435456",schema:268435456,parentSchema:schema52.properties.limits.properties.maxFileBytes,data:data50};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data50 < 1024 || isNaN(data50)){
const err125 = {instancePath:instancePath+"/limits/maxFileBytes",schemaPath:"#/properties/limits/properties/maxFileBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024",schema:1024,parentSchema:schema52.properties.limits.properties.maxFileBytes,data:data50};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
else {
const err126 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.limits.type,parentSchema:schema52.properties.limits,data:data49};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.bundleWriter !== undefined){
let data51 = data.bundleWriter;
if(typeof data51 === "string"){
if(!pattern42.test(data51)){
const err127 = {instancePath:instancePath+"/bundleWriter",schemaPath:"#/properties/bundleWriter/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$",parentSchema:schema52.properties.bundleWriter,data:data51};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/bundleWriter",schemaPath:"#/properties/bundleWriter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.bundleWriter.type,parentSchema:schema52.properties.bundleWriter,data:data51};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.governorAppId !== undefined){
let data52 = data.governorAppId;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err129 = {instancePath:instancePath+"/governorAppId",schemaPath:"#/properties/governorAppId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.governorAppId.type,parentSchema:schema52.properties.governorAppId,data:data52};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 1 || isNaN(data52)){
const err130 = {instancePath:instancePath+"/governorAppId",schemaPath:"#/properties/governorAppId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52.properties.governorAppId,data:data52};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
}
else {
const err131 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}
validate17.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 6164:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/records.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate18;
module.exports["default"] = validate18;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/records.schema.json","title":"Cutover release records file (source kind 'records')","description":"Release facts stated directly by a release system: artifacts, cohorts, rollback pointers, environments, waivers, the change window and the candidate's signature status. Every section is optional.","type":"object","additionalProperties":false,"properties":{"signature":{"description":"Signature status of the candidate tag, when a release system reports it (otherwise the candidate is unsigned).","$ref":"common.schema.json#/$defs/signature"},"components":{"description":"Artifacts, per component.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","artifacts"],"properties":{"name":{"description":"Component name (rendered by the policy's rendering rules into a label).","type":"string","minLength":1,"maxLength":200},"artifacts":{"description":"The component's deployable artifacts.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","version","digest","locator"],"properties":{"name":{"description":"Artifact name, e.g. an image or asset name.","type":"string","minLength":1,"maxLength":255},"version":{"description":"Artifact version.","type":"string","minLength":1,"maxLength":128},"digest":{"description":"Artifact content digest (sha256:<64 hex>).","$ref":"common.schema.json#/$defs/sha256"},"locator":{"description":"Where a deployer fetches it: an OCI reference, a release asset URL, a package URL.","type":"string","minLength":1,"maxLength":2048}}}}}}},"cohorts":{"description":"Rollout cohorts.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","environments"],"anyOf":[{"required":["share"]},{"required":["segment"]}],"properties":{"id":{"description":"Cohort id (rendered by the policy's rendering rules into a label).","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments the cohort is rolled out in.","type":"array","minItems":1,"items":{"type":"string","minLength":1,"maxLength":200}},"share":{"description":"Percentage (0-100) of the population.","type":"number","minimum":0,"maximum":100},"segment":{"description":"The population this cohort is, as text.","type":"string","minLength":1,"maxLength":512},"flags":{"description":"Feature flags and the variants this cohort receives. Default: none.","type":"array","items":{"$ref":"common.schema.json#/$defs/cohortFlag"}}}}},"rollback":{"description":"Rollback pointers, hooks and evidence, per component.","type":"array","items":{"type":"object","additionalProperties":false,"required":["component"],"properties":{"component":{"description":"The component this rollback entry is for.","type":"string","minLength":1,"maxLength":200},"pointer":{"description":"The previously approved artifact to return to.","type":"object","additionalProperties":false,"required":["version","digest"],"properties":{"version":{"description":"Version of the artifact to return to.","type":"string","minLength":1,"maxLength":128},"digest":{"description":"Digest of the artifact to return to.","$ref":"common.schema.json#/$defs/sha256"}}},"hook":{"description":"Reference to the rollback hook (a runbook, a job, a workflow); never executed by Cutover.","type":"string","minLength":1,"maxLength":2048},"evidence":{"description":"Evidence that the rollback works. Default: none (a missing-rollback-evidence hold).","type":"array","items":{"$ref":"common.schema.json#/$defs/rollbackEvidence"}}}}},"environments":{"description":"Environments the bundle may target.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Environment name (rendered by the policy's rendering rules into a label).","type":"string","minLength":1,"maxLength":200},"constraints":{"description":"Limits cutover/environment checks for this environment. Default: none.","$ref":"common.schema.json#/$defs/environmentConstraints"}}}},"waivers":{"description":"Waivers of findings for this release.","type":"array","items":{"$ref":"common.schema.json#/$defs/waiver"}},"window":{"description":"The change window (exactly one across all sources).","$ref":"common.schema.json#/$defs/window"}}};
const schema5 = {"type":"object","additionalProperties":false,"required":["verified","reason"],"properties":{"verified":{"description":"True only when the signing system verified the candidate tag's signature; false is an unsigned-candidate hold.","type":"boolean"},"reason":{"description":"The signing system's reason, e.g. GitHub's verification.reason ('valid', 'unsigned', 'invalid', ...).","type":"string","minLength":1,"maxLength":100}}};
const schema7 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema11 = {"type":"object","additionalProperties":false,"required":["key","variant"],"properties":{"key":{"description":"Feature flag key.","type":"string","minLength":1,"maxLength":200},"variant":{"description":"The flag variant this cohort receives.","type":"string","minLength":1,"maxLength":200}}};
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const schema14 = {"type":"object","additionalProperties":false,"required":["kind","ref"],"properties":{"kind":{"description":"What kind of evidence this is, e.g. 'drill', 'runbook', 'test-run' (free text).","type":"string","minLength":1,"maxLength":100},"ref":{"description":"Reference to the evidence: a URL, a job or a document id.","$ref":"#/$defs/text"},"at":{"description":"When the evidence was produced (RFC 3339).","$ref":"#/$defs/time"}}};
const schema15 = {"type":"string","minLength":1,"maxLength":4096};
const schema16 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];
const pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate19.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ref === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "ref")) || (key0 === "at"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema14.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.kind.type,parentSchema:schema14.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ref !== undefined){
let data1 = data.ref;
if(typeof data1 === "string"){
if(func1(data1) > 4096){
const err6 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.at !== undefined){
let data2 = data.at;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
validate19.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema18 = {"type":"object","additionalProperties":false,"properties":{"maxCohortShare":{"description":"Largest share (percent) any single cohort may take in this environment; more fails cutover/environment (a scope-drift hold at assembly).","type":"number","minimum":0,"maximum":100},"requireRollbackHook":{"description":"When true, every rollback entry must name a hook; one without fails cutover/environment (a scope-drift hold at assembly).","type":"boolean"},"allowedQueues":{"description":"Deployment queues allowed to deploy to this environment; when given, a deployment queue not in the list (the manifest's; at assembly the window's, a scope-drift hold) fails cutover/environment.","type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}};
const schema2 = {"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"};
const pattern0 = new RegExp("^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$", "u");
const func32 = (__webpack_require__(4951)/* ["default"] */ .A);

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "maxCohortShare") || (key0 === "requireRollbackHook")) || (key0 === "allowedQueues"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.maxCohortShare !== undefined){
let data0 = data.maxCohortShare;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/maxCohortShare",schemaPath:"#/properties/maxCohortShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema18.properties.maxCohortShare,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/maxCohortShare",schemaPath:"#/properties/maxCohortShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema18.properties.maxCohortShare,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/maxCohortShare",schemaPath:"#/properties/maxCohortShare/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema18.properties.maxCohortShare.type,parentSchema:schema18.properties.maxCohortShare,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.requireRollbackHook !== undefined){
let data1 = data.requireRollbackHook;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/requireRollbackHook",schemaPath:"#/properties/requireRollbackHook/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.requireRollbackHook.type,parentSchema:schema18.properties.requireRollbackHook,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.allowedQueues !== undefined){
let data2 = data.allowedQueues;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err5 = {instancePath:instancePath+"/allowedQueues/" + i0,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/allowedQueues/" + i0,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func32(data2[i1], data2[j0])){
const err7 = {instancePath:instancePath+"/allowedQueues",schemaPath:"#/properties/allowedQueues/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema18.properties.allowedQueues,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/allowedQueues",schemaPath:"#/properties/allowedQueues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.allowedQueues.type,parentSchema:schema18.properties.allowedQueues,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema20 = {"type":"object","additionalProperties":false,"required":["id","subject","status","owner","expiresAt"],"properties":{"id":{"description":"Waiver id (a label), unique within the bundle.","$ref":"#/$defs/label"},"subject":{"description":"What it waives, e.g. a dependency purl or a finding id.","$ref":"#/$defs/text"},"status":{"description":"Only 'approved' counts: 'pending' or 'rejected' is a waiver-pending hold.","enum":["approved","pending","rejected"]},"owner":{"description":"Who owns the waiver (a person or team).","$ref":"#/$defs/text"},"expiresAt":{"description":"When the waiver ends (RFC 3339); before the change window ends (plus the policy's marginMinutes) is a waiver-expired hold.","$ref":"#/$defs/time"},"reason":{"description":"Why the waiver was granted.","$ref":"#/$defs/text"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.subject === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.owner === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.expiresAt === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expiresAt"},message:"must have required property '"+"expiresAt"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "subject")) || (key0 === "status")) || (key0 === "owner")) || (key0 === "expiresAt")) || (key0 === "reason"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.subject !== undefined){
let data1 = data.subject;
if(typeof data1 === "string"){
if(func1(data1) > 4096){
const err8 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((data2 === "approved") || (data2 === "pending")) || (data2 === "rejected"))){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema20.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.status.enum,parentSchema:schema20.properties.status,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.owner !== undefined){
let data3 = data.owner;
if(typeof data3 === "string"){
if(func1(data3) > 4096){
const err12 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.expiresAt !== undefined){
let data4 = data.expiresAt;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err15 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0.validate(data4))){
const err16 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.reason !== undefined){
let data5 = data.reason;
if(typeof data5 === "string"){
if(func1(data5) > 4096){
const err18 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data5) < 1){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data5};
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
const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema26 = {"type":"object","additionalProperties":false,"required":["queue","start","end","changeRecord","environments"],"properties":{"queue":{"description":"The deployment queue that may act in this window; the manifest binds it, and allowedQueues of each environment are checked against it.","$ref":"#/$defs/label"},"start":{"description":"Start of the change window (RFC 3339).","$ref":"#/$defs/time"},"end":{"description":"End of the change window (RFC 3339); after start.","$ref":"#/$defs/time"},"changeRecord":{"description":"Id of the change record in the change-management system (e.g. CHG0031337).","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments this window covers; a cohort or environment outside them is a scope-drift hold.","type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.queue === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queue"},message:"must have required property '"+"queue"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.start === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.end === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.changeRecord === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changeRecord"},message:"must have required property '"+"changeRecord"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.environments === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "queue") || (key0 === "start")) || (key0 === "end")) || (key0 === "changeRecord")) || (key0 === "environments"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.queue !== undefined){
let data0 = data.queue;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/queue",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/queue",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.start !== undefined){
let data1 = data.start;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err8 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.end !== undefined){
let data2 = data.end;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err11 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats0.validate(data2))){
const err12 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.changeRecord !== undefined){
let data3 = data.changeRecord;
if(typeof data3 === "string"){
if(func1(data3) > 200){
const err14 = {instancePath:instancePath+"/changeRecord",schemaPath:"#/properties/changeRecord/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema26.properties.changeRecord,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data3) < 1){
const err15 = {instancePath:instancePath+"/changeRecord",schemaPath:"#/properties/changeRecord/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.changeRecord,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/changeRecord",schemaPath:"#/properties/changeRecord/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.changeRecord.type,parentSchema:schema26.properties.changeRecord,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.environments !== undefined){
let data4 = data.environments;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err17 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func32(data4[i1], data4[j0])){
const err19 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema26.properties.environments,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.environments.type,parentSchema:schema26.properties.environments,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/records.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "signature") || (key0 === "components")) || (key0 === "cohorts")) || (key0 === "rollback")) || (key0 === "environments")) || (key0 === "waivers")) || (key0 === "window"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.signature !== undefined){
let data0 = data.signature;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.verified === undefined){
const err1 = {instancePath:instancePath+"/signature",schemaPath:"common.schema.json#/$defs/signature/required",keyword:"required",params:{missingProperty: "verified"},message:"must have required property '"+"verified"+"'",schema:schema5.required,parentSchema:schema5,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.reason === undefined){
const err2 = {instancePath:instancePath+"/signature",schemaPath:"common.schema.json#/$defs/signature/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema5.required,parentSchema:schema5,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "verified") || (key1 === "reason"))){
const err3 = {instancePath:instancePath+"/signature",schemaPath:"common.schema.json#/$defs/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.verified !== undefined){
let data1 = data0.verified;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/signature/verified",schemaPath:"common.schema.json#/$defs/signature/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema5.properties.verified.type,parentSchema:schema5.properties.verified,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.reason !== undefined){
let data2 = data0.reason;
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err5 = {instancePath:instancePath+"/signature/reason",schemaPath:"common.schema.json#/$defs/signature/properties/reason/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema5.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data2) < 1){
const err6 = {instancePath:instancePath+"/signature/reason",schemaPath:"common.schema.json#/$defs/signature/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema5.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/signature/reason",schemaPath:"common.schema.json#/$defs/signature/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.reason.type,parentSchema:schema5.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/signature",schemaPath:"common.schema.json#/$defs/signature/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.components !== undefined){
let data3 = data.components;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err9 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema56.properties.components.items.required,parentSchema:schema56.properties.components.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.artifacts === undefined){
const err10 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'",schema:schema56.properties.components.items.required,parentSchema:schema56.properties.components.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "name") || (key2 === "artifacts"))){
const err11 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.components.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(func1(data5) > 200){
const err12 = {instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"#/properties/components/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema56.properties.components.items.properties.name,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data5) < 1){
const err13 = {instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"#/properties/components/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.components.items.properties.name,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"#/properties/components/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.components.items.properties.name.type,parentSchema:schema56.properties.components.items.properties.name,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.artifacts !== undefined){
let data6 = data4.artifacts;
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/components/" + i0+"/artifacts",schemaPath:"#/properties/components/items/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.components.items.properties.artifacts,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err16 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema56.properties.components.items.properties.artifacts.items.required,parentSchema:schema56.properties.components.items.properties.artifacts.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.version === undefined){
const err17 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema56.properties.components.items.properties.artifacts.items.required,parentSchema:schema56.properties.components.items.properties.artifacts.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.digest === undefined){
const err18 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema56.properties.components.items.properties.artifacts.items.required,parentSchema:schema56.properties.components.items.properties.artifacts.items,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.locator === undefined){
const err19 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "locator"},message:"must have required property '"+"locator"+"'",schema:schema56.properties.components.items.properties.artifacts.items.required,parentSchema:schema56.properties.components.items.properties.artifacts.items,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data7){
if(!((((key3 === "name") || (key3 === "version")) || (key3 === "digest")) || (key3 === "locator"))){
const err20 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.components.items.properties.artifacts.items,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(func1(data8) > 255){
const err21 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/name",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.name,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func1(data8) < 1){
const err22 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/name",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.name,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/name",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.components.items.properties.artifacts.items.properties.name.type,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.name,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.version !== undefined){
let data9 = data7.version;
if(typeof data9 === "string"){
if(func1(data9) > 128){
const err24 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/version",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/version/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.version,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func1(data9) < 1){
const err25 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/version",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.version,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/version",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.components.items.properties.artifacts.items.properties.version.type,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.version,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.digest !== undefined){
let data10 = data7.digest;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err27 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/digest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/digest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.locator !== undefined){
let data11 = data7.locator;
if(typeof data11 === "string"){
if(func1(data11) > 2048){
const err29 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/locator",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/locator/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.locator,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data11) < 1){
const err30 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/locator",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/locator/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.locator,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1+"/locator",schemaPath:"#/properties/components/items/properties/artifacts/items/properties/locator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.components.items.properties.artifacts.items.properties.locator.type,parentSchema:schema56.properties.components.items.properties.artifacts.items.properties.locator,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/components/" + i0+"/artifacts/" + i1,schemaPath:"#/properties/components/items/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.components.items.properties.artifacts.items.type,parentSchema:schema56.properties.components.items.properties.artifacts.items,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/components/" + i0+"/artifacts",schemaPath:"#/properties/components/items/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.components.items.properties.artifacts.type,parentSchema:schema56.properties.components.items.properties.artifacts,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.components.items.type,parentSchema:schema56.properties.components.items,data:data4};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.components.type,parentSchema:schema56.properties.components,data:data3};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.cohorts !== undefined){
let data12 = data.cohorts;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs35 = errors;
let valid12 = false;
const _errs36 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.share === undefined){
const err36 = {instancePath:instancePath+"/cohorts/" + i2,schemaPath:"#/properties/cohorts/items/anyOf/0/required",keyword:"required",params:{missingProperty: "share"},message:"must have required property '"+"share"+"'",schema:schema56.properties.cohorts.items.anyOf[0].required,parentSchema:schema56.properties.cohorts.items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var _valid0 = _errs36 === errors;
valid12 = valid12 || _valid0;
const _errs37 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.segment === undefined){
const err37 = {instancePath:instancePath+"/cohorts/" + i2,schemaPath:"#/properties/cohorts/items/anyOf/1/required",keyword:"required",params:{missingProperty: "segment"},message:"must have required property '"+"segment"+"'",schema:schema56.properties.cohorts.items.anyOf[1].required,parentSchema:schema56.properties.cohorts.items.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var _valid0 = _errs37 === errors;
valid12 = valid12 || _valid0;
if(!valid12){
const err38 = {instancePath:instancePath+"/cohorts/" + i2,schemaPath:"#/properties/cohorts/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema56.properties.cohorts.items.anyOf,parentSchema:schema56.properties.cohorts.items,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.id === undefined){
const err39 = {instancePath:instancePath+"/cohorts/" + i2,schemaPath:"#/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema56.properties.cohorts.items.required,parentSchema:schema56.properties.cohorts.items,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13.environments === undefined){
const err40 = {instancePath:instancePath+"/cohorts/" + i2,schemaPath:"#/properties/cohorts/items/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema56.properties.cohorts.items.required,parentSchema:schema56.properties.cohorts.items,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data13){
if(!(((((key4 === "id") || (key4 === "environments")) || (key4 === "share")) || (key4 === "segment")) || (key4 === "flags"))){
const err41 = {instancePath:instancePath+"/cohorts/" + i2,schemaPath:"#/properties/cohorts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.cohorts.items,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data13.id !== undefined){
let data14 = data13.id;
if(typeof data14 === "string"){
if(func1(data14) > 200){
const err42 = {instancePath:instancePath+"/cohorts/" + i2+"/id",schemaPath:"#/properties/cohorts/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema56.properties.cohorts.items.properties.id,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func1(data14) < 1){
const err43 = {instancePath:instancePath+"/cohorts/" + i2+"/id",schemaPath:"#/properties/cohorts/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.cohorts.items.properties.id,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/cohorts/" + i2+"/id",schemaPath:"#/properties/cohorts/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.cohorts.items.properties.id.type,parentSchema:schema56.properties.cohorts.items.properties.id,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data13.environments !== undefined){
let data15 = data13.environments;
if(Array.isArray(data15)){
if(data15.length < 1){
const err45 = {instancePath:instancePath+"/cohorts/" + i2+"/environments",schemaPath:"#/properties/cohorts/items/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.cohorts.items.properties.environments,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
if(typeof data16 === "string"){
if(func1(data16) > 200){
const err46 = {instancePath:instancePath+"/cohorts/" + i2+"/environments/" + i3,schemaPath:"#/properties/cohorts/items/properties/environments/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema56.properties.cohorts.items.properties.environments.items,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(func1(data16) < 1){
const err47 = {instancePath:instancePath+"/cohorts/" + i2+"/environments/" + i3,schemaPath:"#/properties/cohorts/items/properties/environments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.cohorts.items.properties.environments.items,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/cohorts/" + i2+"/environments/" + i3,schemaPath:"#/properties/cohorts/items/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.cohorts.items.properties.environments.items.type,parentSchema:schema56.properties.cohorts.items.properties.environments.items,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/cohorts/" + i2+"/environments",schemaPath:"#/properties/cohorts/items/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.cohorts.items.properties.environments.type,parentSchema:schema56.properties.cohorts.items.properties.environments,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data13.share !== undefined){
let data17 = data13.share;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
const err50 = {instancePath:instancePath+"/cohorts/" + i2+"/share",schemaPath:"#/properties/cohorts/items/properties/share/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema56.properties.cohorts.items.properties.share,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err51 = {instancePath:instancePath+"/cohorts/" + i2+"/share",schemaPath:"#/properties/cohorts/items/properties/share/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema56.properties.cohorts.items.properties.share,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/cohorts/" + i2+"/share",schemaPath:"#/properties/cohorts/items/properties/share/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema56.properties.cohorts.items.properties.share.type,parentSchema:schema56.properties.cohorts.items.properties.share,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data13.segment !== undefined){
let data18 = data13.segment;
if(typeof data18 === "string"){
if(func1(data18) > 512){
const err53 = {instancePath:instancePath+"/cohorts/" + i2+"/segment",schemaPath:"#/properties/cohorts/items/properties/segment/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema56.properties.cohorts.items.properties.segment,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(func1(data18) < 1){
const err54 = {instancePath:instancePath+"/cohorts/" + i2+"/segment",schemaPath:"#/properties/cohorts/items/properties/segment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.cohorts.items.properties.segment,data:data18};
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
const err55 = {instancePath:instancePath+"/cohorts/" + i2+"/segment",schemaPath:"#/properties/cohorts/items/properties/segment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.cohorts.items.properties.segment.type,parentSchema:schema56.properties.cohorts.items.properties.segment,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data13.flags !== undefined){
let data19 = data13.flags;
if(Array.isArray(data19)){
const len4 = data19.length;
for(let i4=0; i4<len4; i4++){
let data20 = data19[i4];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.key === undefined){
const err56 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4,schemaPath:"common.schema.json#/$defs/cohortFlag/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema11.required,parentSchema:schema11,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data20.variant === undefined){
const err57 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4,schemaPath:"common.schema.json#/$defs/cohortFlag/required",keyword:"required",params:{missingProperty: "variant"},message:"must have required property '"+"variant"+"'",schema:schema11.required,parentSchema:schema11,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key5 in data20){
if(!((key5 === "key") || (key5 === "variant"))){
const err58 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4,schemaPath:"common.schema.json#/$defs/cohortFlag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.key !== undefined){
let data21 = data20.key;
if(typeof data21 === "string"){
if(func1(data21) > 200){
const err59 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4+"/key",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/key/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.key,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func1(data21) < 1){
const err60 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4+"/key",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.key,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4+"/key",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.key.type,parentSchema:schema11.properties.key,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data20.variant !== undefined){
let data22 = data20.variant;
if(typeof data22 === "string"){
if(func1(data22) > 200){
const err62 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4+"/variant",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/variant/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.variant,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func1(data22) < 1){
const err63 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4+"/variant",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/variant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.variant,data:data22};
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
const err64 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4+"/variant",schemaPath:"common.schema.json#/$defs/cohortFlag/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.variant.type,parentSchema:schema11.properties.variant,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/cohorts/" + i2+"/flags/" + i4,schemaPath:"common.schema.json#/$defs/cohortFlag/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/cohorts/" + i2+"/flags",schemaPath:"#/properties/cohorts/items/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.cohorts.items.properties.flags.type,parentSchema:schema56.properties.cohorts.items.properties.flags,data:data19};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/cohorts/" + i2,schemaPath:"#/properties/cohorts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.cohorts.items.type,parentSchema:schema56.properties.cohorts.items,data:data13};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/cohorts",schemaPath:"#/properties/cohorts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.cohorts.type,parentSchema:schema56.properties.cohorts,data:data12};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.rollback !== undefined){
let data23 = data.rollback;
if(Array.isArray(data23)){
const len5 = data23.length;
for(let i5=0; i5<len5; i5++){
let data24 = data23[i5];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.component === undefined){
const err69 = {instancePath:instancePath+"/rollback/" + i5,schemaPath:"#/properties/rollback/items/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema56.properties.rollback.items.required,parentSchema:schema56.properties.rollback.items,data:data24};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key6 in data24){
if(!((((key6 === "component") || (key6 === "pointer")) || (key6 === "hook")) || (key6 === "evidence"))){
const err70 = {instancePath:instancePath+"/rollback/" + i5,schemaPath:"#/properties/rollback/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.rollback.items,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data24.component !== undefined){
let data25 = data24.component;
if(typeof data25 === "string"){
if(func1(data25) > 200){
const err71 = {instancePath:instancePath+"/rollback/" + i5+"/component",schemaPath:"#/properties/rollback/items/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema56.properties.rollback.items.properties.component,data:data25};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(func1(data25) < 1){
const err72 = {instancePath:instancePath+"/rollback/" + i5+"/component",schemaPath:"#/properties/rollback/items/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.rollback.items.properties.component,data:data25};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/rollback/" + i5+"/component",schemaPath:"#/properties/rollback/items/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.rollback.items.properties.component.type,parentSchema:schema56.properties.rollback.items.properties.component,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data24.pointer !== undefined){
let data26 = data24.pointer;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.version === undefined){
const err74 = {instancePath:instancePath+"/rollback/" + i5+"/pointer",schemaPath:"#/properties/rollback/items/properties/pointer/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema56.properties.rollback.items.properties.pointer.required,parentSchema:schema56.properties.rollback.items.properties.pointer,data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data26.digest === undefined){
const err75 = {instancePath:instancePath+"/rollback/" + i5+"/pointer",schemaPath:"#/properties/rollback/items/properties/pointer/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema56.properties.rollback.items.properties.pointer.required,parentSchema:schema56.properties.rollback.items.properties.pointer,data:data26};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key7 in data26){
if(!((key7 === "version") || (key7 === "digest"))){
const err76 = {instancePath:instancePath+"/rollback/" + i5+"/pointer",schemaPath:"#/properties/rollback/items/properties/pointer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.rollback.items.properties.pointer,data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data26.version !== undefined){
let data27 = data26.version;
if(typeof data27 === "string"){
if(func1(data27) > 128){
const err77 = {instancePath:instancePath+"/rollback/" + i5+"/pointer/version",schemaPath:"#/properties/rollback/items/properties/pointer/properties/version/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema56.properties.rollback.items.properties.pointer.properties.version,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(func1(data27) < 1){
const err78 = {instancePath:instancePath+"/rollback/" + i5+"/pointer/version",schemaPath:"#/properties/rollback/items/properties/pointer/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.rollback.items.properties.pointer.properties.version,data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/rollback/" + i5+"/pointer/version",schemaPath:"#/properties/rollback/items/properties/pointer/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.rollback.items.properties.pointer.properties.version.type,parentSchema:schema56.properties.rollback.items.properties.pointer.properties.version,data:data27};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data26.digest !== undefined){
let data28 = data26.digest;
if(typeof data28 === "string"){
if(!pattern5.test(data28)){
const err80 = {instancePath:instancePath+"/rollback/" + i5+"/pointer/digest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema7,data:data28};
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
const err81 = {instancePath:instancePath+"/rollback/" + i5+"/pointer/digest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data28};
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
const err82 = {instancePath:instancePath+"/rollback/" + i5+"/pointer",schemaPath:"#/properties/rollback/items/properties/pointer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.rollback.items.properties.pointer.type,parentSchema:schema56.properties.rollback.items.properties.pointer,data:data26};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data24.hook !== undefined){
let data29 = data24.hook;
if(typeof data29 === "string"){
if(func1(data29) > 2048){
const err83 = {instancePath:instancePath+"/rollback/" + i5+"/hook",schemaPath:"#/properties/rollback/items/properties/hook/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema56.properties.rollback.items.properties.hook,data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(func1(data29) < 1){
const err84 = {instancePath:instancePath+"/rollback/" + i5+"/hook",schemaPath:"#/properties/rollback/items/properties/hook/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.rollback.items.properties.hook,data:data29};
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
const err85 = {instancePath:instancePath+"/rollback/" + i5+"/hook",schemaPath:"#/properties/rollback/items/properties/hook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.rollback.items.properties.hook.type,parentSchema:schema56.properties.rollback.items.properties.hook,data:data29};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data24.evidence !== undefined){
let data30 = data24.evidence;
if(Array.isArray(data30)){
const len6 = data30.length;
for(let i6=0; i6<len6; i6++){
if(!(validate19(data30[i6], {instancePath:instancePath+"/rollback/" + i5+"/evidence/" + i6,parentData:data30,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err86 = {instancePath:instancePath+"/rollback/" + i5+"/evidence",schemaPath:"#/properties/rollback/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.rollback.items.properties.evidence.type,parentSchema:schema56.properties.rollback.items.properties.evidence,data:data30};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/rollback/" + i5,schemaPath:"#/properties/rollback/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.rollback.items.type,parentSchema:schema56.properties.rollback.items,data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.rollback.type,parentSchema:schema56.properties.rollback,data:data23};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.environments !== undefined){
let data32 = data.environments;
if(Array.isArray(data32)){
const len7 = data32.length;
for(let i7=0; i7<len7; i7++){
let data33 = data32[i7];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.name === undefined){
const err89 = {instancePath:instancePath+"/environments/" + i7,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema56.properties.environments.items.required,parentSchema:schema56.properties.environments.items,data:data33};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key8 in data33){
if(!((key8 === "name") || (key8 === "constraints"))){
const err90 = {instancePath:instancePath+"/environments/" + i7,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.environments.items,data:data33};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data33.name !== undefined){
let data34 = data33.name;
if(typeof data34 === "string"){
if(func1(data34) > 200){
const err91 = {instancePath:instancePath+"/environments/" + i7+"/name",schemaPath:"#/properties/environments/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema56.properties.environments.items.properties.name,data:data34};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(func1(data34) < 1){
const err92 = {instancePath:instancePath+"/environments/" + i7+"/name",schemaPath:"#/properties/environments/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.environments.items.properties.name,data:data34};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/environments/" + i7+"/name",schemaPath:"#/properties/environments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.environments.items.properties.name.type,parentSchema:schema56.properties.environments.items.properties.name,data:data34};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data33.constraints !== undefined){
if(!(validate21(data33.constraints, {instancePath:instancePath+"/environments/" + i7+"/constraints",parentData:data33,parentDataProperty:"constraints",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err94 = {instancePath:instancePath+"/environments/" + i7,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.environments.items.type,parentSchema:schema56.properties.environments.items,data:data33};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.environments.type,parentSchema:schema56.properties.environments,data:data32};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.waivers !== undefined){
let data36 = data.waivers;
if(Array.isArray(data36)){
const len8 = data36.length;
for(let i8=0; i8<len8; i8++){
if(!(validate23(data36[i8], {instancePath:instancePath+"/waivers/" + i8,parentData:data36,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err96 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.waivers.type,parentSchema:schema56.properties.waivers,data:data36};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.window !== undefined){
if(!(validate25(data.window, {instancePath:instancePath+"/window",parentData:data,parentDataProperty:"window",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err97 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}
validate18.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 4823:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/seal-record.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate27;
module.exports["default"] = validate27;
const schema77 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/seal-record.schema.json","title":"Cutover seal record (annotated tag message)","description":"The approval record carried by the annotated tag cutover/<product>/<release>/r<revision> on the merged commit.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","revision","bundleDigest","queue","window","requiredTeams","repository","pullRequest","headSha","mergeCommit","mergeMethod","mergedAt","approvers","supersedes","handoff"],"properties":{"schemaVersion":{"description":"Version of this record format: 1.","const":1},"product":{"description":"The product, as in the manifest.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release, as in the manifest.","$ref":"common.schema.json#/$defs/label"},"revision":{"description":"The sealed revision, as in the manifest and the tag name.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"The bundle digest the manifest binds, recomputed from the tagged commit when read.","$ref":"common.schema.json#/$defs/sha256"},"queue":{"description":"The deployment queue the revision is handed to.","$ref":"common.schema.json#/$defs/label"},"window":{"description":"The change window, as in the manifest.","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"description":"Start of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"end":{"description":"End of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"}}},"requiredTeams":{"description":"The approver teams the manifest required.","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/team"}},"repository":{"description":"The release-bundles repository (owner/name).","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pullRequest":{"description":"Number of the merged bundle pull request.","type":"integer","minimum":1},"headSha":{"description":"Head commit of the pull request that was approved and checked.","$ref":"common.schema.json#/$defs/commit"},"mergeCommit":{"description":"The merged commit the tag points at.","$ref":"common.schema.json#/$defs/commit"},"mergeMethod":{"description":"How the pull request was merged, as seen from the commits: 'squash-or-rebase' when one commit cannot tell them apart.","enum":["merge","squash","rebase","squash-or-rebase"]},"mergedAt":{"description":"When the pull request was merged (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"approvers":{"description":"The approvals that satisfied the required teams.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["login","team","reviewId","commitId"],"properties":{"login":{"description":"GitHub login of the approver.","type":"string","minLength":1,"maxLength":100},"team":{"description":"The required team the approval counted for.","$ref":"common.schema.json#/$defs/team"},"reviewId":{"description":"Id of the approving pull request review.","type":"integer","minimum":1},"commitId":{"description":"The commit the review approved (the pull request's head).","$ref":"common.schema.json#/$defs/commit"}}}},"supersedes":{"description":"The revision this one replaces, or null, as in the manifest.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["revision","bundleDigest"],"properties":{"revision":{"description":"Revision number of the superseded revision.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"Bundle digest of the superseded revision.","$ref":"common.schema.json#/$defs/sha256"}}}]},"handoff":{"description":"The hand-off statement, as in the manifest.","type":"string","minLength":1}}};
const schema2 = {"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"};
const schema44 = {"description":"A revision number: 1 to 999999999, the most a seal tag cutover/<product>/<release>/r<revision> carries (MAX_REVISION in src/domain/names.ts).","type":"integer","minimum":1,"maximum":999999999};
const schema7 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema16 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const schema49 = {"description":"A GitHub team as org/slug, or a slug alone meaning a team of the bundles repository's organization.","type":"string","pattern":"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"};
const schema4 = {"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"};
const func0 = Object.prototype.hasOwnProperty;
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern0 = new RegExp("^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$", "u");
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const pattern37 = new RegExp("^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern2 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/seal-record.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.release === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.revision === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bundleDigest === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundleDigest"},message:"must have required property '"+"bundleDigest"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.queue === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queue"},message:"must have required property '"+"queue"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.window === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.requiredTeams === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requiredTeams"},message:"must have required property '"+"requiredTeams"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.repository === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.pullRequest === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pullRequest"},message:"must have required property '"+"pullRequest"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.headSha === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headSha"},message:"must have required property '"+"headSha"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.mergeCommit === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergeCommit"},message:"must have required property '"+"mergeCommit"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.mergeMethod === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergeMethod"},message:"must have required property '"+"mergeMethod"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.mergedAt === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergedAt"},message:"must have required property '"+"mergedAt"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.approvers === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvers"},message:"must have required property '"+"approvers"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.supersedes === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supersedes"},message:"must have required property '"+"supersedes"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.handoff === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handoff"},message:"must have required property '"+"handoff"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema77.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
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
const err18 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema77.properties.schemaVersion,data:data0};
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
const err23 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.type,parentSchema:schema44,data:data3};
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
const err24 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err25 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema44,data:data3};
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
const err30 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema77.properties.window.required,parentSchema:schema77.properties.window,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data6.end === undefined){
const err31 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema77.properties.window.required,parentSchema:schema77.properties.window,data:data6};
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
const err32 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.window,data:data6};
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
if(!pattern12.test(data7)){
const err33 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(formats0.validate(data7))){
const err34 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data7};
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
const err35 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data7};
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
if(!pattern12.test(data8)){
const err36 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(formats0.validate(data8))){
const err37 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data8};
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
const err38 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data8};
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
const err39 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.window.type,parentSchema:schema77.properties.window,data:data6};
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
const err40 = {instancePath:instancePath+"/requiredTeams",schemaPath:"#/properties/requiredTeams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema77.properties.requiredTeams,data:data9};
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
if(!pattern37.test(data10)){
const err41 = {instancePath:instancePath+"/requiredTeams/" + i0,schemaPath:"common.schema.json#/$defs/team/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema49,data:data10};
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
const err42 = {instancePath:instancePath+"/requiredTeams/" + i0,schemaPath:"common.schema.json#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data10};
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
const err43 = {instancePath:instancePath+"/requiredTeams",schemaPath:"#/properties/requiredTeams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.requiredTeams.type,parentSchema:schema77.properties.requiredTeams,data:data9};
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
const err44 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema77.properties.repository,data:data11};
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
const err45 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.repository.type,parentSchema:schema77.properties.repository,data:data11};
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
const err46 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema77.properties.pullRequest.type,parentSchema:schema77.properties.pullRequest,data:data12};
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
const err47 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema77.properties.pullRequest,data:data12};
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
const err52 = {instancePath:instancePath+"/mergeMethod",schemaPath:"#/properties/mergeMethod/enum",keyword:"enum",params:{allowedValues: schema77.properties.mergeMethod.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.mergeMethod.enum,parentSchema:schema77.properties.mergeMethod,data:data15};
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
if(!pattern12.test(data16)){
const err53 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(formats0.validate(data16))){
const err54 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data16};
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
const err55 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data16};
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
const err56 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema77.properties.approvers,data:data17};
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
const err57 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema77.properties.approvers.items.required,parentSchema:schema77.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data18.team === undefined){
const err58 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'",schema:schema77.properties.approvers.items.required,parentSchema:schema77.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data18.reviewId === undefined){
const err59 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "reviewId"},message:"must have required property '"+"reviewId"+"'",schema:schema77.properties.approvers.items.required,parentSchema:schema77.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data18.commitId === undefined){
const err60 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "commitId"},message:"must have required property '"+"commitId"+"'",schema:schema77.properties.approvers.items.required,parentSchema:schema77.properties.approvers.items,data:data18};
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
const err61 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.approvers.items,data:data18};
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
const err62 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema77.properties.approvers.items.properties.login,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func1(data19) < 1){
const err63 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.approvers.items.properties.login,data:data19};
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
const err64 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.approvers.items.properties.login.type,parentSchema:schema77.properties.approvers.items.properties.login,data:data19};
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
if(!pattern37.test(data20)){
const err65 = {instancePath:instancePath+"/approvers/" + i1+"/team",schemaPath:"common.schema.json#/$defs/team/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema49,data:data20};
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
const err66 = {instancePath:instancePath+"/approvers/" + i1+"/team",schemaPath:"common.schema.json#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data20};
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
const err67 = {instancePath:instancePath+"/approvers/" + i1+"/reviewId",schemaPath:"#/properties/approvers/items/properties/reviewId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema77.properties.approvers.items.properties.reviewId.type,parentSchema:schema77.properties.approvers.items.properties.reviewId,data:data21};
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
const err68 = {instancePath:instancePath+"/approvers/" + i1+"/reviewId",schemaPath:"#/properties/approvers/items/properties/reviewId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema77.properties.approvers.items.properties.reviewId,data:data21};
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
const err71 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.approvers.items.type,parentSchema:schema77.properties.approvers.items,data:data18};
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
const err72 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.approvers.type,parentSchema:schema77.properties.approvers,data:data17};
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
const err73 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema77.properties.supersedes.oneOf[0].type,parentSchema:schema77.properties.supersedes.oneOf[0],data:data23};
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
const err74 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema77.properties.supersedes.oneOf[1].required,parentSchema:schema77.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data23.bundleDigest === undefined){
const err75 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/required",keyword:"required",params:{missingProperty: "bundleDigest"},message:"must have required property '"+"bundleDigest"+"'",schema:schema77.properties.supersedes.oneOf[1].required,parentSchema:schema77.properties.supersedes.oneOf[1],data:data23};
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
const err76 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.supersedes.oneOf[1],data:data23};
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
const err77 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.type,parentSchema:schema44,data:data24};
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
const err78 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema44,data:data24};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err79 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema44,data:data24};
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
const err82 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.supersedes.oneOf[1].type,parentSchema:schema77.properties.supersedes.oneOf[1],data:data23};
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
const err83 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema77.properties.supersedes.oneOf,parentSchema:schema77.properties.supersedes,data:data23};
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
const err84 = {instancePath:instancePath+"/handoff",schemaPath:"#/properties/handoff/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.handoff,data:data26};
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
const err85 = {instancePath:instancePath+"/handoff",schemaPath:"#/properties/handoff/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.handoff.type,parentSchema:schema77.properties.handoff,data:data26};
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
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 2456:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate30;
module.exports["default"] = validate30;
const schema99 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json","title":"Source kind 'cyclonedx': a CycloneDX 1.4-1.6 JSON SBOM in the workspace, describing one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'cyclonedx': a CycloneDX 1.4-1.6 JSON SBOM whose components become dependencies of one component.","const":"cyclonedx"},"path":{"description":"Path of the CycloneDX JSON file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the SBOM describes: its components become this component's dependencies (name, version, purl, licenses). The SBOM's subject (metadata.component) is checked against this component and its artifact version; a mismatch is a hold.","type":"string","minLength":1,"maxLength":200}}};
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json" */;
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.path === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.component === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "kind")) || (key0 === "path")) || (key0 === "component"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("cyclonedx" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "cyclonedx"},message:"must be equal to constant",schema:"cyclonedx",parentSchema:schema99.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(func1(data1) > 1024){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema99.properties.path,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.path,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.path.type,parentSchema:schema99.properties.path,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.component !== undefined){
let data2 = data.component;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err9 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema99.properties.component,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.component,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.component.type,parentSchema:schema99.properties.component,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 9928:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/flagd.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate32;
module.exports["default"] = validate32;
const schema101 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/flagd.schema.json","title":"Source kind 'flagd': the rollout cohorts of one flag in an OpenFeature flagd flag definitions file","type":"object","additionalProperties":false,"required":["id","kind","path","flag","environments"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'flagd': the rollout cohorts of one flag in an OpenFeature flagd flag definitions file.","const":"flagd"},"path":{"description":"Path of the flagd flag definitions file (JSON or YAML), relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"flag":{"description":"Key of the flag (under 'flags') whose targeting becomes cohorts: one per fractional bucket (with its share) or per variant chosen by a rule (with the rule as its segment); ids are <flag>-<variant>. A flag that is not defined or not ENABLED is an input error.","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments every cohort of this flag applies to (each cohort's 'environments').","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}},"segmentFrom":{"description":"Name of a '$evaluators' entry whose rule, rendered as text, becomes the segment of every cohort (instead of the conditions along the targeting path). It must be defined.","type":"string","minLength":1,"maxLength":200}}};
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/flagd.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.path === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.flag === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flag"},message:"must have required property '"+"flag"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.environments === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "kind")) || (key0 === "path")) || (key0 === "flag")) || (key0 === "environments")) || (key0 === "segmentFrom"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("flagd" !== data0){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "flagd"},message:"must be equal to constant",schema:"flagd",parentSchema:schema101.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(func1(data1) > 1024){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema101.properties.path,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema101.properties.path,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.path.type,parentSchema:schema101.properties.path,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.flag !== undefined){
let data2 = data.flag;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err10 = {instancePath:instancePath+"/flag",schemaPath:"#/properties/flag/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema101.properties.flag,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/flag",schemaPath:"#/properties/flag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema101.properties.flag,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/flag",schemaPath:"#/properties/flag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.flag.type,parentSchema:schema101.properties.flag,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.environments !== undefined){
let data3 = data.environments;
if(Array.isArray(data3)){
if(data3.length < 1){
const err13 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema101.properties.environments,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 200){
const err14 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema101.properties.environments.items,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data4) < 1){
const err15 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema101.properties.environments.items,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.environments.items.type,parentSchema:schema101.properties.environments.items,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err17 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema101.properties.environments,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err18 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema101.properties.environments.type,parentSchema:schema101.properties.environments,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.segmentFrom !== undefined){
let data5 = data.segmentFrom;
if(typeof data5 === "string"){
if(func1(data5) > 200){
const err19 = {instancePath:instancePath+"/segmentFrom",schemaPath:"#/properties/segmentFrom/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema101.properties.segmentFrom,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data5) < 1){
const err20 = {instancePath:instancePath+"/segmentFrom",schemaPath:"#/properties/segmentFrom/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema101.properties.segmentFrom,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/segmentFrom",schemaPath:"#/properties/segmentFrom/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.segmentFrom.type,parentSchema:schema101.properties.segmentFrom,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 3327:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/github-attestations.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate35;
module.exports["default"] = validate35;
const schema104 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/github-attestations.schema.json","title":"Source kind 'github-attestations': SLSA provenance from GitHub's attestations API for given subject digests of one component","type":"object","additionalProperties":false,"required":["id","kind","component","subjects"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'github-attestations': SLSA provenance read from the candidate repository's attestations API (the action only; needs a GitHub token).","const":"github-attestations"},"component":{"description":"The bundle component the provenance is attached to (its 'provenance' entries).","type":"string","minLength":1,"maxLength":200},"subjects":{"description":"Artifact digests to ask GitHub's attestations API for; a digest with no SLSA provenance attestation is a 'provenance-mismatch' hold, and the provenance found must name it as a subject.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"trustedKeys":{"description":"Workspace paths of PEM public keys or certificates trusted to sign provenance (keyed DSSE signatures; for keyless Sigstore bundles use trustedRoot).","type":"array","items":{"type":"string","minLength":1,"maxLength":1024},"uniqueItems":true},"requireSignature":{"description":"When true, provenance whose signature is not verified (by a trusted key, or keyless against trustedRoot with a matching identity) is a 'suspicious-source' hold. Giving trustedKeys or trustedRoot has the same effect; an invalid signature is always a hold.","type":"boolean"},"trustedRoot":{"description":"Workspace path of a Sigstore trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json;version=0.1): keyless Sigstore bundles are verified against it offline with @sigstore/verify (certificate chain to its Fulcio CAs at the signing time, SCT, Rekor SET/inclusion proof, DSSE signature). Needs identity. A failed check is a 'suspicious-source' hold naming the check.","type":"string","minLength":1,"maxLength":1024},"identity":{"description":"Who must have signed a keyless bundle (checked only with trustedRoot, which it needs): the issuer plus at least one of subjectAlternativeName, subjectAlternativeNamePattern or repository. A verified signer that differs is a 'suspicious-source' hold naming expected and actual values.","type":"object","additionalProperties":false,"required":["issuer"],"anyOf":[{"required":["subjectAlternativeName"]},{"required":["subjectAlternativeNamePattern"]},{"required":["repository"]}],"properties":{"issuer":{"description":"The OIDC issuer, exactly (GitHub Actions: https://token.actions.githubusercontent.com), from Fulcio extension 1.3.6.1.4.1.57264.1.8 (legacy 1.1).","type":"string","minLength":1,"maxLength":1024},"subjectAlternativeName":{"description":"The certificate's subject alternative name, exactly (GitHub Actions: https://github.com/<owner>/<repo>/<workflow path>@<ref>).","type":"string","minLength":1,"maxLength":2048},"subjectAlternativeNamePattern":{"description":"A JavaScript regular expression the whole SAN must match (anchored with ^(?:...)$), e.g. ^https://github\\.com/acme/payments/\\.github/workflows/release\\.yml@refs/tags/v.*","type":"string","minLength":1,"maxLength":1024},"repository":{"description":"The repository whose workflow run signed: owner/name on github.com or a full https:// URL, compared case-insensitively with the Source Repository URI (Fulcio extension 1.12, legacy 1.5).","type":"string","minLength":1,"maxLength":1024},"ref":{"description":"The git ref of the signing run, exactly (e.g. refs/tags/v2.4.0), compared with the Source Repository Ref (Fulcio extension 1.14, legacy 1.6).","type":"string","minLength":1,"maxLength":1024},"refPattern":{"description":"A JavaScript regular expression the whole Source Repository Ref must match, e.g. refs/tags/v.*","type":"string","minLength":1,"maxLength":1024}}}},"dependentRequired":{"trustedRoot":["identity"],"identity":["trustedRoot"]}};
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/github-attestations.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.component === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subjects === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subjects"},message:"must have required property '"+"subjects"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "kind")) || (key0 === "component")) || (key0 === "subjects")) || (key0 === "trustedKeys")) || (key0 === "requireSignature")) || (key0 === "trustedRoot")) || (key0 === "identity"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("github-attestations" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "github-attestations"},message:"must be equal to constant",schema:"github-attestations",parentSchema:schema104.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.component !== undefined){
let data1 = data.component;
if(typeof data1 === "string"){
if(func1(data1) > 200){
const err6 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema104.properties.component,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.component,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.component.type,parentSchema:schema104.properties.component,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.subjects !== undefined){
let data2 = data.subjects;
if(Array.isArray(data2)){
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema104.properties.subjects,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err10 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"#/properties/subjects/items/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema104.properties.subjects.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"#/properties/subjects/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.subjects.items.type,parentSchema:schema104.properties.subjects.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema104.properties.subjects,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.subjects.type,parentSchema:schema104.properties.subjects,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.trustedKeys !== undefined){
let data4 = data.trustedKeys;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
if(typeof data5 === "string"){
if(func1(data5) > 1024){
const err14 = {instancePath:instancePath+"/trustedKeys/" + i2,schemaPath:"#/properties/trustedKeys/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.trustedKeys.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/trustedKeys/" + i2,schemaPath:"#/properties/trustedKeys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.trustedKeys.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/trustedKeys/" + i2,schemaPath:"#/properties/trustedKeys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.trustedKeys.items.type,parentSchema:schema104.properties.trustedKeys.items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i3 = data4.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data4[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err17 = {instancePath:instancePath+"/trustedKeys",schemaPath:"#/properties/trustedKeys/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema104.properties.trustedKeys,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err18 = {instancePath:instancePath+"/trustedKeys",schemaPath:"#/properties/trustedKeys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.trustedKeys.type,parentSchema:schema104.properties.trustedKeys,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.requireSignature !== undefined){
let data6 = data.requireSignature;
if(typeof data6 !== "boolean"){
const err19 = {instancePath:instancePath+"/requireSignature",schemaPath:"#/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema104.properties.requireSignature.type,parentSchema:schema104.properties.requireSignature,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.trustedRoot !== undefined){
let data7 = data.trustedRoot;
if(typeof data7 === "string"){
if(func1(data7) > 1024){
const err20 = {instancePath:instancePath+"/trustedRoot",schemaPath:"#/properties/trustedRoot/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.trustedRoot,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data7) < 1){
const err21 = {instancePath:instancePath+"/trustedRoot",schemaPath:"#/properties/trustedRoot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.trustedRoot,data:data7};
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
const err22 = {instancePath:instancePath+"/trustedRoot",schemaPath:"#/properties/trustedRoot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.trustedRoot.type,parentSchema:schema104.properties.trustedRoot,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.identity !== undefined){
let data8 = data.identity;
const _errs19 = errors;
let valid7 = false;
const _errs20 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.subjectAlternativeName === undefined){
const err23 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf/0/required",keyword:"required",params:{missingProperty: "subjectAlternativeName"},message:"must have required property '"+"subjectAlternativeName"+"'",schema:schema104.properties.identity.anyOf[0].required,parentSchema:schema104.properties.identity.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid0 = _errs20 === errors;
valid7 = valid7 || _valid0;
const _errs21 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.subjectAlternativeNamePattern === undefined){
const err24 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf/1/required",keyword:"required",params:{missingProperty: "subjectAlternativeNamePattern"},message:"must have required property '"+"subjectAlternativeNamePattern"+"'",schema:schema104.properties.identity.anyOf[1].required,parentSchema:schema104.properties.identity.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
valid7 = valid7 || _valid0;
const _errs22 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.repository === undefined){
const err25 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf/2/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema104.properties.identity.anyOf[2].required,parentSchema:schema104.properties.identity.anyOf[2],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid0 = _errs22 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const err26 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema104.properties.identity.anyOf,parentSchema:schema104.properties.identity,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.issuer === undefined){
const err27 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema104.properties.identity.required,parentSchema:schema104.properties.identity,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key1 in data8){
if(!((((((key1 === "issuer") || (key1 === "subjectAlternativeName")) || (key1 === "subjectAlternativeNamePattern")) || (key1 === "repository")) || (key1 === "ref")) || (key1 === "refPattern"))){
const err28 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema104.properties.identity,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.issuer !== undefined){
let data9 = data8.issuer;
if(typeof data9 === "string"){
if(func1(data9) > 1024){
const err29 = {instancePath:instancePath+"/identity/issuer",schemaPath:"#/properties/identity/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.issuer,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data9) < 1){
const err30 = {instancePath:instancePath+"/identity/issuer",schemaPath:"#/properties/identity/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.issuer,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/identity/issuer",schemaPath:"#/properties/identity/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.issuer.type,parentSchema:schema104.properties.identity.properties.issuer,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.subjectAlternativeName !== undefined){
let data10 = data8.subjectAlternativeName;
if(typeof data10 === "string"){
if(func1(data10) > 2048){
const err32 = {instancePath:instancePath+"/identity/subjectAlternativeName",schemaPath:"#/properties/identity/properties/subjectAlternativeName/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema104.properties.identity.properties.subjectAlternativeName,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func1(data10) < 1){
const err33 = {instancePath:instancePath+"/identity/subjectAlternativeName",schemaPath:"#/properties/identity/properties/subjectAlternativeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.subjectAlternativeName,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/identity/subjectAlternativeName",schemaPath:"#/properties/identity/properties/subjectAlternativeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.subjectAlternativeName.type,parentSchema:schema104.properties.identity.properties.subjectAlternativeName,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8.subjectAlternativeNamePattern !== undefined){
let data11 = data8.subjectAlternativeNamePattern;
if(typeof data11 === "string"){
if(func1(data11) > 1024){
const err35 = {instancePath:instancePath+"/identity/subjectAlternativeNamePattern",schemaPath:"#/properties/identity/properties/subjectAlternativeNamePattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.subjectAlternativeNamePattern,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func1(data11) < 1){
const err36 = {instancePath:instancePath+"/identity/subjectAlternativeNamePattern",schemaPath:"#/properties/identity/properties/subjectAlternativeNamePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.subjectAlternativeNamePattern,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/identity/subjectAlternativeNamePattern",schemaPath:"#/properties/identity/properties/subjectAlternativeNamePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.subjectAlternativeNamePattern.type,parentSchema:schema104.properties.identity.properties.subjectAlternativeNamePattern,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data8.repository !== undefined){
let data12 = data8.repository;
if(typeof data12 === "string"){
if(func1(data12) > 1024){
const err38 = {instancePath:instancePath+"/identity/repository",schemaPath:"#/properties/identity/properties/repository/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.repository,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func1(data12) < 1){
const err39 = {instancePath:instancePath+"/identity/repository",schemaPath:"#/properties/identity/properties/repository/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.repository,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/identity/repository",schemaPath:"#/properties/identity/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.repository.type,parentSchema:schema104.properties.identity.properties.repository,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data8.ref !== undefined){
let data13 = data8.ref;
if(typeof data13 === "string"){
if(func1(data13) > 1024){
const err41 = {instancePath:instancePath+"/identity/ref",schemaPath:"#/properties/identity/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.ref,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(func1(data13) < 1){
const err42 = {instancePath:instancePath+"/identity/ref",schemaPath:"#/properties/identity/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.ref,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/identity/ref",schemaPath:"#/properties/identity/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.ref.type,parentSchema:schema104.properties.identity.properties.ref,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data8.refPattern !== undefined){
let data14 = data8.refPattern;
if(typeof data14 === "string"){
if(func1(data14) > 1024){
const err44 = {instancePath:instancePath+"/identity/refPattern",schemaPath:"#/properties/identity/properties/refPattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.refPattern,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func1(data14) < 1){
const err45 = {instancePath:instancePath+"/identity/refPattern",schemaPath:"#/properties/identity/properties/refPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.refPattern,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/identity/refPattern",schemaPath:"#/properties/identity/properties/refPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.refPattern.type,parentSchema:schema104.properties.identity.properties.refPattern,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.properties.identity.type,parentSchema:schema104.properties.identity,data:data8};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.trustedRoot !== undefined){
if(data.identity === undefined){
const err48 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "trustedRoot",
    missingProperty: "identity",
    depsCount: 1,
    deps: "identity"},message:"must have property identity when property trustedRoot is present",schema:schema104.dependentRequired,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.identity !== undefined){
if(data.trustedRoot === undefined){
const err49 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "identity",
    missingProperty: "trustedRoot",
    depsCount: 1,
    deps: "trustedRoot"},message:"must have property trustedRoot when property identity is present",schema:schema104.dependentRequired,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.type,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 509:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/github-release.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate34;
module.exports["default"] = validate34;
const schema103 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/github-release.schema.json","title":"Source kind 'github-release': assets of the candidate tag's GitHub release as artifacts of one component","type":"object","additionalProperties":false,"required":["id","kind","component"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'github-release': the assets of the candidate tag's GitHub release become artifacts of one component (the action only; needs a GitHub token).","const":"github-release"},"component":{"description":"The bundle component the release assets are artifacts of.","type":"string","minLength":1,"maxLength":200},"assets":{"description":"Asset names, or one glob (* and ?) over asset names. All assets when absent.","oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":255}}]},"version":{"description":"Version recorded for every asset. Default: the candidate tag without a leading 'v' before a digit.","type":"string","minLength":1,"maxLength":128},"maxBytes":{"description":"Largest asset, in bytes, downloaded to compute a digest when GitHub states none (such an asset is also a 'suspicious-source' hold). Default: the file size limit (16 MiB).","type":"integer","minimum":1}}};
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/github-release.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.component === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "kind")) || (key0 === "component")) || (key0 === "assets")) || (key0 === "version")) || (key0 === "maxBytes"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("github-release" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "github-release"},message:"must be equal to constant",schema:"github-release",parentSchema:schema103.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.component !== undefined){
let data1 = data.component;
if(typeof data1 === "string"){
if(func1(data1) > 200){
const err5 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema103.properties.component,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.properties.component,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.component.type,parentSchema:schema103.properties.component,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.assets !== undefined){
let data2 = data.assets;
const _errs6 = errors;
let valid1 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func1(data2) > 255){
const err8 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema103.properties.assets.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.properties.assets.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.assets.oneOf[0].type,parentSchema:schema103.properties.assets.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs9 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err11 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema103.properties.assets.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err12 = {instancePath:instancePath+"/assets/" + i0,schemaPath:"#/properties/assets/oneOf/1/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema103.properties.assets.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/assets/" + i0,schemaPath:"#/properties/assets/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.properties.assets.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/assets/" + i0,schemaPath:"#/properties/assets/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.assets.oneOf[1].items.type,parentSchema:schema103.properties.assets.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema103.properties.assets.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err16 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema103.properties.assets.oneOf[1].type,parentSchema:schema103.properties.assets.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err17 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema103.properties.assets.oneOf,parentSchema:schema103.properties.assets,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.version !== undefined){
let data4 = data.version;
if(typeof data4 === "string"){
if(func1(data4) > 128){
const err18 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema103.properties.version,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data4) < 1){
const err19 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.properties.version,data:data4};
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
const err20 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.version.type,parentSchema:schema103.properties.version,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.maxBytes !== undefined){
let data5 = data.maxBytes;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err21 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.properties.maxBytes.type,parentSchema:schema103.properties.maxBytes,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema103.properties.maxBytes,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 423:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/http-json.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate36;
module.exports["default"] = validate36;
const schema105 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/http-json.schema.json","title":"Source kind 'http-json': a JSON document over HTTPS (change management, rollout planning, rollback references) mapped into one records section","type":"object","additionalProperties":false,"required":["id","kind","url","provides"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'http-json': a JSON document fetched over HTTPS and mapped into one records section.","const":"http-json"},"url":{"description":"URL of the JSON document: https (http only to 127.0.0.1, localhost or [::1]); only same-host redirects are followed. Lineage records it without credentials, query or fragment.","type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://"},"provides":{"description":"The records section the mapped elements become (as in schemas/records.schema.json): 'window' (exactly one element), or a list of 'cohorts', 'rollback', 'waivers' or 'environments'.","enum":["window","cohorts","rollback","waivers","environments"]},"headers":{"description":"Header name -> name of the environment variable holding its secret value.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9-]{1,100}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,99}$"}},"items":{"description":"JSONPath selecting one element per record.","type":"string","minLength":1,"maxLength":1024},"map":{"description":"Record field (dotted for nested) -> JSONPath relative to the element, or { path, split, convert }: split a string on a separator into a list, convert 'timestamp-utc' turns 'YYYY-MM-DD HH:mm:ss' (UTC) into RFC 3339.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$"},"additionalProperties":{"oneOf":[{"type":"string","minLength":1,"maxLength":1024},{"type":"object","additionalProperties":false,"required":["path"],"minProperties":2,"properties":{"path":{"description":"JSONPath relative to the element.","type":"string","minLength":1,"maxLength":1024},"split":{"description":"Separator: each matched string becomes a list of its trimmed, non-empty parts.","type":"string","minLength":1,"maxLength":10},"convert":{"description":"timestamp-utc: 'YYYY-MM-DD HH:mm:ss' in UTC (no zone) becomes RFC 3339 'YYYY-MM-DDTHH:mm:ssZ'.","enum":["timestamp-utc"]}}}]}},"timeoutMs":{"description":"Time-out of each attempt in milliseconds. Default 10000.","type":"integer","minimum":1,"maximum":300000},"retries":{"description":"Further attempts after a 5xx response, a network error or a time-out (never after a 4xx). Default 2.","type":"integer","minimum":0,"maximum":10},"backoffMs":{"description":"Wait before the first retry in milliseconds, doubled for each further retry. Default 250.","type":"integer","minimum":0,"maximum":60000},"maxBytes":{"description":"Largest response body read, in bytes; a larger one is an input error. Default: the file size limit (16 MiB).","type":"integer","minimum":1}}};
const func0 = Object.prototype.hasOwnProperty;
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern74 = new RegExp("^https?://", "u");
const pattern75 = new RegExp("^[A-Za-z0-9-]{1,100}$", "u");
const pattern76 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,99}$", "u");
const pattern77 = new RegExp("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/http-json.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema105.required,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema105.required,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema105.required,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.provides === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provides"},message:"must have required property '"+"provides"+"'",schema:schema105.required,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema105.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("http-json" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "http-json"},message:"must be equal to constant",schema:"http-json",parentSchema:schema105.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(func1(data1) > 2048){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema105.properties.url,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.url,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern74.test(data1)){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema105.properties.url,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.url.type,parentSchema:schema105.properties.url,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.provides !== undefined){
let data2 = data.provides;
if(!(((((data2 === "window") || (data2 === "cohorts")) || (data2 === "rollback")) || (data2 === "waivers")) || (data2 === "environments"))){
const err10 = {instancePath:instancePath+"/provides",schemaPath:"#/properties/provides/enum",keyword:"enum",params:{allowedValues: schema105.properties.provides.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.provides.enum,parentSchema:schema105.properties.provides,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.headers !== undefined){
let data3 = data.headers;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern75.test(key1)){
const err11 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,100}$"+"\"",schema:"^[A-Za-z0-9-]{1,100}$",parentSchema:schema105.properties.headers.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
const err12 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema105.properties.headers.propertyNames,parentSchema:schema105.properties.headers,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 === "string"){
if(!pattern76.test(data4)){
const err13 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,99}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,99}$",parentSchema:schema105.properties.headers.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.headers.additionalProperties.type,parentSchema:schema105.properties.headers.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.headers.type,parentSchema:schema105.properties.headers,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.items !== undefined){
let data5 = data.items;
if(typeof data5 === "string"){
if(func1(data5) > 1024){
const err16 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema105.properties.items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func1(data5) < 1){
const err17 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.items.type,parentSchema:schema105.properties.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.map !== undefined){
let data6 = data.map;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
const _errs16 = errors;
if(typeof key3 === "string"){
if(!pattern77.test(key3)){
const err19 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$",parentSchema:schema105.properties.map.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var valid3 = _errs16 === errors;
if(!valid3){
const err20 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema105.properties.map.propertyNames,parentSchema:schema105.properties.map,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key4 in data6){
let data7 = data6[key4];
const _errs19 = errors;
let valid5 = false;
let passing0 = null;
const _errs20 = errors;
if(typeof data7 === "string"){
if(func1(data7) > 1024){
const err21 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/map/additionalProperties/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema105.properties.map.additionalProperties.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func1(data7) < 1){
const err22 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/map/additionalProperties/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.map.additionalProperties.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/map/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.map.additionalProperties.oneOf[0].type,parentSchema:schema105.properties.map.additionalProperties.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 2){
const err24 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/map/additionalProperties/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties",schema:2,parentSchema:schema105.properties.map.additionalProperties.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.path === undefined){
const err25 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/map/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema105.properties.map.additionalProperties.oneOf[1].required,parentSchema:schema105.properties.map.additionalProperties.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key5 in data7){
if(!(((key5 === "path") || (key5 === "split")) || (key5 === "convert"))){
const err26 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/map/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.map.additionalProperties.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.path !== undefined){
let data8 = data7.path;
if(typeof data8 === "string"){
if(func1(data8) > 1024){
const err27 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/properties/map/additionalProperties/oneOf/1/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.path,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func1(data8) < 1){
const err28 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/properties/map/additionalProperties/oneOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.path,data:data8};
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
const err29 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/properties/map/additionalProperties/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.map.additionalProperties.oneOf[1].properties.path.type,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.path,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.split !== undefined){
let data9 = data7.split;
if(typeof data9 === "string"){
if(func1(data9) > 10){
const err30 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"#/properties/map/additionalProperties/oneOf/1/properties/split/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters",schema:10,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.split,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func1(data9) < 1){
const err31 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"#/properties/map/additionalProperties/oneOf/1/properties/split/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.split,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"#/properties/map/additionalProperties/oneOf/1/properties/split/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.map.additionalProperties.oneOf[1].properties.split.type,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.split,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data7.convert !== undefined){
let data10 = data7.convert;
if(!(data10 === "timestamp-utc")){
const err33 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/convert",schemaPath:"#/properties/map/additionalProperties/oneOf/1/properties/convert/enum",keyword:"enum",params:{allowedValues: schema105.properties.map.additionalProperties.oneOf[1].properties.convert.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.map.additionalProperties.oneOf[1].properties.convert.enum,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.convert,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/map/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.map.additionalProperties.oneOf[1].type,parentSchema:schema105.properties.map.additionalProperties.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err35 = {instancePath:instancePath+"/map/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/map/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema105.properties.map.additionalProperties.oneOf,parentSchema:schema105.properties.map.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.map.type,parentSchema:schema105.properties.map,data:data6};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.timeoutMs !== undefined){
let data11 = data.timeoutMs;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err37 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.timeoutMs.type,parentSchema:schema105.properties.timeoutMs,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 300000 || isNaN(data11)){
const err38 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300000},message:"must be <= 300000",schema:300000,parentSchema:schema105.properties.timeoutMs,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err39 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.timeoutMs,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.retries !== undefined){
let data12 = data.retries;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err40 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.retries.type,parentSchema:schema105.properties.retries,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 10 || isNaN(data12)){
const err41 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema105.properties.retries,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err42 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema105.properties.retries,data:data12};
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
if(data.backoffMs !== undefined){
let data13 = data.backoffMs;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err43 = {instancePath:instancePath+"/backoffMs",schemaPath:"#/properties/backoffMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.backoffMs.type,parentSchema:schema105.properties.backoffMs,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 60000 || isNaN(data13)){
const err44 = {instancePath:instancePath+"/backoffMs",schemaPath:"#/properties/backoffMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000",schema:60000,parentSchema:schema105.properties.backoffMs,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err45 = {instancePath:instancePath+"/backoffMs",schemaPath:"#/properties/backoffMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema105.properties.backoffMs,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.maxBytes !== undefined){
let data14 = data.maxBytes;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err46 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.maxBytes.type,parentSchema:schema105.properties.maxBytes,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err47 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.maxBytes,data:data14};
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
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.type,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 8105:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/provenance.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate33;
module.exports["default"] = validate33;
const schema102 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/provenance.schema.json","title":"Source kind 'provenance': an in-toto/SLSA provenance document (bare, DSSE, Sigstore bundle, .intoto.jsonl, {attestations}) for one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'provenance': in-toto/SLSA provenance for one component, from a file in the workspace.","const":"provenance"},"path":{"description":"Path of the provenance document (bare statement, DSSE envelope, Sigstore bundle, .intoto.jsonl or {attestations}), relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the provenance is attached to (its 'provenance' entries).","type":"string","minLength":1,"maxLength":200},"expectDigest":{"description":"Artifact digests the provenance must name as subjects; each one not named is a 'provenance-mismatch' hold.","type":"array","items":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"},"uniqueItems":true},"trustedKeys":{"description":"Workspace paths of PEM public keys or certificates trusted to sign provenance (keyed DSSE signatures; for keyless Sigstore bundles use trustedRoot).","type":"array","items":{"type":"string","minLength":1,"maxLength":1024},"uniqueItems":true},"requireSignature":{"description":"When true, provenance whose signature is not verified (by a trusted key, or keyless against trustedRoot with a matching identity) is a 'suspicious-source' hold. Giving trustedKeys or trustedRoot has the same effect; an invalid signature is always a hold.","type":"boolean"},"trustedRoot":{"description":"Workspace path of a Sigstore trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json;version=0.1): keyless Sigstore bundles are verified against it offline with @sigstore/verify (certificate chain to its Fulcio CAs at the signing time, SCT, Rekor SET/inclusion proof, DSSE signature). Needs identity. A failed check is a 'suspicious-source' hold naming the check.","type":"string","minLength":1,"maxLength":1024},"identity":{"description":"Who must have signed a keyless bundle (checked only with trustedRoot, which it needs): the issuer plus at least one of subjectAlternativeName, subjectAlternativeNamePattern or repository. A verified signer that differs is a 'suspicious-source' hold naming expected and actual values.","type":"object","additionalProperties":false,"required":["issuer"],"anyOf":[{"required":["subjectAlternativeName"]},{"required":["subjectAlternativeNamePattern"]},{"required":["repository"]}],"properties":{"issuer":{"description":"The OIDC issuer, exactly (GitHub Actions: https://token.actions.githubusercontent.com), from Fulcio extension 1.3.6.1.4.1.57264.1.8 (legacy 1.1).","type":"string","minLength":1,"maxLength":1024},"subjectAlternativeName":{"description":"The certificate's subject alternative name, exactly (GitHub Actions: https://github.com/<owner>/<repo>/<workflow path>@<ref>).","type":"string","minLength":1,"maxLength":2048},"subjectAlternativeNamePattern":{"description":"A JavaScript regular expression the whole SAN must match (anchored with ^(?:...)$), e.g. ^https://github\\.com/acme/payments/\\.github/workflows/release\\.yml@refs/tags/v.*","type":"string","minLength":1,"maxLength":1024},"repository":{"description":"The repository whose workflow run signed: owner/name on github.com or a full https:// URL, compared case-insensitively with the Source Repository URI (Fulcio extension 1.12, legacy 1.5).","type":"string","minLength":1,"maxLength":1024},"ref":{"description":"The git ref of the signing run, exactly (e.g. refs/tags/v2.4.0), compared with the Source Repository Ref (Fulcio extension 1.14, legacy 1.6).","type":"string","minLength":1,"maxLength":1024},"refPattern":{"description":"A JavaScript regular expression the whole Source Repository Ref must match, e.g. refs/tags/v.*","type":"string","minLength":1,"maxLength":1024}}}},"dependentRequired":{"trustedRoot":["identity"],"identity":["trustedRoot"]}};
const func0 = Object.prototype.hasOwnProperty;
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern6 = new RegExp("^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/provenance.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.path === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.component === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema102.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("provenance" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "provenance"},message:"must be equal to constant",schema:"provenance",parentSchema:schema102.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(func1(data1) > 1024){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.path,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.path,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.path.type,parentSchema:schema102.properties.path,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.component !== undefined){
let data2 = data.component;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err9 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema102.properties.component,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.component,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.component.type,parentSchema:schema102.properties.component,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.expectDigest !== undefined){
let data3 = data.expectDigest;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err12 = {instancePath:instancePath+"/expectDigest/" + i0,schemaPath:"#/properties/expectDigest/items/pattern",keyword:"pattern",params:{pattern: "^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"},message:"must match pattern \""+"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"+"\"",schema:"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$",parentSchema:schema102.properties.expectDigest.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/expectDigest/" + i0,schemaPath:"#/properties/expectDigest/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.expectDigest.items.type,parentSchema:schema102.properties.expectDigest.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err14 = {instancePath:instancePath+"/expectDigest",schemaPath:"#/properties/expectDigest/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema102.properties.expectDigest,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err15 = {instancePath:instancePath+"/expectDigest",schemaPath:"#/properties/expectDigest/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.properties.expectDigest.type,parentSchema:schema102.properties.expectDigest,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.trustedKeys !== undefined){
let data5 = data.trustedKeys;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if(func1(data6) > 1024){
const err16 = {instancePath:instancePath+"/trustedKeys/" + i2,schemaPath:"#/properties/trustedKeys/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.trustedKeys.items,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func1(data6) < 1){
const err17 = {instancePath:instancePath+"/trustedKeys/" + i2,schemaPath:"#/properties/trustedKeys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.trustedKeys.items,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/trustedKeys/" + i2,schemaPath:"#/properties/trustedKeys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.trustedKeys.items.type,parentSchema:schema102.properties.trustedKeys.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i3 = data5.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data5[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err19 = {instancePath:instancePath+"/trustedKeys",schemaPath:"#/properties/trustedKeys/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema102.properties.trustedKeys,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err20 = {instancePath:instancePath+"/trustedKeys",schemaPath:"#/properties/trustedKeys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.properties.trustedKeys.type,parentSchema:schema102.properties.trustedKeys,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.requireSignature !== undefined){
let data7 = data.requireSignature;
if(typeof data7 !== "boolean"){
const err21 = {instancePath:instancePath+"/requireSignature",schemaPath:"#/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema102.properties.requireSignature.type,parentSchema:schema102.properties.requireSignature,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.trustedRoot !== undefined){
let data8 = data.trustedRoot;
if(typeof data8 === "string"){
if(func1(data8) > 1024){
const err22 = {instancePath:instancePath+"/trustedRoot",schemaPath:"#/properties/trustedRoot/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.trustedRoot,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func1(data8) < 1){
const err23 = {instancePath:instancePath+"/trustedRoot",schemaPath:"#/properties/trustedRoot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.trustedRoot,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/trustedRoot",schemaPath:"#/properties/trustedRoot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.trustedRoot.type,parentSchema:schema102.properties.trustedRoot,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.identity !== undefined){
let data9 = data.identity;
const _errs21 = errors;
let valid7 = false;
const _errs22 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.subjectAlternativeName === undefined){
const err25 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf/0/required",keyword:"required",params:{missingProperty: "subjectAlternativeName"},message:"must have required property '"+"subjectAlternativeName"+"'",schema:schema102.properties.identity.anyOf[0].required,parentSchema:schema102.properties.identity.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid0 = _errs22 === errors;
valid7 = valid7 || _valid0;
const _errs23 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.subjectAlternativeNamePattern === undefined){
const err26 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf/1/required",keyword:"required",params:{missingProperty: "subjectAlternativeNamePattern"},message:"must have required property '"+"subjectAlternativeNamePattern"+"'",schema:schema102.properties.identity.anyOf[1].required,parentSchema:schema102.properties.identity.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid0 = _errs23 === errors;
valid7 = valid7 || _valid0;
const _errs24 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.repository === undefined){
const err27 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf/2/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema102.properties.identity.anyOf[2].required,parentSchema:schema102.properties.identity.anyOf[2],data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const err28 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema102.properties.identity.anyOf,parentSchema:schema102.properties.identity,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.issuer === undefined){
const err29 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema102.properties.identity.required,parentSchema:schema102.properties.identity,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 in data9){
if(!((((((key1 === "issuer") || (key1 === "subjectAlternativeName")) || (key1 === "subjectAlternativeNamePattern")) || (key1 === "repository")) || (key1 === "ref")) || (key1 === "refPattern"))){
const err30 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema102.properties.identity,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.issuer !== undefined){
let data10 = data9.issuer;
if(typeof data10 === "string"){
if(func1(data10) > 1024){
const err31 = {instancePath:instancePath+"/identity/issuer",schemaPath:"#/properties/identity/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.issuer,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func1(data10) < 1){
const err32 = {instancePath:instancePath+"/identity/issuer",schemaPath:"#/properties/identity/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.issuer,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/identity/issuer",schemaPath:"#/properties/identity/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.issuer.type,parentSchema:schema102.properties.identity.properties.issuer,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.subjectAlternativeName !== undefined){
let data11 = data9.subjectAlternativeName;
if(typeof data11 === "string"){
if(func1(data11) > 2048){
const err34 = {instancePath:instancePath+"/identity/subjectAlternativeName",schemaPath:"#/properties/identity/properties/subjectAlternativeName/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema102.properties.identity.properties.subjectAlternativeName,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func1(data11) < 1){
const err35 = {instancePath:instancePath+"/identity/subjectAlternativeName",schemaPath:"#/properties/identity/properties/subjectAlternativeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.subjectAlternativeName,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/identity/subjectAlternativeName",schemaPath:"#/properties/identity/properties/subjectAlternativeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.subjectAlternativeName.type,parentSchema:schema102.properties.identity.properties.subjectAlternativeName,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.subjectAlternativeNamePattern !== undefined){
let data12 = data9.subjectAlternativeNamePattern;
if(typeof data12 === "string"){
if(func1(data12) > 1024){
const err37 = {instancePath:instancePath+"/identity/subjectAlternativeNamePattern",schemaPath:"#/properties/identity/properties/subjectAlternativeNamePattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.subjectAlternativeNamePattern,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func1(data12) < 1){
const err38 = {instancePath:instancePath+"/identity/subjectAlternativeNamePattern",schemaPath:"#/properties/identity/properties/subjectAlternativeNamePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.subjectAlternativeNamePattern,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/identity/subjectAlternativeNamePattern",schemaPath:"#/properties/identity/properties/subjectAlternativeNamePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.subjectAlternativeNamePattern.type,parentSchema:schema102.properties.identity.properties.subjectAlternativeNamePattern,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.repository !== undefined){
let data13 = data9.repository;
if(typeof data13 === "string"){
if(func1(data13) > 1024){
const err40 = {instancePath:instancePath+"/identity/repository",schemaPath:"#/properties/identity/properties/repository/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.repository,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func1(data13) < 1){
const err41 = {instancePath:instancePath+"/identity/repository",schemaPath:"#/properties/identity/properties/repository/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.repository,data:data13};
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
const err42 = {instancePath:instancePath+"/identity/repository",schemaPath:"#/properties/identity/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.repository.type,parentSchema:schema102.properties.identity.properties.repository,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data9.ref !== undefined){
let data14 = data9.ref;
if(typeof data14 === "string"){
if(func1(data14) > 1024){
const err43 = {instancePath:instancePath+"/identity/ref",schemaPath:"#/properties/identity/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.ref,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func1(data14) < 1){
const err44 = {instancePath:instancePath+"/identity/ref",schemaPath:"#/properties/identity/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.ref,data:data14};
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
const err45 = {instancePath:instancePath+"/identity/ref",schemaPath:"#/properties/identity/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.ref.type,parentSchema:schema102.properties.identity.properties.ref,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data9.refPattern !== undefined){
let data15 = data9.refPattern;
if(typeof data15 === "string"){
if(func1(data15) > 1024){
const err46 = {instancePath:instancePath+"/identity/refPattern",schemaPath:"#/properties/identity/properties/refPattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.refPattern,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(func1(data15) < 1){
const err47 = {instancePath:instancePath+"/identity/refPattern",schemaPath:"#/properties/identity/properties/refPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.refPattern,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/identity/refPattern",schemaPath:"#/properties/identity/properties/refPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.refPattern.type,parentSchema:schema102.properties.identity.properties.refPattern,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.properties.identity.type,parentSchema:schema102.properties.identity,data:data9};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.trustedRoot !== undefined){
if(data.identity === undefined){
const err50 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "trustedRoot",
    missingProperty: "identity",
    depsCount: 1,
    deps: "identity"},message:"must have property identity when property trustedRoot is present",schema:schema102.dependentRequired,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.identity !== undefined){
if(data.trustedRoot === undefined){
const err51 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "identity",
    missingProperty: "trustedRoot",
    depsCount: 1,
    deps: "trustedRoot"},message:"must have property trustedRoot when property identity is present",schema:schema102.dependentRequired,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 8700:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/records.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate29;
module.exports["default"] = validate29;
const schema98 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/records.schema.json","title":"Source kind 'records': a YAML or JSON file of release records in Cutover's own shape","type":"object","additionalProperties":false,"required":["id","kind","path"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'records': a file of release records in Cutover's own shape (schemas/records.schema.json).","const":"records"},"path":{"description":"Path of the YAML or JSON records file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024}}};
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/records.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema98.required,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema98.required,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.path === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema98.required,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "kind")) || (key0 === "path"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("records" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "records"},message:"must be equal to constant",schema:"records",parentSchema:schema98.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(func1(data1) > 1024){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema98.properties.path,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema98.properties.path,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.properties.path.type,parentSchema:schema98.properties.path,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema98.type,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 7023:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/servicenow.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate37;
module.exports["default"] = validate37;
const schema106 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/servicenow.schema.json","title":"Source kind 'servicenow': one change_request from the ServiceNow Table API (sysparm_display_value=all) read as the change window","type":"object","additionalProperties":false,"required":["id","kind","instance","number"],"properties":{"id":{"description":"The source id, unique in the sources file."},"kind":{"description":"servicenow","const":"servicenow"},"instance":{"description":"Instance base URL, e.g. https://acme.service-now.com (http only to localhost, for tests).","type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://"},"number":{"description":"Change request number, e.g. CHG0030001 (letters, digits, '_', '-' only: it goes into sysparm_query, where '^' and '=' are operators).","type":"string","pattern":"^[A-Za-z0-9_-]{1,40}$"},"headers":{"description":"Header name -> name of the environment variable holding its secret value.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9-]{1,100}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,99}$"}},"queueField":{"description":"Field whose display value is the queue (default assignment_group).","type":"string","pattern":"^[a-z][a-z0-9_]{0,79}$"},"environmentsField":{"description":"Field whose display value, split on commas, lists the environments (default cmdb_ci, the affected CI).","type":"string","pattern":"^[a-z][a-z0-9_]{0,79}$"},"states":{"description":"State values (not display values) a window may come from (default -2 Scheduled, -1 Implement).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":40}},"timeoutMs":{"description":"Time-out per attempt in milliseconds (default 10000).","type":"integer","minimum":1,"maximum":300000},"retries":{"description":"Retries on 5xx, network errors and time-outs (default 2); never on 4xx.","type":"integer","minimum":0,"maximum":10},"backoffMs":{"description":"First backoff in milliseconds, doubled per retry (default 250).","type":"integer","minimum":0,"maximum":60000},"maxBytes":{"description":"Largest response body accepted (default: the action's file limit).","type":"integer","minimum":1}}};
const func0 = Object.prototype.hasOwnProperty;
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern74 = new RegExp("^https?://", "u");
const pattern79 = new RegExp("^[A-Za-z0-9_-]{1,40}$", "u");
const pattern75 = new RegExp("^[A-Za-z0-9-]{1,100}$", "u");
const pattern76 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,99}$", "u");
const pattern82 = new RegExp("^[a-z][a-z0-9_]{0,79}$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/servicenow.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.instance === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instance"},message:"must have required property '"+"instance"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.number === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema106.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("servicenow" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "servicenow"},message:"must be equal to constant",schema:"servicenow",parentSchema:schema106.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.instance !== undefined){
let data1 = data.instance;
if(typeof data1 === "string"){
if(func1(data1) > 2048){
const err6 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema106.properties.instance,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.instance,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern74.test(data1)){
const err8 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema106.properties.instance,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/instance",schemaPath:"#/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.instance.type,parentSchema:schema106.properties.instance,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.number !== undefined){
let data2 = data.number;
if(typeof data2 === "string"){
if(!pattern79.test(data2)){
const err10 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema106.properties.number,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.number.type,parentSchema:schema106.properties.number,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.headers !== undefined){
let data3 = data.headers;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs9 = errors;
if(typeof key1 === "string"){
if(!pattern75.test(key1)){
const err12 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,100}$"+"\"",schema:"^[A-Za-z0-9-]{1,100}$",parentSchema:schema106.properties.headers.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
const err13 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema106.properties.headers.propertyNames,parentSchema:schema106.properties.headers,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 === "string"){
if(!pattern76.test(data4)){
const err14 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,99}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,99}$",parentSchema:schema106.properties.headers.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.headers.additionalProperties.type,parentSchema:schema106.properties.headers.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.headers.type,parentSchema:schema106.properties.headers,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.queueField !== undefined){
let data5 = data.queueField;
if(typeof data5 === "string"){
if(!pattern82.test(data5)){
const err17 = {instancePath:instancePath+"/queueField",schemaPath:"#/properties/queueField/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,79}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,79}$"+"\"",schema:"^[a-z][a-z0-9_]{0,79}$",parentSchema:schema106.properties.queueField,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/queueField",schemaPath:"#/properties/queueField/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.queueField.type,parentSchema:schema106.properties.queueField,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.environmentsField !== undefined){
let data6 = data.environmentsField;
if(typeof data6 === "string"){
if(!pattern82.test(data6)){
const err19 = {instancePath:instancePath+"/environmentsField",schemaPath:"#/properties/environmentsField/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,79}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,79}$"+"\"",schema:"^[a-z][a-z0-9_]{0,79}$",parentSchema:schema106.properties.environmentsField,data:data6};
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
const err20 = {instancePath:instancePath+"/environmentsField",schemaPath:"#/properties/environmentsField/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.environmentsField.type,parentSchema:schema106.properties.environmentsField,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.states !== undefined){
let data7 = data.states;
if(Array.isArray(data7)){
if(data7.length < 1){
const err21 = {instancePath:instancePath+"/states",schemaPath:"#/properties/states/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema106.properties.states,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func1(data8) > 40){
const err22 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/properties/states/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema106.properties.states.items,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func1(data8) < 1){
const err23 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/properties/states/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.states.items,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/states/" + i0,schemaPath:"#/properties/states/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.states.items.type,parentSchema:schema106.properties.states.items,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err25 = {instancePath:instancePath+"/states",schemaPath:"#/properties/states/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema106.properties.states,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err26 = {instancePath:instancePath+"/states",schemaPath:"#/properties/states/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.states.type,parentSchema:schema106.properties.states,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.timeoutMs !== undefined){
let data9 = data.timeoutMs;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.timeoutMs.type,parentSchema:schema106.properties.timeoutMs,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 300000 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300000},message:"must be <= 300000",schema:300000,parentSchema:schema106.properties.timeoutMs,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema106.properties.timeoutMs,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data.retries !== undefined){
let data10 = data.retries;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err30 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.retries.type,parentSchema:schema106.properties.retries,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 10 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema106.properties.retries,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.retries,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.backoffMs !== undefined){
let data11 = data.backoffMs;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err33 = {instancePath:instancePath+"/backoffMs",schemaPath:"#/properties/backoffMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.backoffMs.type,parentSchema:schema106.properties.backoffMs,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 60000 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/backoffMs",schemaPath:"#/properties/backoffMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000",schema:60000,parentSchema:schema106.properties.backoffMs,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err35 = {instancePath:instancePath+"/backoffMs",schemaPath:"#/properties/backoffMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.backoffMs,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data.maxBytes !== undefined){
let data12 = data.maxBytes;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err36 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.maxBytes.type,parentSchema:schema106.properties.maxBytes,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema106.properties.maxBytes,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 2873:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/source-kinds/spdx.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate31;
module.exports["default"] = validate31;
const schema100 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/spdx.schema.json","title":"Source kind 'spdx': a SPDX 2.3 JSON SBOM (or GitHub dependency-graph export) in the workspace, describing one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'spdx': an SPDX 2.3 JSON SBOM (or GitHub dependency-graph export) whose packages become dependencies of one component.","const":"spdx"},"path":{"description":"Path of the SPDX JSON file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the SBOM describes: its packages other than the described one become this component's dependencies. The described package is checked against this component and its artifact version; a mismatch is a hold.","type":"string","minLength":1,"maxLength":200}}};
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/source-kinds/spdx.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.path === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.component === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "kind")) || (key0 === "path")) || (key0 === "component"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("spdx" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "spdx"},message:"must be equal to constant",schema:"spdx",parentSchema:schema100.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(func1(data1) > 1024){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema100.properties.path,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.path,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.path.type,parentSchema:schema100.properties.path,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.component !== undefined){
let data2 = data.component;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err9 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema100.properties.component,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.component,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/component",schemaPath:"#/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.component.type,parentSchema:schema100.properties.component,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 6748:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from https://cutover.dev/schemas/sources.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate28;
module.exports["default"] = validate28;
const schema93 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/sources.schema.json","title":"Cutover sources configuration","description":"Names the release candidate and the authoritative sources a bundle is assembled from. Each source has an id, a kind, and the options of that kind.","type":"object","additionalProperties":false,"required":["schemaVersion","product","sources"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"product":{"description":"The product (a label): bundles are written to bundles/<product>/<release>/ and sealed as cutover/<product>/<release>/r<n>.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release name. When absent, it is taken from the candidate tag with releasePattern.","$ref":"common.schema.json#/$defs/label"},"candidate":{"type":"object","additionalProperties":false,"required":["tag","commit","committedAt"],"properties":{"tag":{"description":"The release-candidate tag.","type":"string","minLength":1,"maxLength":255},"commit":{"description":"The commit the tag points at (40 or 64 hex).","$ref":"common.schema.json#/$defs/commit"},"repository":{"description":"The service repository (owner/name); with commit it makes workspace lineage repository@commit:path.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"committedAt":{"description":"When the commit was made (RFC 3339): the observedAt of workspace files, so assembly is reproducible.","$ref":"common.schema.json#/$defs/time"}},"description":"The release candidate. Required for the CLI; in the action it comes from the tag that triggered the workflow, and when given here it must match."},"sources":{"description":"The authoritative sources, read in order; each entry takes the options of its kind (schemas/source-kinds/<kind>.schema.json).","type":"array","minItems":1,"items":{"type":"object","required":["id","kind"],"properties":{"id":{"description":"Unique id of this source: lineage.json keys its records <id>#<n>, and holds name it as evidence.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"kind":{"description":"The source kind, which decides what the source supplies and which options it takes (see the README's Source kinds).","enum":["records","cyclonedx","spdx","flagd","provenance","github-release","github-attestations","http-json","servicenow"]}},"allOf":[{"if":{"properties":{"kind":{"const":"records"}},"required":["kind"]},"then":{"$ref":"source-kinds/records.schema.json"}},{"if":{"properties":{"kind":{"const":"cyclonedx"}},"required":["kind"]},"then":{"$ref":"source-kinds/cyclonedx.schema.json"}},{"if":{"properties":{"kind":{"const":"spdx"}},"required":["kind"]},"then":{"$ref":"source-kinds/spdx.schema.json"}},{"if":{"properties":{"kind":{"const":"flagd"}},"required":["kind"]},"then":{"$ref":"source-kinds/flagd.schema.json"}},{"if":{"properties":{"kind":{"const":"provenance"}},"required":["kind"]},"then":{"$ref":"source-kinds/provenance.schema.json"}},{"if":{"properties":{"kind":{"const":"github-release"}},"required":["kind"]},"then":{"$ref":"source-kinds/github-release.schema.json"}},{"if":{"properties":{"kind":{"const":"github-attestations"}},"required":["kind"]},"then":{"$ref":"source-kinds/github-attestations.schema.json"}},{"if":{"properties":{"kind":{"const":"http-json"}},"required":["kind"]},"then":{"$ref":"source-kinds/http-json.schema.json"}},{"if":{"properties":{"kind":{"const":"servicenow"}},"required":["kind"]},"then":{"$ref":"source-kinds/servicenow.schema.json"}}]}},"releasePattern":{"description":"Regular expression with a named group 'release' that extracts the release from the candidate tag. Default: ^v?(?<release>[0-9][A-Za-z0-9.+_-]*?)(?:-rc[.-]?[0-9]+)?$","type":"string","minLength":1,"maxLength":500}}};
const schema2 = {"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"};
const schema4 = {"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"};
const schema16 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const schema98 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/records.schema.json","title":"Source kind 'records': a YAML or JSON file of release records in Cutover's own shape","type":"object","additionalProperties":false,"required":["id","kind","path"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'records': a file of release records in Cutover's own shape (schemas/records.schema.json).","const":"records"},"path":{"description":"Path of the YAML or JSON records file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024}}};
const schema99 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json","title":"Source kind 'cyclonedx': a CycloneDX 1.4-1.6 JSON SBOM in the workspace, describing one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'cyclonedx': a CycloneDX 1.4-1.6 JSON SBOM whose components become dependencies of one component.","const":"cyclonedx"},"path":{"description":"Path of the CycloneDX JSON file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the SBOM describes: its components become this component's dependencies (name, version, purl, licenses). The SBOM's subject (metadata.component) is checked against this component and its artifact version; a mismatch is a hold.","type":"string","minLength":1,"maxLength":200}}};
const schema100 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/spdx.schema.json","title":"Source kind 'spdx': a SPDX 2.3 JSON SBOM (or GitHub dependency-graph export) in the workspace, describing one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'spdx': an SPDX 2.3 JSON SBOM (or GitHub dependency-graph export) whose packages become dependencies of one component.","const":"spdx"},"path":{"description":"Path of the SPDX JSON file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the SBOM describes: its packages other than the described one become this component's dependencies. The described package is checked against this component and its artifact version; a mismatch is a hold.","type":"string","minLength":1,"maxLength":200}}};
const schema101 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/flagd.schema.json","title":"Source kind 'flagd': the rollout cohorts of one flag in an OpenFeature flagd flag definitions file","type":"object","additionalProperties":false,"required":["id","kind","path","flag","environments"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'flagd': the rollout cohorts of one flag in an OpenFeature flagd flag definitions file.","const":"flagd"},"path":{"description":"Path of the flagd flag definitions file (JSON or YAML), relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"flag":{"description":"Key of the flag (under 'flags') whose targeting becomes cohorts: one per fractional bucket (with its share) or per variant chosen by a rule (with the rule as its segment); ids are <flag>-<variant>. A flag that is not defined or not ENABLED is an input error.","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments every cohort of this flag applies to (each cohort's 'environments').","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}},"segmentFrom":{"description":"Name of a '$evaluators' entry whose rule, rendered as text, becomes the segment of every cohort (instead of the conditions along the targeting path). It must be defined.","type":"string","minLength":1,"maxLength":200}}};
const schema102 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/provenance.schema.json","title":"Source kind 'provenance': an in-toto/SLSA provenance document (bare, DSSE, Sigstore bundle, .intoto.jsonl, {attestations}) for one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'provenance': in-toto/SLSA provenance for one component, from a file in the workspace.","const":"provenance"},"path":{"description":"Path of the provenance document (bare statement, DSSE envelope, Sigstore bundle, .intoto.jsonl or {attestations}), relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the provenance is attached to (its 'provenance' entries).","type":"string","minLength":1,"maxLength":200},"expectDigest":{"description":"Artifact digests the provenance must name as subjects; each one not named is a 'provenance-mismatch' hold.","type":"array","items":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"},"uniqueItems":true},"trustedKeys":{"description":"Workspace paths of PEM public keys or certificates trusted to sign provenance (keyed DSSE signatures; for keyless Sigstore bundles use trustedRoot).","type":"array","items":{"type":"string","minLength":1,"maxLength":1024},"uniqueItems":true},"requireSignature":{"description":"When true, provenance whose signature is not verified (by a trusted key, or keyless against trustedRoot with a matching identity) is a 'suspicious-source' hold. Giving trustedKeys or trustedRoot has the same effect; an invalid signature is always a hold.","type":"boolean"},"trustedRoot":{"description":"Workspace path of a Sigstore trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json;version=0.1): keyless Sigstore bundles are verified against it offline with @sigstore/verify (certificate chain to its Fulcio CAs at the signing time, SCT, Rekor SET/inclusion proof, DSSE signature). Needs identity. A failed check is a 'suspicious-source' hold naming the check.","type":"string","minLength":1,"maxLength":1024},"identity":{"description":"Who must have signed a keyless bundle (checked only with trustedRoot, which it needs): the issuer plus at least one of subjectAlternativeName, subjectAlternativeNamePattern or repository. A verified signer that differs is a 'suspicious-source' hold naming expected and actual values.","type":"object","additionalProperties":false,"required":["issuer"],"anyOf":[{"required":["subjectAlternativeName"]},{"required":["subjectAlternativeNamePattern"]},{"required":["repository"]}],"properties":{"issuer":{"description":"The OIDC issuer, exactly (GitHub Actions: https://token.actions.githubusercontent.com), from Fulcio extension 1.3.6.1.4.1.57264.1.8 (legacy 1.1).","type":"string","minLength":1,"maxLength":1024},"subjectAlternativeName":{"description":"The certificate's subject alternative name, exactly (GitHub Actions: https://github.com/<owner>/<repo>/<workflow path>@<ref>).","type":"string","minLength":1,"maxLength":2048},"subjectAlternativeNamePattern":{"description":"A JavaScript regular expression the whole SAN must match (anchored with ^(?:...)$), e.g. ^https://github\\.com/acme/payments/\\.github/workflows/release\\.yml@refs/tags/v.*","type":"string","minLength":1,"maxLength":1024},"repository":{"description":"The repository whose workflow run signed: owner/name on github.com or a full https:// URL, compared case-insensitively with the Source Repository URI (Fulcio extension 1.12, legacy 1.5).","type":"string","minLength":1,"maxLength":1024},"ref":{"description":"The git ref of the signing run, exactly (e.g. refs/tags/v2.4.0), compared with the Source Repository Ref (Fulcio extension 1.14, legacy 1.6).","type":"string","minLength":1,"maxLength":1024},"refPattern":{"description":"A JavaScript regular expression the whole Source Repository Ref must match, e.g. refs/tags/v.*","type":"string","minLength":1,"maxLength":1024}}}},"dependentRequired":{"trustedRoot":["identity"],"identity":["trustedRoot"]}};
const schema103 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/github-release.schema.json","title":"Source kind 'github-release': assets of the candidate tag's GitHub release as artifacts of one component","type":"object","additionalProperties":false,"required":["id","kind","component"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'github-release': the assets of the candidate tag's GitHub release become artifacts of one component (the action only; needs a GitHub token).","const":"github-release"},"component":{"description":"The bundle component the release assets are artifacts of.","type":"string","minLength":1,"maxLength":200},"assets":{"description":"Asset names, or one glob (* and ?) over asset names. All assets when absent.","oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":255}}]},"version":{"description":"Version recorded for every asset. Default: the candidate tag without a leading 'v' before a digit.","type":"string","minLength":1,"maxLength":128},"maxBytes":{"description":"Largest asset, in bytes, downloaded to compute a digest when GitHub states none (such an asset is also a 'suspicious-source' hold). Default: the file size limit (16 MiB).","type":"integer","minimum":1}}};
const schema104 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/github-attestations.schema.json","title":"Source kind 'github-attestations': SLSA provenance from GitHub's attestations API for given subject digests of one component","type":"object","additionalProperties":false,"required":["id","kind","component","subjects"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'github-attestations': SLSA provenance read from the candidate repository's attestations API (the action only; needs a GitHub token).","const":"github-attestations"},"component":{"description":"The bundle component the provenance is attached to (its 'provenance' entries).","type":"string","minLength":1,"maxLength":200},"subjects":{"description":"Artifact digests to ask GitHub's attestations API for; a digest with no SLSA provenance attestation is a 'provenance-mismatch' hold, and the provenance found must name it as a subject.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"trustedKeys":{"description":"Workspace paths of PEM public keys or certificates trusted to sign provenance (keyed DSSE signatures; for keyless Sigstore bundles use trustedRoot).","type":"array","items":{"type":"string","minLength":1,"maxLength":1024},"uniqueItems":true},"requireSignature":{"description":"When true, provenance whose signature is not verified (by a trusted key, or keyless against trustedRoot with a matching identity) is a 'suspicious-source' hold. Giving trustedKeys or trustedRoot has the same effect; an invalid signature is always a hold.","type":"boolean"},"trustedRoot":{"description":"Workspace path of a Sigstore trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json;version=0.1): keyless Sigstore bundles are verified against it offline with @sigstore/verify (certificate chain to its Fulcio CAs at the signing time, SCT, Rekor SET/inclusion proof, DSSE signature). Needs identity. A failed check is a 'suspicious-source' hold naming the check.","type":"string","minLength":1,"maxLength":1024},"identity":{"description":"Who must have signed a keyless bundle (checked only with trustedRoot, which it needs): the issuer plus at least one of subjectAlternativeName, subjectAlternativeNamePattern or repository. A verified signer that differs is a 'suspicious-source' hold naming expected and actual values.","type":"object","additionalProperties":false,"required":["issuer"],"anyOf":[{"required":["subjectAlternativeName"]},{"required":["subjectAlternativeNamePattern"]},{"required":["repository"]}],"properties":{"issuer":{"description":"The OIDC issuer, exactly (GitHub Actions: https://token.actions.githubusercontent.com), from Fulcio extension 1.3.6.1.4.1.57264.1.8 (legacy 1.1).","type":"string","minLength":1,"maxLength":1024},"subjectAlternativeName":{"description":"The certificate's subject alternative name, exactly (GitHub Actions: https://github.com/<owner>/<repo>/<workflow path>@<ref>).","type":"string","minLength":1,"maxLength":2048},"subjectAlternativeNamePattern":{"description":"A JavaScript regular expression the whole SAN must match (anchored with ^(?:...)$), e.g. ^https://github\\.com/acme/payments/\\.github/workflows/release\\.yml@refs/tags/v.*","type":"string","minLength":1,"maxLength":1024},"repository":{"description":"The repository whose workflow run signed: owner/name on github.com or a full https:// URL, compared case-insensitively with the Source Repository URI (Fulcio extension 1.12, legacy 1.5).","type":"string","minLength":1,"maxLength":1024},"ref":{"description":"The git ref of the signing run, exactly (e.g. refs/tags/v2.4.0), compared with the Source Repository Ref (Fulcio extension 1.14, legacy 1.6).","type":"string","minLength":1,"maxLength":1024},"refPattern":{"description":"A JavaScript regular expression the whole Source Repository Ref must match, e.g. refs/tags/v.*","type":"string","minLength":1,"maxLength":1024}}}},"dependentRequired":{"trustedRoot":["identity"],"identity":["trustedRoot"]}};
const schema105 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/http-json.schema.json","title":"Source kind 'http-json': a JSON document over HTTPS (change management, rollout planning, rollback references) mapped into one records section","type":"object","additionalProperties":false,"required":["id","kind","url","provides"],"properties":{"id":{"description":"This source's id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"'http-json': a JSON document fetched over HTTPS and mapped into one records section.","const":"http-json"},"url":{"description":"URL of the JSON document: https (http only to 127.0.0.1, localhost or [::1]); only same-host redirects are followed. Lineage records it without credentials, query or fragment.","type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://"},"provides":{"description":"The records section the mapped elements become (as in schemas/records.schema.json): 'window' (exactly one element), or a list of 'cohorts', 'rollback', 'waivers' or 'environments'.","enum":["window","cohorts","rollback","waivers","environments"]},"headers":{"description":"Header name -> name of the environment variable holding its secret value.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9-]{1,100}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,99}$"}},"items":{"description":"JSONPath selecting one element per record.","type":"string","minLength":1,"maxLength":1024},"map":{"description":"Record field (dotted for nested) -> JSONPath relative to the element, or { path, split, convert }: split a string on a separator into a list, convert 'timestamp-utc' turns 'YYYY-MM-DD HH:mm:ss' (UTC) into RFC 3339.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$"},"additionalProperties":{"oneOf":[{"type":"string","minLength":1,"maxLength":1024},{"type":"object","additionalProperties":false,"required":["path"],"minProperties":2,"properties":{"path":{"description":"JSONPath relative to the element.","type":"string","minLength":1,"maxLength":1024},"split":{"description":"Separator: each matched string becomes a list of its trimmed, non-empty parts.","type":"string","minLength":1,"maxLength":10},"convert":{"description":"timestamp-utc: 'YYYY-MM-DD HH:mm:ss' in UTC (no zone) becomes RFC 3339 'YYYY-MM-DDTHH:mm:ssZ'.","enum":["timestamp-utc"]}}}]}},"timeoutMs":{"description":"Time-out of each attempt in milliseconds. Default 10000.","type":"integer","minimum":1,"maximum":300000},"retries":{"description":"Further attempts after a 5xx response, a network error or a time-out (never after a 4xx). Default 2.","type":"integer","minimum":0,"maximum":10},"backoffMs":{"description":"Wait before the first retry in milliseconds, doubled for each further retry. Default 250.","type":"integer","minimum":0,"maximum":60000},"maxBytes":{"description":"Largest response body read, in bytes; a larger one is an input error. Default: the file size limit (16 MiB).","type":"integer","minimum":1}}};
const schema106 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/servicenow.schema.json","title":"Source kind 'servicenow': one change_request from the ServiceNow Table API (sysparm_display_value=all) read as the change window","type":"object","additionalProperties":false,"required":["id","kind","instance","number"],"properties":{"id":{"description":"The source id, unique in the sources file."},"kind":{"description":"servicenow","const":"servicenow"},"instance":{"description":"Instance base URL, e.g. https://acme.service-now.com (http only to localhost, for tests).","type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://"},"number":{"description":"Change request number, e.g. CHG0030001 (letters, digits, '_', '-' only: it goes into sysparm_query, where '^' and '=' are operators).","type":"string","pattern":"^[A-Za-z0-9_-]{1,40}$"},"headers":{"description":"Header name -> name of the environment variable holding its secret value.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9-]{1,100}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,99}$"}},"queueField":{"description":"Field whose display value is the queue (default assignment_group).","type":"string","pattern":"^[a-z][a-z0-9_]{0,79}$"},"environmentsField":{"description":"Field whose display value, split on commas, lists the environments (default cmdb_ci, the affected CI).","type":"string","pattern":"^[a-z][a-z0-9_]{0,79}$"},"states":{"description":"State values (not display values) a window may come from (default -2 Scheduled, -1 Implement).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":40}},"timeoutMs":{"description":"Time-out per attempt in milliseconds (default 10000).","type":"integer","minimum":1,"maximum":300000},"retries":{"description":"Retries on 5xx, network errors and time-outs (default 2); never on 4xx.","type":"integer","minimum":0,"maximum":10},"backoffMs":{"description":"First backoff in milliseconds, doubled per retry (default 250).","type":"integer","minimum":0,"maximum":60000},"maxBytes":{"description":"Largest response body accepted (default: the action's file limit).","type":"integer","minimum":1}}};
const pattern0 = new RegExp("^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$", "u");
const pattern2 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const pattern6 = new RegExp("^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$", "u");
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern74 = new RegExp("^https?://", "u");
const pattern75 = new RegExp("^[A-Za-z0-9-]{1,100}$", "u");
const pattern76 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,99}$", "u");
const pattern77 = new RegExp("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$", "u");
const pattern79 = new RegExp("^[A-Za-z0-9_-]{1,40}$", "u");
const pattern82 = new RegExp("^[a-z][a-z0-9_]{0,79}$", "u");
const pattern84 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const func1 = (__webpack_require__(6214)/* ["default"] */ .A);
const func0 = Object.prototype.hasOwnProperty;
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/sources.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sources === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "schemaVersion") || (key0 === "product")) || (key0 === "release")) || (key0 === "candidate")) || (key0 === "sources")) || (key0 === "releasePattern"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err4 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema93.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.release !== undefined){
let data2 = data.release;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.candidate !== undefined){
let data3 = data.candidate;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.tag === undefined){
const err9 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'",schema:schema93.properties.candidate.required,parentSchema:schema93.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.commit === undefined){
const err10 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema93.properties.candidate.required,parentSchema:schema93.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.committedAt === undefined){
const err11 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/required",keyword:"required",params:{missingProperty: "committedAt"},message:"must have required property '"+"committedAt"+"'",schema:schema93.properties.candidate.required,parentSchema:schema93.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "tag") || (key1 === "commit")) || (key1 === "repository")) || (key1 === "committedAt"))){
const err12 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tag !== undefined){
let data4 = data3.tag;
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err13 = {instancePath:instancePath+"/candidate/tag",schemaPath:"#/properties/candidate/properties/tag/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema93.properties.candidate.properties.tag,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data4) < 1){
const err14 = {instancePath:instancePath+"/candidate/tag",schemaPath:"#/properties/candidate/properties/tag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema93.properties.candidate.properties.tag,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/candidate/tag",schemaPath:"#/properties/candidate/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.candidate.properties.tag.type,parentSchema:schema93.properties.candidate.properties.tag,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.commit !== undefined){
let data5 = data3.commit;
if(typeof data5 === "string"){
if(!pattern2.test(data5)){
const err16 = {instancePath:instancePath+"/candidate/commit",schemaPath:"common.schema.json#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema4,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/candidate/commit",schemaPath:"common.schema.json#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.repository !== undefined){
let data6 = data3.repository;
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err18 = {instancePath:instancePath+"/candidate/repository",schemaPath:"#/properties/candidate/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema93.properties.candidate.properties.repository,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/candidate/repository",schemaPath:"#/properties/candidate/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.candidate.properties.repository.type,parentSchema:schema93.properties.candidate.properties.repository,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.committedAt !== undefined){
let data7 = data3.committedAt;
if(typeof data7 === "string"){
if(!pattern12.test(data7)){
const err20 = {instancePath:instancePath+"/candidate/committedAt",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(formats0.validate(data7))){
const err21 = {instancePath:instancePath+"/candidate/committedAt",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema16,data:data7};
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
const err22 = {instancePath:instancePath+"/candidate/committedAt",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.candidate.type,parentSchema:schema93.properties.candidate,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.sources !== undefined){
let data8 = data.sources;
if(Array.isArray(data8)){
if(data8.length < 1){
const err24 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema93.properties.sources,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs27 = errors;
let valid9 = true;
const _errs28 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing0;
if((data9.kind === undefined) && (missing0 = "kind")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("records" !== data9.kind){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
var _valid0 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs30 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err27 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/records.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema98.required,parentSchema:schema98,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9.kind === undefined){
const err28 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/records.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema98.required,parentSchema:schema98,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9.path === undefined){
const err29 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/records.schema.json/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema98.required,parentSchema:schema98,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data9){
if(!(((key2 === "id") || (key2 === "kind")) || (key2 === "path"))){
const err30 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/records.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema98,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.kind !== undefined){
let data11 = data9.kind;
if("records" !== data11){
const err31 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/records.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "records"},message:"must be equal to constant",schema:"records",parentSchema:schema98.properties.kind,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.path !== undefined){
let data12 = data9.path;
if(typeof data12 === "string"){
if(func1(data12) > 1024){
const err32 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/records.schema.json/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema98.properties.path,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func1(data12) < 1){
const err33 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/records.schema.json/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema98.properties.path,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/records.schema.json/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.properties.path.type,parentSchema:schema98.properties.path,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/records.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema98.type,parentSchema:schema98,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid9 = _valid0;
if(valid9){
var props0 = true;
}
}
if(!valid9){
const err36 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[0].if,parentSchema:schema93.properties.sources.items.allOf[0],data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const _errs38 = errors;
let valid13 = true;
const _errs39 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if((data9.kind === undefined) && (missing1 = "kind")){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("cyclonedx" !== data9.kind){
const err38 = {};
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
}
var _valid1 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs41 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err39 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/cyclonedx.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema99.required,parentSchema:schema99,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data9.kind === undefined){
const err40 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/cyclonedx.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema99.required,parentSchema:schema99,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data9.path === undefined){
const err41 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/cyclonedx.schema.json/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema99.required,parentSchema:schema99,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data9.component === undefined){
const err42 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/cyclonedx.schema.json/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema99.required,parentSchema:schema99,data:data9};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key3 in data9){
if(!((((key3 === "id") || (key3 === "kind")) || (key3 === "path")) || (key3 === "component"))){
const err43 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/cyclonedx.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema99,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data9.kind !== undefined){
let data14 = data9.kind;
if("cyclonedx" !== data14){
const err44 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/cyclonedx.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "cyclonedx"},message:"must be equal to constant",schema:"cyclonedx",parentSchema:schema99.properties.kind,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data9.path !== undefined){
let data15 = data9.path;
if(typeof data15 === "string"){
if(func1(data15) > 1024){
const err45 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/cyclonedx.schema.json/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema99.properties.path,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func1(data15) < 1){
const err46 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/cyclonedx.schema.json/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.path,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/cyclonedx.schema.json/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.path.type,parentSchema:schema99.properties.path,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data9.component !== undefined){
let data16 = data9.component;
if(typeof data16 === "string"){
if(func1(data16) > 200){
const err48 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/cyclonedx.schema.json/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema99.properties.component,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func1(data16) < 1){
const err49 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/cyclonedx.schema.json/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema99.properties.component,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/cyclonedx.schema.json/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.component.type,parentSchema:schema99.properties.component,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/cyclonedx.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data:data9};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid1 = _errs41 === errors;
valid13 = _valid1;
if(valid13){
var props1 = true;
}
}
if(!valid13){
const err52 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[1].if,parentSchema:schema93.properties.sources.items.allOf[1],data:data9};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs51 = errors;
let valid17 = true;
const _errs52 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if((data9.kind === undefined) && (missing2 = "kind")){
const err53 = {};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("spdx" !== data9.kind){
const err54 = {};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
}
var _valid2 = _errs52 === errors;
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs54 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err55 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/spdx.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema100.required,parentSchema:schema100,data:data9};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data9.kind === undefined){
const err56 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/spdx.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema100.required,parentSchema:schema100,data:data9};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data9.path === undefined){
const err57 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/spdx.schema.json/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema100.required,parentSchema:schema100,data:data9};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data9.component === undefined){
const err58 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/spdx.schema.json/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema100.required,parentSchema:schema100,data:data9};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key4 in data9){
if(!((((key4 === "id") || (key4 === "kind")) || (key4 === "path")) || (key4 === "component"))){
const err59 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/spdx.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data:data9};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data9.kind !== undefined){
let data18 = data9.kind;
if("spdx" !== data18){
const err60 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/spdx.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "spdx"},message:"must be equal to constant",schema:"spdx",parentSchema:schema100.properties.kind,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data9.path !== undefined){
let data19 = data9.path;
if(typeof data19 === "string"){
if(func1(data19) > 1024){
const err61 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/spdx.schema.json/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema100.properties.path,data:data19};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(func1(data19) < 1){
const err62 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/spdx.schema.json/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.path,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/spdx.schema.json/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.path.type,parentSchema:schema100.properties.path,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data9.component !== undefined){
let data20 = data9.component;
if(typeof data20 === "string"){
if(func1(data20) > 200){
const err64 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/spdx.schema.json/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema100.properties.component,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(func1(data20) < 1){
const err65 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/spdx.schema.json/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.component,data:data20};
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
const err66 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/spdx.schema.json/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.component.type,parentSchema:schema100.properties.component,data:data20};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/spdx.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data:data9};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid2 = _errs54 === errors;
valid17 = _valid2;
if(valid17){
var props2 = true;
}
}
if(!valid17){
const err68 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[2].if,parentSchema:schema93.properties.sources.items.allOf[2],data:data9};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs64 = errors;
let valid21 = true;
const _errs65 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing3;
if((data9.kind === undefined) && (missing3 = "kind")){
const err69 = {};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("flagd" !== data9.kind){
const err70 = {};
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
}
var _valid3 = _errs65 === errors;
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs67 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err71 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/flagd.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema101.required,parentSchema:schema101,data:data9};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data9.kind === undefined){
const err72 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/flagd.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema101.required,parentSchema:schema101,data:data9};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data9.path === undefined){
const err73 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/flagd.schema.json/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema101.required,parentSchema:schema101,data:data9};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data9.flag === undefined){
const err74 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/flagd.schema.json/required",keyword:"required",params:{missingProperty: "flag"},message:"must have required property '"+"flag"+"'",schema:schema101.required,parentSchema:schema101,data:data9};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data9.environments === undefined){
const err75 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/flagd.schema.json/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema101.required,parentSchema:schema101,data:data9};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key5 in data9){
if(!((((((key5 === "id") || (key5 === "kind")) || (key5 === "path")) || (key5 === "flag")) || (key5 === "environments")) || (key5 === "segmentFrom"))){
const err76 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/flagd.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data:data9};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data9.kind !== undefined){
let data22 = data9.kind;
if("flagd" !== data22){
const err77 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/flagd.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "flagd"},message:"must be equal to constant",schema:"flagd",parentSchema:schema101.properties.kind,data:data22};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data9.path !== undefined){
let data23 = data9.path;
if(typeof data23 === "string"){
if(func1(data23) > 1024){
const err78 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/flagd.schema.json/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema101.properties.path,data:data23};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(func1(data23) < 1){
const err79 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/flagd.schema.json/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema101.properties.path,data:data23};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/flagd.schema.json/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.path.type,parentSchema:schema101.properties.path,data:data23};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data9.flag !== undefined){
let data24 = data9.flag;
if(typeof data24 === "string"){
if(func1(data24) > 200){
const err81 = {instancePath:instancePath+"/sources/" + i0+"/flag",schemaPath:"source-kinds/flagd.schema.json/properties/flag/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema101.properties.flag,data:data24};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(func1(data24) < 1){
const err82 = {instancePath:instancePath+"/sources/" + i0+"/flag",schemaPath:"source-kinds/flagd.schema.json/properties/flag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema101.properties.flag,data:data24};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/sources/" + i0+"/flag",schemaPath:"source-kinds/flagd.schema.json/properties/flag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.flag.type,parentSchema:schema101.properties.flag,data:data24};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data9.environments !== undefined){
let data25 = data9.environments;
if(Array.isArray(data25)){
if(data25.length < 1){
const err84 = {instancePath:instancePath+"/sources/" + i0+"/environments",schemaPath:"source-kinds/flagd.schema.json/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema101.properties.environments,data:data25};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
let data26 = data25[i1];
if(typeof data26 === "string"){
if(func1(data26) > 200){
const err85 = {instancePath:instancePath+"/sources/" + i0+"/environments/" + i1,schemaPath:"source-kinds/flagd.schema.json/properties/environments/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema101.properties.environments.items,data:data26};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func1(data26) < 1){
const err86 = {instancePath:instancePath+"/sources/" + i0+"/environments/" + i1,schemaPath:"source-kinds/flagd.schema.json/properties/environments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema101.properties.environments.items,data:data26};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/sources/" + i0+"/environments/" + i1,schemaPath:"source-kinds/flagd.schema.json/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.environments.items.type,parentSchema:schema101.properties.environments.items,data:data26};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
let i2 = data25.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data25[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err88 = {instancePath:instancePath+"/sources/" + i0+"/environments",schemaPath:"source-kinds/flagd.schema.json/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema101.properties.environments,data:data25};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err89 = {instancePath:instancePath+"/sources/" + i0+"/environments",schemaPath:"source-kinds/flagd.schema.json/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema101.properties.environments.type,parentSchema:schema101.properties.environments,data:data25};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data9.segmentFrom !== undefined){
let data27 = data9.segmentFrom;
if(typeof data27 === "string"){
if(func1(data27) > 200){
const err90 = {instancePath:instancePath+"/sources/" + i0+"/segmentFrom",schemaPath:"source-kinds/flagd.schema.json/properties/segmentFrom/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema101.properties.segmentFrom,data:data27};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(func1(data27) < 1){
const err91 = {instancePath:instancePath+"/sources/" + i0+"/segmentFrom",schemaPath:"source-kinds/flagd.schema.json/properties/segmentFrom/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema101.properties.segmentFrom,data:data27};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/sources/" + i0+"/segmentFrom",schemaPath:"source-kinds/flagd.schema.json/properties/segmentFrom/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.segmentFrom.type,parentSchema:schema101.properties.segmentFrom,data:data27};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/flagd.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data:data9};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid3 = _errs67 === errors;
valid21 = _valid3;
if(valid21){
var props3 = true;
}
}
if(!valid21){
const err94 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[3].if,parentSchema:schema93.properties.sources.items.allOf[3],data:data9};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs83 = errors;
let valid28 = true;
const _errs84 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing4;
if((data9.kind === undefined) && (missing4 = "kind")){
const err95 = {};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("provenance" !== data9.kind){
const err96 = {};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
}
var _valid4 = _errs84 === errors;
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs86 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err97 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/provenance.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema102.required,parentSchema:schema102,data:data9};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data9.kind === undefined){
const err98 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/provenance.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema102.required,parentSchema:schema102,data:data9};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data9.path === undefined){
const err99 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/provenance.schema.json/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema102.required,parentSchema:schema102,data:data9};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data9.component === undefined){
const err100 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/provenance.schema.json/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema102.required,parentSchema:schema102,data:data9};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key6 in data9){
if(!(func0.call(schema102.properties, key6))){
const err101 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/provenance.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data:data9};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data9.kind !== undefined){
let data29 = data9.kind;
if("provenance" !== data29){
const err102 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/provenance.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "provenance"},message:"must be equal to constant",schema:"provenance",parentSchema:schema102.properties.kind,data:data29};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data9.path !== undefined){
let data30 = data9.path;
if(typeof data30 === "string"){
if(func1(data30) > 1024){
const err103 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/provenance.schema.json/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.path,data:data30};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(func1(data30) < 1){
const err104 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/provenance.schema.json/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.path,data:data30};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/sources/" + i0+"/path",schemaPath:"source-kinds/provenance.schema.json/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.path.type,parentSchema:schema102.properties.path,data:data30};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data9.component !== undefined){
let data31 = data9.component;
if(typeof data31 === "string"){
if(func1(data31) > 200){
const err106 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/provenance.schema.json/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema102.properties.component,data:data31};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(func1(data31) < 1){
const err107 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/provenance.schema.json/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.component,data:data31};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/provenance.schema.json/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.component.type,parentSchema:schema102.properties.component,data:data31};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data9.expectDigest !== undefined){
let data32 = data9.expectDigest;
if(Array.isArray(data32)){
const len2 = data32.length;
for(let i3=0; i3<len2; i3++){
let data33 = data32[i3];
if(typeof data33 === "string"){
if(!pattern6.test(data33)){
const err109 = {instancePath:instancePath+"/sources/" + i0+"/expectDigest/" + i3,schemaPath:"source-kinds/provenance.schema.json/properties/expectDigest/items/pattern",keyword:"pattern",params:{pattern: "^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"},message:"must match pattern \""+"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"+"\"",schema:"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$",parentSchema:schema102.properties.expectDigest.items,data:data33};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/sources/" + i0+"/expectDigest/" + i3,schemaPath:"source-kinds/provenance.schema.json/properties/expectDigest/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.expectDigest.items.type,parentSchema:schema102.properties.expectDigest.items,data:data33};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
let i4 = data32.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data32[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err111 = {instancePath:instancePath+"/sources/" + i0+"/expectDigest",schemaPath:"source-kinds/provenance.schema.json/properties/expectDigest/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema102.properties.expectDigest,data:data32};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err112 = {instancePath:instancePath+"/sources/" + i0+"/expectDigest",schemaPath:"source-kinds/provenance.schema.json/properties/expectDigest/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.properties.expectDigest.type,parentSchema:schema102.properties.expectDigest,data:data32};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data9.trustedKeys !== undefined){
let data34 = data9.trustedKeys;
if(Array.isArray(data34)){
const len3 = data34.length;
for(let i5=0; i5<len3; i5++){
let data35 = data34[i5];
if(typeof data35 === "string"){
if(func1(data35) > 1024){
const err113 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys/" + i5,schemaPath:"source-kinds/provenance.schema.json/properties/trustedKeys/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.trustedKeys.items,data:data35};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(func1(data35) < 1){
const err114 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys/" + i5,schemaPath:"source-kinds/provenance.schema.json/properties/trustedKeys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.trustedKeys.items,data:data35};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys/" + i5,schemaPath:"source-kinds/provenance.schema.json/properties/trustedKeys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.trustedKeys.items.type,parentSchema:schema102.properties.trustedKeys.items,data:data35};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
let i6 = data34.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data34[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err116 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys",schemaPath:"source-kinds/provenance.schema.json/properties/trustedKeys/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema102.properties.trustedKeys,data:data34};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err117 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys",schemaPath:"source-kinds/provenance.schema.json/properties/trustedKeys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.properties.trustedKeys.type,parentSchema:schema102.properties.trustedKeys,data:data34};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data9.requireSignature !== undefined){
let data36 = data9.requireSignature;
if(typeof data36 !== "boolean"){
const err118 = {instancePath:instancePath+"/sources/" + i0+"/requireSignature",schemaPath:"source-kinds/provenance.schema.json/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema102.properties.requireSignature.type,parentSchema:schema102.properties.requireSignature,data:data36};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data9.trustedRoot !== undefined){
let data37 = data9.trustedRoot;
if(typeof data37 === "string"){
if(func1(data37) > 1024){
const err119 = {instancePath:instancePath+"/sources/" + i0+"/trustedRoot",schemaPath:"source-kinds/provenance.schema.json/properties/trustedRoot/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.trustedRoot,data:data37};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(func1(data37) < 1){
const err120 = {instancePath:instancePath+"/sources/" + i0+"/trustedRoot",schemaPath:"source-kinds/provenance.schema.json/properties/trustedRoot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.trustedRoot,data:data37};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/sources/" + i0+"/trustedRoot",schemaPath:"source-kinds/provenance.schema.json/properties/trustedRoot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.trustedRoot.type,parentSchema:schema102.properties.trustedRoot,data:data37};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data9.identity !== undefined){
let data38 = data9.identity;
const _errs109 = errors;
let valid38 = false;
const _errs110 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.subjectAlternativeName === undefined){
const err122 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/provenance.schema.json/properties/identity/anyOf/0/required",keyword:"required",params:{missingProperty: "subjectAlternativeName"},message:"must have required property '"+"subjectAlternativeName"+"'",schema:schema102.properties.identity.anyOf[0].required,parentSchema:schema102.properties.identity.anyOf[0],data:data38};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
var _valid5 = _errs110 === errors;
valid38 = valid38 || _valid5;
const _errs111 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.subjectAlternativeNamePattern === undefined){
const err123 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/provenance.schema.json/properties/identity/anyOf/1/required",keyword:"required",params:{missingProperty: "subjectAlternativeNamePattern"},message:"must have required property '"+"subjectAlternativeNamePattern"+"'",schema:schema102.properties.identity.anyOf[1].required,parentSchema:schema102.properties.identity.anyOf[1],data:data38};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
var _valid5 = _errs111 === errors;
valid38 = valid38 || _valid5;
const _errs112 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.repository === undefined){
const err124 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/provenance.schema.json/properties/identity/anyOf/2/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema102.properties.identity.anyOf[2].required,parentSchema:schema102.properties.identity.anyOf[2],data:data38};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
var _valid5 = _errs112 === errors;
valid38 = valid38 || _valid5;
if(!valid38){
const err125 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/provenance.schema.json/properties/identity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema102.properties.identity.anyOf,parentSchema:schema102.properties.identity,data:data38};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
else {
errors = _errs109;
if(vErrors !== null){
if(_errs109){
vErrors.length = _errs109;
}
else {
vErrors = null;
}
}
}
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.issuer === undefined){
const err126 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/provenance.schema.json/properties/identity/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema102.properties.identity.required,parentSchema:schema102.properties.identity,data:data38};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
for(const key7 in data38){
if(!((((((key7 === "issuer") || (key7 === "subjectAlternativeName")) || (key7 === "subjectAlternativeNamePattern")) || (key7 === "repository")) || (key7 === "ref")) || (key7 === "refPattern"))){
const err127 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/provenance.schema.json/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema102.properties.identity,data:data38};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data38.issuer !== undefined){
let data39 = data38.issuer;
if(typeof data39 === "string"){
if(func1(data39) > 1024){
const err128 = {instancePath:instancePath+"/sources/" + i0+"/identity/issuer",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.issuer,data:data39};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(func1(data39) < 1){
const err129 = {instancePath:instancePath+"/sources/" + i0+"/identity/issuer",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.issuer,data:data39};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/sources/" + i0+"/identity/issuer",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.issuer.type,parentSchema:schema102.properties.identity.properties.issuer,data:data39};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data38.subjectAlternativeName !== undefined){
let data40 = data38.subjectAlternativeName;
if(typeof data40 === "string"){
if(func1(data40) > 2048){
const err131 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeName",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/subjectAlternativeName/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema102.properties.identity.properties.subjectAlternativeName,data:data40};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(func1(data40) < 1){
const err132 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeName",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/subjectAlternativeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.subjectAlternativeName,data:data40};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeName",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/subjectAlternativeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.subjectAlternativeName.type,parentSchema:schema102.properties.identity.properties.subjectAlternativeName,data:data40};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data38.subjectAlternativeNamePattern !== undefined){
let data41 = data38.subjectAlternativeNamePattern;
if(typeof data41 === "string"){
if(func1(data41) > 1024){
const err134 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeNamePattern",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/subjectAlternativeNamePattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.subjectAlternativeNamePattern,data:data41};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(func1(data41) < 1){
const err135 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeNamePattern",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/subjectAlternativeNamePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.subjectAlternativeNamePattern,data:data41};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeNamePattern",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/subjectAlternativeNamePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.subjectAlternativeNamePattern.type,parentSchema:schema102.properties.identity.properties.subjectAlternativeNamePattern,data:data41};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data38.repository !== undefined){
let data42 = data38.repository;
if(typeof data42 === "string"){
if(func1(data42) > 1024){
const err137 = {instancePath:instancePath+"/sources/" + i0+"/identity/repository",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/repository/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.repository,data:data42};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(func1(data42) < 1){
const err138 = {instancePath:instancePath+"/sources/" + i0+"/identity/repository",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/repository/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.repository,data:data42};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/sources/" + i0+"/identity/repository",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.repository.type,parentSchema:schema102.properties.identity.properties.repository,data:data42};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data38.ref !== undefined){
let data43 = data38.ref;
if(typeof data43 === "string"){
if(func1(data43) > 1024){
const err140 = {instancePath:instancePath+"/sources/" + i0+"/identity/ref",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.ref,data:data43};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(func1(data43) < 1){
const err141 = {instancePath:instancePath+"/sources/" + i0+"/identity/ref",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.ref,data:data43};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/sources/" + i0+"/identity/ref",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.ref.type,parentSchema:schema102.properties.identity.properties.ref,data:data43};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data38.refPattern !== undefined){
let data44 = data38.refPattern;
if(typeof data44 === "string"){
if(func1(data44) > 1024){
const err143 = {instancePath:instancePath+"/sources/" + i0+"/identity/refPattern",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/refPattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema102.properties.identity.properties.refPattern,data:data44};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(func1(data44) < 1){
const err144 = {instancePath:instancePath+"/sources/" + i0+"/identity/refPattern",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/refPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.identity.properties.refPattern,data:data44};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/sources/" + i0+"/identity/refPattern",schemaPath:"source-kinds/provenance.schema.json/properties/identity/properties/refPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.identity.properties.refPattern.type,parentSchema:schema102.properties.identity.properties.refPattern,data:data44};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/provenance.schema.json/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.properties.identity.type,parentSchema:schema102.properties.identity,data:data38};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data9.trustedRoot !== undefined){
if(data9.identity === undefined){
const err147 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/provenance.schema.json/dependentRequired",keyword:"dependentRequired",params:{property: "trustedRoot",
    missingProperty: "identity",
    depsCount: 1,
    deps: "identity"},message:"must have property identity when property trustedRoot is present",schema:schema102.dependentRequired,parentSchema:schema102,data:data9};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data9.identity !== undefined){
if(data9.trustedRoot === undefined){
const err148 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/provenance.schema.json/dependentRequired",keyword:"dependentRequired",params:{property: "identity",
    missingProperty: "trustedRoot",
    depsCount: 1,
    deps: "trustedRoot"},message:"must have property trustedRoot when property identity is present",schema:schema102.dependentRequired,parentSchema:schema102,data:data9};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/provenance.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data:data9};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
var _valid4 = _errs86 === errors;
valid28 = _valid4;
if(valid28){
var props4 = true;
}
}
if(!valid28){
const err150 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[4].if,parentSchema:schema93.properties.sources.items.allOf[4],data:data9};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs127 = errors;
let valid40 = true;
const _errs128 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing6;
if((data9.kind === undefined) && (missing6 = "kind")){
const err151 = {};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("github-release" !== data9.kind){
const err152 = {};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
}
var _valid6 = _errs128 === errors;
errors = _errs127;
if(vErrors !== null){
if(_errs127){
vErrors.length = _errs127;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs130 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err153 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-release.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema103.required,parentSchema:schema103,data:data9};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data9.kind === undefined){
const err154 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-release.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema103.required,parentSchema:schema103,data:data9};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data9.component === undefined){
const err155 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-release.schema.json/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema103.required,parentSchema:schema103,data:data9};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
for(const key8 in data9){
if(!((((((key8 === "id") || (key8 === "kind")) || (key8 === "component")) || (key8 === "assets")) || (key8 === "version")) || (key8 === "maxBytes"))){
const err156 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-release.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data:data9};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data9.kind !== undefined){
let data46 = data9.kind;
if("github-release" !== data46){
const err157 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/github-release.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "github-release"},message:"must be equal to constant",schema:"github-release",parentSchema:schema103.properties.kind,data:data46};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data9.component !== undefined){
let data47 = data9.component;
if(typeof data47 === "string"){
if(func1(data47) > 200){
const err158 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/github-release.schema.json/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema103.properties.component,data:data47};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(func1(data47) < 1){
const err159 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/github-release.schema.json/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.properties.component,data:data47};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/github-release.schema.json/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.component.type,parentSchema:schema103.properties.component,data:data47};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data9.assets !== undefined){
let data48 = data9.assets;
const _errs138 = errors;
let valid44 = false;
let passing0 = null;
const _errs139 = errors;
if(typeof data48 === "string"){
if(func1(data48) > 255){
const err161 = {instancePath:instancePath+"/sources/" + i0+"/assets",schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema103.properties.assets.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(func1(data48) < 1){
const err162 = {instancePath:instancePath+"/sources/" + i0+"/assets",schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.properties.assets.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/sources/" + i0+"/assets",schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.assets.oneOf[0].type,parentSchema:schema103.properties.assets.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
var _valid7 = _errs139 === errors;
if(_valid7){
valid44 = true;
passing0 = 0;
}
const _errs141 = errors;
if(Array.isArray(data48)){
if(data48.length < 1){
const err164 = {instancePath:instancePath+"/sources/" + i0+"/assets",schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema103.properties.assets.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
const len4 = data48.length;
for(let i7=0; i7<len4; i7++){
let data49 = data48[i7];
if(typeof data49 === "string"){
if(func1(data49) > 255){
const err165 = {instancePath:instancePath+"/sources/" + i0+"/assets/" + i7,schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/1/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema103.properties.assets.oneOf[1].items,data:data49};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(func1(data49) < 1){
const err166 = {instancePath:instancePath+"/sources/" + i0+"/assets/" + i7,schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.properties.assets.oneOf[1].items,data:data49};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/sources/" + i0+"/assets/" + i7,schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.assets.oneOf[1].items.type,parentSchema:schema103.properties.assets.oneOf[1].items,data:data49};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
let i8 = data48.length;
let j3;
if(i8 > 1){
const indices3 = {};
for(;i8--;){
let item3 = data48[i8];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err168 = {instancePath:instancePath+"/sources/" + i0+"/assets",schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)",schema:true,parentSchema:schema103.properties.assets.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
break;
}
indices3[item3] = i8;
}
}
}
else {
const err169 = {instancePath:instancePath+"/sources/" + i0+"/assets",schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema103.properties.assets.oneOf[1].type,parentSchema:schema103.properties.assets.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
var _valid7 = _errs141 === errors;
if(_valid7 && valid44){
valid44 = false;
passing0 = [passing0, 1];
}
else {
if(_valid7){
valid44 = true;
passing0 = 1;
}
}
if(!valid44){
const err170 = {instancePath:instancePath+"/sources/" + i0+"/assets",schemaPath:"source-kinds/github-release.schema.json/properties/assets/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema103.properties.assets.oneOf,parentSchema:schema103.properties.assets,data:data48};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
else {
errors = _errs138;
if(vErrors !== null){
if(_errs138){
vErrors.length = _errs138;
}
else {
vErrors = null;
}
}
}
}
if(data9.version !== undefined){
let data50 = data9.version;
if(typeof data50 === "string"){
if(func1(data50) > 128){
const err171 = {instancePath:instancePath+"/sources/" + i0+"/version",schemaPath:"source-kinds/github-release.schema.json/properties/version/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema103.properties.version,data:data50};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(func1(data50) < 1){
const err172 = {instancePath:instancePath+"/sources/" + i0+"/version",schemaPath:"source-kinds/github-release.schema.json/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.properties.version,data:data50};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/sources/" + i0+"/version",schemaPath:"source-kinds/github-release.schema.json/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.version.type,parentSchema:schema103.properties.version,data:data50};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data9.maxBytes !== undefined){
let data51 = data9.maxBytes;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err174 = {instancePath:instancePath+"/sources/" + i0+"/maxBytes",schemaPath:"source-kinds/github-release.schema.json/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.properties.maxBytes.type,parentSchema:schema103.properties.maxBytes,data:data51};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 1 || isNaN(data51)){
const err175 = {instancePath:instancePath+"/sources/" + i0+"/maxBytes",schemaPath:"source-kinds/github-release.schema.json/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema103.properties.maxBytes,data:data51};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
}
else {
const err176 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-release.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data:data9};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid6 = _errs130 === errors;
valid40 = _valid6;
if(valid40){
var props5 = true;
}
}
if(!valid40){
const err177 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[5].if,parentSchema:schema93.properties.sources.items.allOf[5],data:data9};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs150 = errors;
let valid48 = true;
const _errs151 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing7;
if((data9.kind === undefined) && (missing7 = "kind")){
const err178 = {};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("github-attestations" !== data9.kind){
const err179 = {};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
}
var _valid8 = _errs151 === errors;
errors = _errs150;
if(vErrors !== null){
if(_errs150){
vErrors.length = _errs150;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs153 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err180 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-attestations.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema104.required,parentSchema:schema104,data:data9};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data9.kind === undefined){
const err181 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-attestations.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema104.required,parentSchema:schema104,data:data9};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data9.component === undefined){
const err182 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-attestations.schema.json/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'",schema:schema104.required,parentSchema:schema104,data:data9};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(data9.subjects === undefined){
const err183 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-attestations.schema.json/required",keyword:"required",params:{missingProperty: "subjects"},message:"must have required property '"+"subjects"+"'",schema:schema104.required,parentSchema:schema104,data:data9};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
for(const key9 in data9){
if(!((((((((key9 === "id") || (key9 === "kind")) || (key9 === "component")) || (key9 === "subjects")) || (key9 === "trustedKeys")) || (key9 === "requireSignature")) || (key9 === "trustedRoot")) || (key9 === "identity"))){
const err184 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-attestations.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema104,data:data9};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data9.kind !== undefined){
let data53 = data9.kind;
if("github-attestations" !== data53){
const err185 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/github-attestations.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "github-attestations"},message:"must be equal to constant",schema:"github-attestations",parentSchema:schema104.properties.kind,data:data53};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data9.component !== undefined){
let data54 = data9.component;
if(typeof data54 === "string"){
if(func1(data54) > 200){
const err186 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/github-attestations.schema.json/properties/component/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema104.properties.component,data:data54};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(func1(data54) < 1){
const err187 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/github-attestations.schema.json/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.component,data:data54};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/sources/" + i0+"/component",schemaPath:"source-kinds/github-attestations.schema.json/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.component.type,parentSchema:schema104.properties.component,data:data54};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data9.subjects !== undefined){
let data55 = data9.subjects;
if(Array.isArray(data55)){
if(data55.length < 1){
const err189 = {instancePath:instancePath+"/sources/" + i0+"/subjects",schemaPath:"source-kinds/github-attestations.schema.json/properties/subjects/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema104.properties.subjects,data:data55};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
const len5 = data55.length;
for(let i9=0; i9<len5; i9++){
let data56 = data55[i9];
if(typeof data56 === "string"){
if(!pattern5.test(data56)){
const err190 = {instancePath:instancePath+"/sources/" + i0+"/subjects/" + i9,schemaPath:"source-kinds/github-attestations.schema.json/properties/subjects/items/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema104.properties.subjects.items,data:data56};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/sources/" + i0+"/subjects/" + i9,schemaPath:"source-kinds/github-attestations.schema.json/properties/subjects/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.subjects.items.type,parentSchema:schema104.properties.subjects.items,data:data56};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
let i10 = data55.length;
let j4;
if(i10 > 1){
const indices4 = {};
for(;i10--;){
let item4 = data55[i10];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err192 = {instancePath:instancePath+"/sources/" + i0+"/subjects",schemaPath:"source-kinds/github-attestations.schema.json/properties/subjects/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i10+" are identical)",schema:true,parentSchema:schema104.properties.subjects,data:data55};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
break;
}
indices4[item4] = i10;
}
}
}
else {
const err193 = {instancePath:instancePath+"/sources/" + i0+"/subjects",schemaPath:"source-kinds/github-attestations.schema.json/properties/subjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.subjects.type,parentSchema:schema104.properties.subjects,data:data55};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data9.trustedKeys !== undefined){
let data57 = data9.trustedKeys;
if(Array.isArray(data57)){
const len6 = data57.length;
for(let i11=0; i11<len6; i11++){
let data58 = data57[i11];
if(typeof data58 === "string"){
if(func1(data58) > 1024){
const err194 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys/" + i11,schemaPath:"source-kinds/github-attestations.schema.json/properties/trustedKeys/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.trustedKeys.items,data:data58};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(func1(data58) < 1){
const err195 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys/" + i11,schemaPath:"source-kinds/github-attestations.schema.json/properties/trustedKeys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.trustedKeys.items,data:data58};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys/" + i11,schemaPath:"source-kinds/github-attestations.schema.json/properties/trustedKeys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.trustedKeys.items.type,parentSchema:schema104.properties.trustedKeys.items,data:data58};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
let i12 = data57.length;
let j5;
if(i12 > 1){
const indices5 = {};
for(;i12--;){
let item5 = data57[i12];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err197 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys",schemaPath:"source-kinds/github-attestations.schema.json/properties/trustedKeys/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i12+" are identical)",schema:true,parentSchema:schema104.properties.trustedKeys,data:data57};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
break;
}
indices5[item5] = i12;
}
}
}
else {
const err198 = {instancePath:instancePath+"/sources/" + i0+"/trustedKeys",schemaPath:"source-kinds/github-attestations.schema.json/properties/trustedKeys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.trustedKeys.type,parentSchema:schema104.properties.trustedKeys,data:data57};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data9.requireSignature !== undefined){
let data59 = data9.requireSignature;
if(typeof data59 !== "boolean"){
const err199 = {instancePath:instancePath+"/sources/" + i0+"/requireSignature",schemaPath:"source-kinds/github-attestations.schema.json/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema104.properties.requireSignature.type,parentSchema:schema104.properties.requireSignature,data:data59};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data9.trustedRoot !== undefined){
let data60 = data9.trustedRoot;
if(typeof data60 === "string"){
if(func1(data60) > 1024){
const err200 = {instancePath:instancePath+"/sources/" + i0+"/trustedRoot",schemaPath:"source-kinds/github-attestations.schema.json/properties/trustedRoot/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.trustedRoot,data:data60};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(func1(data60) < 1){
const err201 = {instancePath:instancePath+"/sources/" + i0+"/trustedRoot",schemaPath:"source-kinds/github-attestations.schema.json/properties/trustedRoot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.trustedRoot,data:data60};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/sources/" + i0+"/trustedRoot",schemaPath:"source-kinds/github-attestations.schema.json/properties/trustedRoot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.trustedRoot.type,parentSchema:schema104.properties.trustedRoot,data:data60};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data9.identity !== undefined){
let data61 = data9.identity;
const _errs174 = errors;
let valid58 = false;
const _errs175 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.subjectAlternativeName === undefined){
const err203 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/anyOf/0/required",keyword:"required",params:{missingProperty: "subjectAlternativeName"},message:"must have required property '"+"subjectAlternativeName"+"'",schema:schema104.properties.identity.anyOf[0].required,parentSchema:schema104.properties.identity.anyOf[0],data:data61};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
var _valid9 = _errs175 === errors;
valid58 = valid58 || _valid9;
const _errs176 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.subjectAlternativeNamePattern === undefined){
const err204 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/anyOf/1/required",keyword:"required",params:{missingProperty: "subjectAlternativeNamePattern"},message:"must have required property '"+"subjectAlternativeNamePattern"+"'",schema:schema104.properties.identity.anyOf[1].required,parentSchema:schema104.properties.identity.anyOf[1],data:data61};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
var _valid9 = _errs176 === errors;
valid58 = valid58 || _valid9;
const _errs177 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.repository === undefined){
const err205 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/anyOf/2/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema104.properties.identity.anyOf[2].required,parentSchema:schema104.properties.identity.anyOf[2],data:data61};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
var _valid9 = _errs177 === errors;
valid58 = valid58 || _valid9;
if(!valid58){
const err206 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema104.properties.identity.anyOf,parentSchema:schema104.properties.identity,data:data61};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
else {
errors = _errs174;
if(vErrors !== null){
if(_errs174){
vErrors.length = _errs174;
}
else {
vErrors = null;
}
}
}
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.issuer === undefined){
const err207 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema104.properties.identity.required,parentSchema:schema104.properties.identity,data:data61};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
for(const key10 in data61){
if(!((((((key10 === "issuer") || (key10 === "subjectAlternativeName")) || (key10 === "subjectAlternativeNamePattern")) || (key10 === "repository")) || (key10 === "ref")) || (key10 === "refPattern"))){
const err208 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema104.properties.identity,data:data61};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data61.issuer !== undefined){
let data62 = data61.issuer;
if(typeof data62 === "string"){
if(func1(data62) > 1024){
const err209 = {instancePath:instancePath+"/sources/" + i0+"/identity/issuer",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.issuer,data:data62};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(func1(data62) < 1){
const err210 = {instancePath:instancePath+"/sources/" + i0+"/identity/issuer",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.issuer,data:data62};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/sources/" + i0+"/identity/issuer",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.issuer.type,parentSchema:schema104.properties.identity.properties.issuer,data:data62};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data61.subjectAlternativeName !== undefined){
let data63 = data61.subjectAlternativeName;
if(typeof data63 === "string"){
if(func1(data63) > 2048){
const err212 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeName",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/subjectAlternativeName/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema104.properties.identity.properties.subjectAlternativeName,data:data63};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(func1(data63) < 1){
const err213 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeName",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/subjectAlternativeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.subjectAlternativeName,data:data63};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeName",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/subjectAlternativeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.subjectAlternativeName.type,parentSchema:schema104.properties.identity.properties.subjectAlternativeName,data:data63};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data61.subjectAlternativeNamePattern !== undefined){
let data64 = data61.subjectAlternativeNamePattern;
if(typeof data64 === "string"){
if(func1(data64) > 1024){
const err215 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeNamePattern",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/subjectAlternativeNamePattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.subjectAlternativeNamePattern,data:data64};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(func1(data64) < 1){
const err216 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeNamePattern",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/subjectAlternativeNamePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.subjectAlternativeNamePattern,data:data64};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/sources/" + i0+"/identity/subjectAlternativeNamePattern",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/subjectAlternativeNamePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.subjectAlternativeNamePattern.type,parentSchema:schema104.properties.identity.properties.subjectAlternativeNamePattern,data:data64};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data61.repository !== undefined){
let data65 = data61.repository;
if(typeof data65 === "string"){
if(func1(data65) > 1024){
const err218 = {instancePath:instancePath+"/sources/" + i0+"/identity/repository",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/repository/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.repository,data:data65};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(func1(data65) < 1){
const err219 = {instancePath:instancePath+"/sources/" + i0+"/identity/repository",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/repository/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.repository,data:data65};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
else {
const err220 = {instancePath:instancePath+"/sources/" + i0+"/identity/repository",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.repository.type,parentSchema:schema104.properties.identity.properties.repository,data:data65};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data61.ref !== undefined){
let data66 = data61.ref;
if(typeof data66 === "string"){
if(func1(data66) > 1024){
const err221 = {instancePath:instancePath+"/sources/" + i0+"/identity/ref",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.ref,data:data66};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if(func1(data66) < 1){
const err222 = {instancePath:instancePath+"/sources/" + i0+"/identity/ref",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.ref,data:data66};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
else {
const err223 = {instancePath:instancePath+"/sources/" + i0+"/identity/ref",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.ref.type,parentSchema:schema104.properties.identity.properties.ref,data:data66};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data61.refPattern !== undefined){
let data67 = data61.refPattern;
if(typeof data67 === "string"){
if(func1(data67) > 1024){
const err224 = {instancePath:instancePath+"/sources/" + i0+"/identity/refPattern",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/refPattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.identity.properties.refPattern,data:data67};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(func1(data67) < 1){
const err225 = {instancePath:instancePath+"/sources/" + i0+"/identity/refPattern",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/refPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.identity.properties.refPattern,data:data67};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/sources/" + i0+"/identity/refPattern",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/properties/refPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.identity.properties.refPattern.type,parentSchema:schema104.properties.identity.properties.refPattern,data:data67};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
else {
const err227 = {instancePath:instancePath+"/sources/" + i0+"/identity",schemaPath:"source-kinds/github-attestations.schema.json/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.properties.identity.type,parentSchema:schema104.properties.identity,data:data61};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data9.trustedRoot !== undefined){
if(data9.identity === undefined){
const err228 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-attestations.schema.json/dependentRequired",keyword:"dependentRequired",params:{property: "trustedRoot",
    missingProperty: "identity",
    depsCount: 1,
    deps: "identity"},message:"must have property identity when property trustedRoot is present",schema:schema104.dependentRequired,parentSchema:schema104,data:data9};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data9.identity !== undefined){
if(data9.trustedRoot === undefined){
const err229 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-attestations.schema.json/dependentRequired",keyword:"dependentRequired",params:{property: "identity",
    missingProperty: "trustedRoot",
    depsCount: 1,
    deps: "trustedRoot"},message:"must have property trustedRoot when property identity is present",schema:schema104.dependentRequired,parentSchema:schema104,data:data9};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/github-attestations.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.type,parentSchema:schema104,data:data9};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
var _valid8 = _errs153 === errors;
valid48 = _valid8;
if(valid48){
var props6 = true;
}
}
if(!valid48){
const err231 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[6].if,parentSchema:schema93.properties.sources.items.allOf[6],data:data9};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs192 = errors;
let valid60 = true;
const _errs193 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing9;
if((data9.kind === undefined) && (missing9 = "kind")){
const err232 = {};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("http-json" !== data9.kind){
const err233 = {};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
}
var _valid10 = _errs193 === errors;
errors = _errs192;
if(vErrors !== null){
if(_errs192){
vErrors.length = _errs192;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs195 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err234 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/http-json.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema105.required,parentSchema:schema105,data:data9};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(data9.kind === undefined){
const err235 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/http-json.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema105.required,parentSchema:schema105,data:data9};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(data9.url === undefined){
const err236 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/http-json.schema.json/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema105.required,parentSchema:schema105,data:data9};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data9.provides === undefined){
const err237 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/http-json.schema.json/required",keyword:"required",params:{missingProperty: "provides"},message:"must have required property '"+"provides"+"'",schema:schema105.required,parentSchema:schema105,data:data9};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
for(const key11 in data9){
if(!(func0.call(schema105.properties, key11))){
const err238 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/http-json.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema105,data:data9};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data9.kind !== undefined){
let data69 = data9.kind;
if("http-json" !== data69){
const err239 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/http-json.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "http-json"},message:"must be equal to constant",schema:"http-json",parentSchema:schema105.properties.kind,data:data69};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data9.url !== undefined){
let data70 = data9.url;
if(typeof data70 === "string"){
if(func1(data70) > 2048){
const err240 = {instancePath:instancePath+"/sources/" + i0+"/url",schemaPath:"source-kinds/http-json.schema.json/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema105.properties.url,data:data70};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(func1(data70) < 1){
const err241 = {instancePath:instancePath+"/sources/" + i0+"/url",schemaPath:"source-kinds/http-json.schema.json/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.url,data:data70};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(!pattern74.test(data70)){
const err242 = {instancePath:instancePath+"/sources/" + i0+"/url",schemaPath:"source-kinds/http-json.schema.json/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema105.properties.url,data:data70};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/sources/" + i0+"/url",schemaPath:"source-kinds/http-json.schema.json/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.url.type,parentSchema:schema105.properties.url,data:data70};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data9.provides !== undefined){
let data71 = data9.provides;
if(!(((((data71 === "window") || (data71 === "cohorts")) || (data71 === "rollback")) || (data71 === "waivers")) || (data71 === "environments"))){
const err244 = {instancePath:instancePath+"/sources/" + i0+"/provides",schemaPath:"source-kinds/http-json.schema.json/properties/provides/enum",keyword:"enum",params:{allowedValues: schema105.properties.provides.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.provides.enum,parentSchema:schema105.properties.provides,data:data71};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data9.headers !== undefined){
let data72 = data9.headers;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
for(const key12 in data72){
const _errs205 = errors;
if(typeof key12 === "string"){
if(!pattern75.test(key12)){
const err245 = {instancePath:instancePath+"/sources/" + i0+"/headers",schemaPath:"source-kinds/http-json.schema.json/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,100}$"+"\"",schema:"^[A-Za-z0-9-]{1,100}$",parentSchema:schema105.properties.headers.propertyNames,data:key12,propertyName:key12};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
var valid64 = _errs205 === errors;
if(!valid64){
const err246 = {instancePath:instancePath+"/sources/" + i0+"/headers",schemaPath:"source-kinds/http-json.schema.json/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid",schema:schema105.properties.headers.propertyNames,parentSchema:schema105.properties.headers,data:data72};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
for(const key13 in data72){
let data73 = data72[key13];
if(typeof data73 === "string"){
if(!pattern76.test(data73)){
const err247 = {instancePath:instancePath+"/sources/" + i0+"/headers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/headers/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,99}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,99}$",parentSchema:schema105.properties.headers.additionalProperties,data:data73};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
else {
const err248 = {instancePath:instancePath+"/sources/" + i0+"/headers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.headers.additionalProperties.type,parentSchema:schema105.properties.headers.additionalProperties,data:data73};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
else {
const err249 = {instancePath:instancePath+"/sources/" + i0+"/headers",schemaPath:"source-kinds/http-json.schema.json/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.headers.type,parentSchema:schema105.properties.headers,data:data72};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data9.items !== undefined){
let data74 = data9.items;
if(typeof data74 === "string"){
if(func1(data74) > 1024){
const err250 = {instancePath:instancePath+"/sources/" + i0+"/items",schemaPath:"source-kinds/http-json.schema.json/properties/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema105.properties.items,data:data74};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(func1(data74) < 1){
const err251 = {instancePath:instancePath+"/sources/" + i0+"/items",schemaPath:"source-kinds/http-json.schema.json/properties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.items,data:data74};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
else {
const err252 = {instancePath:instancePath+"/sources/" + i0+"/items",schemaPath:"source-kinds/http-json.schema.json/properties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.items.type,parentSchema:schema105.properties.items,data:data74};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data9.map !== undefined){
let data75 = data9.map;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key14 in data75){
const _errs213 = errors;
if(typeof key14 === "string"){
if(!pattern77.test(key14)){
const err253 = {instancePath:instancePath+"/sources/" + i0+"/map",schemaPath:"source-kinds/http-json.schema.json/properties/map/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$",parentSchema:schema105.properties.map.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
var valid66 = _errs213 === errors;
if(!valid66){
const err254 = {instancePath:instancePath+"/sources/" + i0+"/map",schemaPath:"source-kinds/http-json.schema.json/properties/map/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid",schema:schema105.properties.map.propertyNames,parentSchema:schema105.properties.map,data:data75};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
for(const key15 in data75){
let data76 = data75[key15];
const _errs216 = errors;
let valid68 = false;
let passing1 = null;
const _errs217 = errors;
if(typeof data76 === "string"){
if(func1(data76) > 1024){
const err255 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema105.properties.map.additionalProperties.oneOf[0],data:data76};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(func1(data76) < 1){
const err256 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.map.additionalProperties.oneOf[0],data:data76};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.map.additionalProperties.oneOf[0].type,parentSchema:schema105.properties.map.additionalProperties.oneOf[0],data:data76};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
var _valid11 = _errs217 === errors;
if(_valid11){
valid68 = true;
passing1 = 0;
}
const _errs219 = errors;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(Object.keys(data76).length < 2){
const err258 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties",schema:2,parentSchema:schema105.properties.map.additionalProperties.oneOf[1],data:data76};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if(data76.path === undefined){
const err259 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema105.properties.map.additionalProperties.oneOf[1].required,parentSchema:schema105.properties.map.additionalProperties.oneOf[1],data:data76};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
for(const key16 in data76){
if(!(((key16 === "path") || (key16 === "split")) || (key16 === "convert"))){
const err260 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.map.additionalProperties.oneOf[1],data:data76};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data76.path !== undefined){
let data77 = data76.path;
if(typeof data77 === "string"){
if(func1(data77) > 1024){
const err261 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.path,data:data77};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if(func1(data77) < 1){
const err262 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.path,data:data77};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.map.additionalProperties.oneOf[1].properties.path.type,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.path,data:data77};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data76.split !== undefined){
let data78 = data76.split;
if(typeof data78 === "string"){
if(func1(data78) > 10){
const err264 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/properties/split/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters",schema:10,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.split,data:data78};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(func1(data78) < 1){
const err265 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/properties/split/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.split,data:data78};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
else {
const err266 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/split",schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/properties/split/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.map.additionalProperties.oneOf[1].properties.split.type,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.split,data:data78};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data76.convert !== undefined){
let data79 = data76.convert;
if(!(data79 === "timestamp-utc")){
const err267 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/convert",schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/properties/convert/enum",keyword:"enum",params:{allowedValues: schema105.properties.map.additionalProperties.oneOf[1].properties.convert.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.map.additionalProperties.oneOf[1].properties.convert.enum,parentSchema:schema105.properties.map.additionalProperties.oneOf[1].properties.convert,data:data79};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.map.additionalProperties.oneOf[1].type,parentSchema:schema105.properties.map.additionalProperties.oneOf[1],data:data76};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
var _valid11 = _errs219 === errors;
if(_valid11 && valid68){
valid68 = false;
passing1 = [passing1, 1];
}
else {
if(_valid11){
valid68 = true;
passing1 = 1;
}
}
if(!valid68){
const err269 = {instancePath:instancePath+"/sources/" + i0+"/map/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/http-json.schema.json/properties/map/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema105.properties.map.additionalProperties.oneOf,parentSchema:schema105.properties.map.additionalProperties,data:data76};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
else {
errors = _errs216;
if(vErrors !== null){
if(_errs216){
vErrors.length = _errs216;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err270 = {instancePath:instancePath+"/sources/" + i0+"/map",schemaPath:"source-kinds/http-json.schema.json/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.map.type,parentSchema:schema105.properties.map,data:data75};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data9.timeoutMs !== undefined){
let data80 = data9.timeoutMs;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err271 = {instancePath:instancePath+"/sources/" + i0+"/timeoutMs",schemaPath:"source-kinds/http-json.schema.json/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.timeoutMs.type,parentSchema:schema105.properties.timeoutMs,data:data80};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 > 300000 || isNaN(data80)){
const err272 = {instancePath:instancePath+"/sources/" + i0+"/timeoutMs",schemaPath:"source-kinds/http-json.schema.json/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300000},message:"must be <= 300000",schema:300000,parentSchema:schema105.properties.timeoutMs,data:data80};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(data80 < 1 || isNaN(data80)){
const err273 = {instancePath:instancePath+"/sources/" + i0+"/timeoutMs",schemaPath:"source-kinds/http-json.schema.json/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.timeoutMs,data:data80};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
}
if(data9.retries !== undefined){
let data81 = data9.retries;
if(!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))){
const err274 = {instancePath:instancePath+"/sources/" + i0+"/retries",schemaPath:"source-kinds/http-json.schema.json/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.retries.type,parentSchema:schema105.properties.retries,data:data81};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 > 10 || isNaN(data81)){
const err275 = {instancePath:instancePath+"/sources/" + i0+"/retries",schemaPath:"source-kinds/http-json.schema.json/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema105.properties.retries,data:data81};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if(data81 < 0 || isNaN(data81)){
const err276 = {instancePath:instancePath+"/sources/" + i0+"/retries",schemaPath:"source-kinds/http-json.schema.json/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema105.properties.retries,data:data81};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
}
if(data9.backoffMs !== undefined){
let data82 = data9.backoffMs;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err277 = {instancePath:instancePath+"/sources/" + i0+"/backoffMs",schemaPath:"source-kinds/http-json.schema.json/properties/backoffMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.backoffMs.type,parentSchema:schema105.properties.backoffMs,data:data82};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 > 60000 || isNaN(data82)){
const err278 = {instancePath:instancePath+"/sources/" + i0+"/backoffMs",schemaPath:"source-kinds/http-json.schema.json/properties/backoffMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000",schema:60000,parentSchema:schema105.properties.backoffMs,data:data82};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(data82 < 0 || isNaN(data82)){
const err279 = {instancePath:instancePath+"/sources/" + i0+"/backoffMs",schemaPath:"source-kinds/http-json.schema.json/properties/backoffMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema105.properties.backoffMs,data:data82};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
}
if(data9.maxBytes !== undefined){
let data83 = data9.maxBytes;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err280 = {instancePath:instancePath+"/sources/" + i0+"/maxBytes",schemaPath:"source-kinds/http-json.schema.json/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.maxBytes.type,parentSchema:schema105.properties.maxBytes,data:data83};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 1 || isNaN(data83)){
const err281 = {instancePath:instancePath+"/sources/" + i0+"/maxBytes",schemaPath:"source-kinds/http-json.schema.json/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.maxBytes,data:data83};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
}
}
else {
const err282 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/http-json.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.type,parentSchema:schema105,data:data9};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
var _valid10 = _errs195 === errors;
valid60 = _valid10;
if(valid60){
var props8 = true;
}
}
if(!valid60){
const err283 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[7].if,parentSchema:schema93.properties.sources.items.allOf[7],data:data9};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs236 = errors;
let valid70 = true;
const _errs237 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing10;
if((data9.kind === undefined) && (missing10 = "kind")){
const err284 = {};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
else {
if(data9.kind !== undefined){
if("servicenow" !== data9.kind){
const err285 = {};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
}
}
var _valid12 = _errs237 === errors;
errors = _errs236;
if(vErrors !== null){
if(_errs236){
vErrors.length = _errs236;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs239 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err286 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/servicenow.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema106.required,parentSchema:schema106,data:data9};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
if(data9.kind === undefined){
const err287 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/servicenow.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema106.required,parentSchema:schema106,data:data9};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if(data9.instance === undefined){
const err288 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/servicenow.schema.json/required",keyword:"required",params:{missingProperty: "instance"},message:"must have required property '"+"instance"+"'",schema:schema106.required,parentSchema:schema106,data:data9};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
if(data9.number === undefined){
const err289 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/servicenow.schema.json/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema106.required,parentSchema:schema106,data:data9};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
for(const key17 in data9){
if(!(func0.call(schema106.properties, key17))){
const err290 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/servicenow.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data9};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data9.kind !== undefined){
let data85 = data9.kind;
if("servicenow" !== data85){
const err291 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"source-kinds/servicenow.schema.json/properties/kind/const",keyword:"const",params:{allowedValue: "servicenow"},message:"must be equal to constant",schema:"servicenow",parentSchema:schema106.properties.kind,data:data85};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data9.instance !== undefined){
let data86 = data9.instance;
if(typeof data86 === "string"){
if(func1(data86) > 2048){
const err292 = {instancePath:instancePath+"/sources/" + i0+"/instance",schemaPath:"source-kinds/servicenow.schema.json/properties/instance/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema106.properties.instance,data:data86};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
if(func1(data86) < 1){
const err293 = {instancePath:instancePath+"/sources/" + i0+"/instance",schemaPath:"source-kinds/servicenow.schema.json/properties/instance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.instance,data:data86};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if(!pattern74.test(data86)){
const err294 = {instancePath:instancePath+"/sources/" + i0+"/instance",schemaPath:"source-kinds/servicenow.schema.json/properties/instance/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema106.properties.instance,data:data86};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/sources/" + i0+"/instance",schemaPath:"source-kinds/servicenow.schema.json/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.instance.type,parentSchema:schema106.properties.instance,data:data86};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data9.number !== undefined){
let data87 = data9.number;
if(typeof data87 === "string"){
if(!pattern79.test(data87)){
const err296 = {instancePath:instancePath+"/sources/" + i0+"/number",schemaPath:"source-kinds/servicenow.schema.json/properties/number/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema106.properties.number,data:data87};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
else {
const err297 = {instancePath:instancePath+"/sources/" + i0+"/number",schemaPath:"source-kinds/servicenow.schema.json/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.number.type,parentSchema:schema106.properties.number,data:data87};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data9.headers !== undefined){
let data88 = data9.headers;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
for(const key18 in data88){
const _errs250 = errors;
if(typeof key18 === "string"){
if(!pattern75.test(key18)){
const err298 = {instancePath:instancePath+"/sources/" + i0+"/headers",schemaPath:"source-kinds/servicenow.schema.json/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,100}$"+"\"",schema:"^[A-Za-z0-9-]{1,100}$",parentSchema:schema106.properties.headers.propertyNames,data:key18,propertyName:key18};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
var valid74 = _errs250 === errors;
if(!valid74){
const err299 = {instancePath:instancePath+"/sources/" + i0+"/headers",schemaPath:"source-kinds/servicenow.schema.json/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid",schema:schema106.properties.headers.propertyNames,parentSchema:schema106.properties.headers,data:data88};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
for(const key19 in data88){
let data89 = data88[key19];
if(typeof data89 === "string"){
if(!pattern76.test(data89)){
const err300 = {instancePath:instancePath+"/sources/" + i0+"/headers/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/servicenow.schema.json/properties/headers/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,99}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,99}$",parentSchema:schema106.properties.headers.additionalProperties,data:data89};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
else {
const err301 = {instancePath:instancePath+"/sources/" + i0+"/headers/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"source-kinds/servicenow.schema.json/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.headers.additionalProperties.type,parentSchema:schema106.properties.headers.additionalProperties,data:data89};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
}
else {
const err302 = {instancePath:instancePath+"/sources/" + i0+"/headers",schemaPath:"source-kinds/servicenow.schema.json/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.headers.type,parentSchema:schema106.properties.headers,data:data88};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data9.queueField !== undefined){
let data90 = data9.queueField;
if(typeof data90 === "string"){
if(!pattern82.test(data90)){
const err303 = {instancePath:instancePath+"/sources/" + i0+"/queueField",schemaPath:"source-kinds/servicenow.schema.json/properties/queueField/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,79}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,79}$"+"\"",schema:"^[a-z][a-z0-9_]{0,79}$",parentSchema:schema106.properties.queueField,data:data90};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
else {
const err304 = {instancePath:instancePath+"/sources/" + i0+"/queueField",schemaPath:"source-kinds/servicenow.schema.json/properties/queueField/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.queueField.type,parentSchema:schema106.properties.queueField,data:data90};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data9.environmentsField !== undefined){
let data91 = data9.environmentsField;
if(typeof data91 === "string"){
if(!pattern82.test(data91)){
const err305 = {instancePath:instancePath+"/sources/" + i0+"/environmentsField",schemaPath:"source-kinds/servicenow.schema.json/properties/environmentsField/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,79}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,79}$"+"\"",schema:"^[a-z][a-z0-9_]{0,79}$",parentSchema:schema106.properties.environmentsField,data:data91};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
else {
const err306 = {instancePath:instancePath+"/sources/" + i0+"/environmentsField",schemaPath:"source-kinds/servicenow.schema.json/properties/environmentsField/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.environmentsField.type,parentSchema:schema106.properties.environmentsField,data:data91};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data9.states !== undefined){
let data92 = data9.states;
if(Array.isArray(data92)){
if(data92.length < 1){
const err307 = {instancePath:instancePath+"/sources/" + i0+"/states",schemaPath:"source-kinds/servicenow.schema.json/properties/states/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema106.properties.states,data:data92};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
const len7 = data92.length;
for(let i13=0; i13<len7; i13++){
let data93 = data92[i13];
if(typeof data93 === "string"){
if(func1(data93) > 40){
const err308 = {instancePath:instancePath+"/sources/" + i0+"/states/" + i13,schemaPath:"source-kinds/servicenow.schema.json/properties/states/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema106.properties.states.items,data:data93};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
if(func1(data93) < 1){
const err309 = {instancePath:instancePath+"/sources/" + i0+"/states/" + i13,schemaPath:"source-kinds/servicenow.schema.json/properties/states/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.states.items,data:data93};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
else {
const err310 = {instancePath:instancePath+"/sources/" + i0+"/states/" + i13,schemaPath:"source-kinds/servicenow.schema.json/properties/states/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.states.items.type,parentSchema:schema106.properties.states.items,data:data93};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
let i14 = data92.length;
let j6;
if(i14 > 1){
const indices6 = {};
for(;i14--;){
let item6 = data92[i14];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err311 = {instancePath:instancePath+"/sources/" + i0+"/states",schemaPath:"source-kinds/servicenow.schema.json/properties/states/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i14+" are identical)",schema:true,parentSchema:schema106.properties.states,data:data92};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
break;
}
indices6[item6] = i14;
}
}
}
else {
const err312 = {instancePath:instancePath+"/sources/" + i0+"/states",schemaPath:"source-kinds/servicenow.schema.json/properties/states/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.states.type,parentSchema:schema106.properties.states,data:data92};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
if(data9.timeoutMs !== undefined){
let data94 = data9.timeoutMs;
if(!(((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94))) && (isFinite(data94)))){
const err313 = {instancePath:instancePath+"/sources/" + i0+"/timeoutMs",schemaPath:"source-kinds/servicenow.schema.json/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.timeoutMs.type,parentSchema:schema106.properties.timeoutMs,data:data94};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if((typeof data94 == "number") && (isFinite(data94))){
if(data94 > 300000 || isNaN(data94)){
const err314 = {instancePath:instancePath+"/sources/" + i0+"/timeoutMs",schemaPath:"source-kinds/servicenow.schema.json/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300000},message:"must be <= 300000",schema:300000,parentSchema:schema106.properties.timeoutMs,data:data94};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
if(data94 < 1 || isNaN(data94)){
const err315 = {instancePath:instancePath+"/sources/" + i0+"/timeoutMs",schemaPath:"source-kinds/servicenow.schema.json/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema106.properties.timeoutMs,data:data94};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
}
if(data9.retries !== undefined){
let data95 = data9.retries;
if(!(((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95))) && (isFinite(data95)))){
const err316 = {instancePath:instancePath+"/sources/" + i0+"/retries",schemaPath:"source-kinds/servicenow.schema.json/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.retries.type,parentSchema:schema106.properties.retries,data:data95};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
if((typeof data95 == "number") && (isFinite(data95))){
if(data95 > 10 || isNaN(data95)){
const err317 = {instancePath:instancePath+"/sources/" + i0+"/retries",schemaPath:"source-kinds/servicenow.schema.json/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema106.properties.retries,data:data95};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
if(data95 < 0 || isNaN(data95)){
const err318 = {instancePath:instancePath+"/sources/" + i0+"/retries",schemaPath:"source-kinds/servicenow.schema.json/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.retries,data:data95};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
}
if(data9.backoffMs !== undefined){
let data96 = data9.backoffMs;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err319 = {instancePath:instancePath+"/sources/" + i0+"/backoffMs",schemaPath:"source-kinds/servicenow.schema.json/properties/backoffMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.backoffMs.type,parentSchema:schema106.properties.backoffMs,data:data96};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 > 60000 || isNaN(data96)){
const err320 = {instancePath:instancePath+"/sources/" + i0+"/backoffMs",schemaPath:"source-kinds/servicenow.schema.json/properties/backoffMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000",schema:60000,parentSchema:schema106.properties.backoffMs,data:data96};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
if(data96 < 0 || isNaN(data96)){
const err321 = {instancePath:instancePath+"/sources/" + i0+"/backoffMs",schemaPath:"source-kinds/servicenow.schema.json/properties/backoffMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema106.properties.backoffMs,data:data96};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
}
if(data9.maxBytes !== undefined){
let data97 = data9.maxBytes;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err322 = {instancePath:instancePath+"/sources/" + i0+"/maxBytes",schemaPath:"source-kinds/servicenow.schema.json/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema106.properties.maxBytes.type,parentSchema:schema106.properties.maxBytes,data:data97};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 < 1 || isNaN(data97)){
const err323 = {instancePath:instancePath+"/sources/" + i0+"/maxBytes",schemaPath:"source-kinds/servicenow.schema.json/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema106.properties.maxBytes,data:data97};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
}
}
else {
const err324 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"source-kinds/servicenow.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data9};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
var _valid12 = _errs239 === errors;
valid70 = _valid12;
if(valid70){
var props9 = true;
}
}
if(!valid70){
const err325 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema93.properties.sources.items.allOf[8].if,parentSchema:schema93.properties.sources.items.allOf[8],data:data9};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err326 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.properties.sources.items.required,parentSchema:schema93.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data9.kind === undefined){
const err327 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema93.properties.sources.items.required,parentSchema:schema93.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
props0.kind = true;
}
if(data9.id !== undefined){
let data98 = data9.id;
if(typeof data98 === "string"){
if(!pattern84.test(data98)){
const err328 = {instancePath:instancePath+"/sources/" + i0+"/id",schemaPath:"#/properties/sources/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema93.properties.sources.items.properties.id,data:data98};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
else {
const err329 = {instancePath:instancePath+"/sources/" + i0+"/id",schemaPath:"#/properties/sources/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.sources.items.properties.id.type,parentSchema:schema93.properties.sources.items.properties.id,data:data98};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data9.kind !== undefined){
let data99 = data9.kind;
if(!(((((((((data99 === "records") || (data99 === "cyclonedx")) || (data99 === "spdx")) || (data99 === "flagd")) || (data99 === "provenance")) || (data99 === "github-release")) || (data99 === "github-attestations")) || (data99 === "http-json")) || (data99 === "servicenow"))){
const err330 = {instancePath:instancePath+"/sources/" + i0+"/kind",schemaPath:"#/properties/sources/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema93.properties.sources.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema93.properties.sources.items.properties.kind.enum,parentSchema:schema93.properties.sources.items.properties.kind,data:data99};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
}
else {
const err331 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.sources.items.type,parentSchema:schema93.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
}
else {
const err332 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.sources.type,parentSchema:schema93.properties.sources,data:data8};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data.releasePattern !== undefined){
let data100 = data.releasePattern;
if(typeof data100 === "string"){
if(func1(data100) > 500){
const err333 = {instancePath:instancePath+"/releasePattern",schemaPath:"#/properties/releasePattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema93.properties.releasePattern,data:data100};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(func1(data100) < 1){
const err334 = {instancePath:instancePath+"/releasePattern",schemaPath:"#/properties/releasePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema93.properties.releasePattern,data:data100};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
else {
const err335 = {instancePath:instancePath+"/releasePattern",schemaPath:"#/properties/releasePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.releasePattern.type,parentSchema:schema93.properties.releasePattern,data:data100};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
}
else {
const err336 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ })

};
