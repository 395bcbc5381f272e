// office-addin-mock only needs this module to exist; its manifest tooling is never called in tests.
module.exports = {};
