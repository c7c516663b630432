// What the error table says of one API error code (src/core/errors/error-codes.ts assembles the table).
export {};
