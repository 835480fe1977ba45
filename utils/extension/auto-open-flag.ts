/** Set by auto-open.js, read by reader.js right after it: "opened by itself on an always-open site". Lives in the isolated world. */
export const AUTO_OPEN_KEY = '__lucidAutoOpen';
