"use strict";
exports.id = 867;
exports.ids = [867];
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

/***/ 7916:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listCommand: () => (/* binding */ listCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _reader_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5323);
/* harmony import */ var _render_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(900);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5678);
/**
 * `cutover list <repository> [--product P] [--release R] [--json]`: lists the seal tags of a
 * release-bundles git repository (path or URL), each with its own checks and its standing in its release.
 * Exit 0 when every listed tag is a valid seal, 1 when one is not, 2 for usage errors.
 */







const listCommand = {
    ..._commands_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_META */ .w.list,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: {
                product: { type: 'string' },
                release: { type: 'string' },
                json: { type: 'boolean', default: false },
            },
            strict: true,
            allowPositionals: true,
        });
        if (positionals.length !== 1 || positionals[0] === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('expected exactly one repository (a path or a URL)', { expected: this.usage });
        const list = await (0,_reader_list_js__WEBPACK_IMPORTED_MODULE_2__/* .listSealedRevisions */ .H)({
            repository: positionals[0],
            product: values.product,
            release: values.release,
            cwd: io.cwd,
        });
        const invalid = list.revisions.filter((r) => !r.sealed);
        if (values.json) {
            io.stdout(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalJson */ .t)(list)}\n`);
        }
        else {
            const lines = [
                (0,_render_table_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .t)(['PRODUCT', 'RELEASE', 'REV', 'STANDING', 'SEAL', 'COMMIT', 'DIGEST', 'TAGGED'], list.revisions.map((r) => [
                    r.product,
                    r.release,
                    `r${r.revision}`,
                    r.latest
                        ? 'latest'
                        : r.supersededBy !== undefined
                            ? `superseded by r${r.supersededBy}`
                            : 'later tags invalid',
                    r.sealed ? 'valid' : r.annotated ? 'invalid' : 'lightweight',
                    r.commit?.slice(0, 12) ?? '-',
                    r.bundleDigest ? `${r.bundleDigest.slice(0, 19)}…` : '-',
                    r.taggedAt ?? '-',
                ].map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e))),
            ];
            // Problems quote the repository (a tag object's name header) and ref names may hold any non-ASCII
            // character: controls escaped, as in every cell above.
            for (const r of invalid)
                lines.push('', `${r.tag}:`, ...r.problems.map((p) => `  - ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)(p)}`));
            if (list.ignoredRefs.length > 0)
                lines.push('', (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)(`ignored (not seal tag names): ${list.ignoredRefs.join(', ')}`));
            lines.push('', (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)(`list: ${(0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(list.revisions.length, 'seal tag')} in ${list.repository}${invalid.length > 0 ? `, ${invalid.length} not a valid seal` : ''}`));
            io.stdout(`${lines.join('\n')}\n`);
        }
        return invalid.length === 0 ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.findings;
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

/***/ 8800:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ releaseBranch),
/* harmony export */   Dc: () => (/* binding */ sealTagName),
/* harmony export */   HJ: () => (/* binding */ BUNDLE_FILES),
/* harmony export */   Ku: () => (/* binding */ unsafeSegmentReason),
/* harmony export */   N3: () => (/* binding */ BUNDLES_ROOT),
/* harmony export */   eC: () => (/* binding */ revisionReason),
/* harmony export */   fF: () => (/* binding */ releaseDirectory),
/* harmony export */   sX: () => (/* binding */ parseSealTagName)
/* harmony export */ });
/* unused harmony export MAX_REVISION */
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


/***/ }),

/***/ 8287:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Renderer),
/* harmony export */   r: () => (/* binding */ cmp)
/* harmony export */ });
/** Applies the policy's rendering rules for one field kind; collects each change once. */
class Renderer {
    rules;
    /** Per field kind: each value rendered so far -> its rendered form. */
    seen = {
        component: new Map(),
        cohort: new Map(),
        environment: new Map(),
    };
    /** Each change made so far, in the order they were made (a value's chain of steps in a row). */
    steps = [];
    constructor(policy) {
        this.rules = { component: [], cohort: [], environment: [] };
        for (const rule of policy.rendering ?? [])
            this.rules[rule.field].push(rule);
    }
    /** The rendered form of `value`. */
    render(field, value) {
        const rules = this.rules[field];
        // No rule for the field (the default policy's components): nothing to apply and nothing to record.
        if (rules.length === 0)
            return value;
        const seen = this.seen[field];
        const known = seen.get(value);
        if (known !== undefined)
            return known;
        const first = this.steps.length;
        let current = value;
        for (const rule of rules) {
            const next = apply(rule, current);
            if (next !== current) {
                this.steps.push({ field, original: current, rendered: next, rule: rule.id, final: next });
                current = next;
            }
        }
        for (let i = first; i < this.steps.length; i++)
            this.steps[i].final = current;
        seen.set(value, current);
        return current;
    }
    /** Every change made so far, each step once, in a stable order. */
    renderings() {
        const steps = new Map();
        for (const step of this.steps)
            steps.set(`${step.field}\u0000${step.original}\u0000${step.rule}`, step);
        return [...steps.values()].sort((a, b) => cmp(a.field, b.field) || cmp(a.original, b.original) || cmp(a.rule, b.rule));
    }
}
function apply(rule, value) {
    if (rule.map)
        return Object.hasOwn(rule.map, value) ? (rule.map[value] ?? value) : value;
    switch (rule.transform) {
        case 'lowercase':
            return value.toLowerCase();
        case 'trim':
            return value.trim();
        case 'kebab-case':
            return value
                .trim()
                .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
                .replace(/[\s_]+/g, '-')
                .replace(/-+/g, '-')
                .toLowerCase();
        default:
            return value;
    }
}
/** Code-unit string order: locale-independent, so every machine sorts alike. */
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 5323:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ listSealedRevisions)
/* harmony export */ });
/* unused harmony export listedRevisions */
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5702);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1079);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6325);
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
    const reason = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .unsafeSegmentReason */ .Ku)(value);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${field} '${value}' ${reason}`, {
            field,
            expected: `a ${field} name such as those in seal tags`,
        });
}
/**
 * Lists the seal tags of `repository`, each with its own checks and its standing in its release. Throws
 * InputError for a bad product or release name or an unreachable repository.
 */
async function listSealedRevisions(options) {
    const { product, release } = options;
    assertLabel(product, 'product');
    assertLabel(release, 'release');
    if (release !== undefined && product === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('a release filter needs a product', { field: 'release', expected: 'product and release' });
    const location = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .locateRepository */ .ZX)(options.repository, options.cwd);
    const prefix = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .sealTagPrefix */ .OQ)(product, release);
    const repository = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)(location, prefix, { timeoutMs: options.timeoutMs });
    try {
        const { readings, ignoredRefs } = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .readSealTags */ .Vs)(repository.gitDir, prefix, repository.defaultBranch, {
            keepRecords: false,
        });
        const revisions = listedRevisions(readings);
        return { repository: repository.display, revisions, ignoredRefs };
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
            const problems = (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsOf */ .GW)(reading);
            return { reading, problems, revision: reading.revision, sealed: problems.length === 0 };
        });
        const listed = new Array(tags.length);
        (0,_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .eachStanding */ .UB)(tags, ({ reading: r, problems, sealed }, latest, supersededBy, i) => {
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

/***/ 5447:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 339:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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


/***/ })

};
;