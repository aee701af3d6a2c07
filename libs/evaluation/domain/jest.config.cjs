module.exports = require('../../../tools/jest/jest.base.cjs').unit(__dirname);
