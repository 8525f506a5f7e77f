exports.id = 50;
exports.ids = [50];
exports.modules = {

/***/ 8050:
/***/ (function(module) {

module.exports = eval("require")("kerberos");


/***/ })

};
;