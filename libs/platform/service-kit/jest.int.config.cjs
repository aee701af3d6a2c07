module.exports = require('../../../tools/jest/jest.base.cjs').integration(__dirname);
