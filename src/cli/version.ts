// Kept in step with package.json by a test; a JSON import would not survive every bundler the same way.
export const CLI_VERSION = '0.1.0';
