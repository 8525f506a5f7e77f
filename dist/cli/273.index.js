"use strict";
exports.id = 273;
exports.ids = [273];
exports.modules = {

/***/ 779:
/***/ (function(__unused_webpack_module, exports) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
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
    binary: true,
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
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
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

/***/ 4951:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;

/***/ }),

/***/ 6214:
/***/ (function(__unused_webpack_module, exports) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
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

/***/ 3430:
/***/ (function(module) {



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

/***/ 6850:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _reader_inspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3235);
/* harmony import */ var _render_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(900);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5678);
/**
 * `cutover inspect <repository> --tag <tag> [--at <time>] [--json]`: reads one sealed revision from a
 * release-bundles git repository (path or URL) and prints its integrity results and the window fact.
 * Exit 0 when every integrity result holds, 1 when one fails, 2 for usage errors.
 */







const inspectCommand = {
    ..._commands_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_META */ .w.inspect,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: { tag: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean', default: false } },
            strict: true,
            allowPositionals: true,
        });
        if (positionals.length !== 1 || positionals[0] === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('expected exactly one repository (a path or a URL)', { expected: this.usage });
        if (values.tag === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('missing --tag <tag>', { expected: this.usage });
        const sealed = await (0,_reader_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .readSealedBundle */ .z)({
            repository: positionals[0],
            tag: values.tag,
            at: values.at,
            cwd: io.cwd,
        });
        if (values.json) {
            io.stdout(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalJson */ .t)(sealed)}\n`);
        }
        else {
            const { window } = sealed;
            const failed = sealed.results.filter((r) => r.status === 'fail');
            // Every value may come from the repository read: each line, and each cell, with its controls escaped.
            const head = [
                `${sealed.tag} in ${sealed.repository}`,
                `commit         ${sealed.commit ?? '-'}`,
                `bundle digest  ${sealed.bundleDigest ?? '-'}`,
                `queue          ${sealed.record?.queue ?? sealed.manifest?.queue ?? '-'}`,
            ].map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e);
            const foot = [
                window.state
                    ? `window: ${window.state} at ${window.at} (${window.start} .. ${window.end}, from the ${window.from}); a fact, not an integrity check`
                    : `window: unknown at ${window.at} (no readable seal record or manifest)`,
                failed.length === 0
                    ? `inspect: every integrity check holds for ${sealed.tag}`
                    : `inspect: ${(0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(failed.length, 'integrity check')} failed for ${sealed.tag}: ${failed.map((r) => r.name).join(', ')}`,
            ].map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e);
            const results = (0,_render_table_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .t)(['CHECK', 'STATUS', 'DETAIL'], sealed.results.map((r) => [r.name, r.status, r.detail].map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)));
            io.stdout(`${[...head, '', results, '', ...foot].join('\n')}\n`);
        }
        return sealed.intact ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.findings;
    },
};


/***/ }),

/***/ 5678:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.UN),
/* harmony export */   t: () => (/* binding */ terminalJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Output of the reader commands (`inspect`, `list`) made safe for a terminal. What they print comes from the
 * repository read (a tag object's name header, ref names, keys of a hand-edited file), which a hostile
 * repository fills with ESC sequences, C1 controls or bidirectional overrides that would erase, rewrite or
 * reorder what the operator reads. Text goes through escapeControls; JSON keeps its meaning (a parser reads the
 * same strings) but spells those characters as `\u` escapes, which JSON.stringify leaves raw above U+001F.
 */


/** Characters JSON.stringify writes raw that a terminal acts on: DEL, C1, line/paragraph separators, bidi. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** `JSON.stringify(value, null, 2)` with every terminal control written as a `\u` escape. */
function terminalJson(value) {
    return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 3235:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readSealedBundle)
/* harmony export */ });
/* unused harmony export parseMoment */
/* harmony import */ var _domain_approval_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2673);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5610);
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6416);
/* harmony import */ var _schema_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1254);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5702);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1079);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6325);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid time '${String(at)}'`, {
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
    (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .assertNotOption */ .v3)(tag, 'tag');
    const name = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSealTagName */ .sX)(tag);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'${tag}' is not a seal tag name`, { field: 'tag', expected: EXPECTED_TAG });
    const at = parseMoment(options.at);
    const location = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .locateRepository */ .ZX)(options.repository, options.cwd);
    const prefix = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .sealTagPrefix */ .OQ)(name.product, name.release);
    const repository = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepository */ .h_)(location, prefix, { timeoutMs: options.timeoutMs });
    try {
        // The tags are listed while the default branch is resolved.
        const selected = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .readSealTags */ .Vs)(repository.gitDir, prefix, repository.defaultBranch, {
            fromRevision: name.revision,
        });
        const defaultBranch = await repository.defaultBranch;
        let { readings } = selected;
        const reading = readings.find((r) => r.tag === tag);
        // Earlier revisions were not listed: they are read only to name what exists, or the latest sealed one.
        if (!reading) {
            const revisions = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .sealTagRevisions */ .QA)(repository.gitDir, prefix);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no tag ${tag} in ${repository.display}`, {
                field: 'tag',
                expected: `an existing seal tag (this release has: ${revisions.map((r) => `r${r}`).join(', ') || 'none'})`,
            });
        }
        if (!readings.some((r) => (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .problemsOf */ .GW)(r).length === 0) &&
            (await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .sealTagRevisions */ .QA)(repository.gitDir, prefix)).some((r) => r < name.revision))
            readings = (await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .readSealTags */ .Vs)(repository.gitDir, prefix, defaultBranch)).readings;
        const texts = reading.commit
            ? await readBundleTexts(repository.gitDir, reading.commit, (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseDirectory */ .fF)(name.product, name.release), options.maxFileBytes ?? _schema_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_FILE_BYTES */ .CR)
            : undefined;
        return assess(repository.display, reading, readings, texts, at, defaultBranch);
    }
    catch (error) {
        throw (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .unreadableRepository */ .CP)(error, repository.display);
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
        listed = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .listTree */ .nT)(gitDir, commit, dir);
    }
    catch (error) {
        // The tagged commit's tree cannot be read (a damaged repository, an object missing): the checks that need
        // the files fail with git's words, as when a file's blob cannot be read below. Not an internal error.
        if (!(error instanceof _git_js__WEBPACK_IMPORTED_MODULE_5__/* .GitCommandError */ .iR))
            throw error;
        problems.push(`cannot list ${dir}/ at ${short(commit)}: ${error.message}`);
        return { texts, problems, unlisted: true };
    }
    const entries = new Map(listed.map((e) => [e.name, e]));
    const wanted = [];
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ).filter(isBundleFileKey)) {
        const file = `${dir}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ[key]}`;
        const entry = entries.get(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ[key]);
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
        objects = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .readObjects */ .$I)(gitDir, wanted.map((w) => w.objectId), wanted.reduce((sum, w) => sum + w.size, 0));
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
            texts[key] = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(object.content, file);
        }
        catch (error) {
            problems.push(`${file}: ${error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? error.describe() : String(error)}`);
        }
    });
    return { texts, problems };
}
const short = (id) => id.slice(0, 12);
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
    return Object.hasOwn(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ, key);
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
        outcome('annotated-tag', reading.annotationProblems, `annotated tag object ${short(reading.ref.objectId)}, named as its ref${reading.tagObject?.taggedAt ? `, tagged ${reading.tagObject.taggedAt}` : ''}`),
        outcome('seal-record', reading.recordProblems, record
            ? `valid record of r${revision}: ${record.repository}#${record.pullRequest}, ${record.mergeMethod} at ${record.mergedAt}`
            : ''),
        outcome('tag-target', reading.targetProblems, `tag object -> commit ${short(reading.commit ?? '')}, the record's merge commit`),
        outcome('default-branch', reading.commit === undefined && branch.problem === undefined
            ? [`no tagged commit to look for on the default branch ${branch.name}`]
            : reading.branchProblems, `commit ${short(reading.commit ?? '')} is on the default branch ${branch.name ?? ''} (${branch.ref ?? ''} at ${short(branch.commit ?? '')})`),
    ];
}
/** Parses the files read at the tagged commit and recomputes the bundle digest from them. */
function releaseAtCommit(reading, read) {
    const parsed = read && !read.unlisted ? (0,_schema_release_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRelease */ .B)(read.texts) : undefined;
    const { bundle, lineage, holds, manifest } = parsed?.documents ?? {};
    const files = bundle && lineage && holds ? { bundle, lineage, holds } : undefined;
    const dir = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseDirectory */ .fF)(reading.product, reading.release);
    const fileProblems = [
        ...(read?.problems ?? []),
        ...(parsed?.findings ?? [])
            .filter((f) => f.file !== _domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ.manifest || !manifest)
            .slice(0, 4)
            .map((f) => `${dir}/${f.file}${f.path ? ` ${f.path}` : ''}: ${f.message}`),
    ];
    return { dir, bundle, manifest, files, digest: files ? (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .bundleDigest */ .bH)(files) : undefined, fileProblems };
}
/** bundle-digest: the files hash to the digest that manifest.json binds and the seal record names. */
function digestResult(reading, at) {
    const { record, commit } = reading;
    const { dir, manifest, digest } = at;
    const problems = [];
    if (!commit)
        problems.push('no tagged commit to read the bundle files from');
    else if (!digest)
        problems.push(`the bundle files at ${short(commit)} cannot be hashed: ${at.fileProblems.join('; ')}`);
    else {
        if (!manifest)
            problems.push(`${dir}/manifest.json at ${short(commit)} is missing or invalid`);
        else if (manifest.bundleDigest !== digest)
            problems.push(`the bundle files hash to ${digest}, but manifest.json binds ${manifest.bundleDigest}`);
        if (!record)
            problems.push('no valid seal record to compare the digest with');
        else if (record.bundleDigest !== digest)
            problems.push(`the bundle files hash to ${digest}, but the seal record names ${record.bundleDigest}`);
    }
    return outcome('bundle-digest', problems, `files at ${short(commit ?? '')} hash to ${digest ?? ''}, as manifest.json and the record state`);
}
/** manifest-binding: manifest.json matches the tag name and the record; bundle.json names the same release. */
function bindingResult(reading, at) {
    const { record, commit } = reading;
    const { dir, manifest, fileProblems } = at;
    const problems = manifest
        ? [...(0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestMismatches */ .IZ)(manifest, reading, record), ...bundleMismatches(at.bundle, reading)]
        : [
            commit
                ? `${dir}/manifest.json at ${short(commit)} is missing or invalid${fileProblems.length > 0 ? `: ${fileProblems.join('; ')}` : ''}`
                : 'no tagged commit to read manifest.json from',
        ];
    if (manifest && !record)
        problems.push('no valid seal record to compare the manifest with');
    return outcome('manifest-binding', problems, `manifest.json matches the tag name and the record (queue, window, teams, supersedes); bundle.json names the same product and release`);
}
/** latest-revision: no later valid seal of the release, and no later tag that is not one; and the latest sealed. */
function latestRevisionResult(reading, readings) {
    const { product, release, revision } = reading;
    const standings = readings.map((r) => ({ revision: r.revision, sealed: (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .problemsOf */ .GW)(r).length === 0 }));
    const standing = (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .supersession */ ._s)(revision, standings);
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
        const org = (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .recordOrg */ .Ee)(record);
        const teams = named.map((t) => (0,_domain_approval_js__WEBPACK_IMPORTED_MODULE_8__/* .qualifyTeam */ .JG)(t, org));
        const coverage = (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .coverTeams */ .QG)(teams, record.approvers, record.headSha, org);
        for (const team of coverage.uncovered)
            problems.push(`no distinct approver from ${team}`);
        if (problems.length > 0 && coverage.ignored.length > 0)
            problems.push(`not counted (approved another commit than head ${short(record.headSha)}): ${coverage.ignored
                .map((a) => `${a.login} (${a.team})`)
                .join(', ')}`);
        detail = `${teams.map((t) => `${t}: ${coverage.assignment[t] ?? '?'}`).join(', ')} (distinct people, on head ${short(record.headSha)})`;
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
        window: (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .windowFact */ .R3)(record, files.manifest, at),
        intact: results.every((r) => r.status === 'pass'),
    };
}


/***/ }),

/***/ 900:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ table)
/* harmony export */ });
/**
 * Plain-text tables for the terminal.
 */
/** Renders rows as a left-aligned table with a header rule. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 1254:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseRelease)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lineage_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2666);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8671);





/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
function parseRelease(texts, options = {}) {
    const findings = [];
    const documents = {};
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ)) {
        const file = _domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ[key];
        const text = texts[key];
        if (text === undefined) {
            findings.push({ rule: 'schema', severity: 'error', file, path: '', message: `${file} is missing` });
            continue;
        }
        let value;
        try {
            // Marked in canonical order when it is (Cutover writes it so): verify's digests then walk it no more.
            value = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCanonicalJson */ .UB)(text, file);
        }
        catch (e) {
            const line = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? e.line : undefined;
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
            (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .lineageAcceptedButFields */ .r8)(value) &&
            vouches(options.vouchLineage, documents.bundle, value)) {
            documents.lineage = value;
            continue;
        }
        const violations = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaViolations */ .K3)(key, value, text, file);
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
        return vouchLineage(bundle, lineage, (0,_lineage_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .lineageEntryCheck */ .Qe)());
    }
    catch {
        return false;
    }
}


/***/ })

};
;