/** Helpers shared by the NRM rules. */

// Module level: a regex literal inside a function is a new RegExp on every call.
export const NEWLINES = /\n/g;
