module.exports = require('./jest/jest.base.cjs').unit(__dirname);
