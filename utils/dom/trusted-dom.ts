/**
 * DOM reads that a page cannot redirect. HTML's named properties let markup
 * replace members of `document` (`<img name="createElement">`,
 * `<form name="documentElement">`) and of forms (`<input name="id">`), and
 * they do so in an extension's isolated world too. Going through the
 * prototypes' own members avoids them: markup can add properties to an
 * object, never to its prototype.
 */

type AnyFunction = (...args: unknown[]) => unknown;

/** Members looked up once per prototype and name: the scan reads some from every element of the page. */
const memberCache = new WeakMap<object, Map<string, PropertyDescriptor | undefined>>();

/** The prototype's own member `name` for `target`, never a property the page's markup put on the object itself. */
export function protoMember(target: object, name: string): PropertyDescriptor | undefined {
  const first = Object.getPrototypeOf(target) as object | null;
  if (!first) return undefined;
  let members = memberCache.get(first);
  if (!members) memberCache.set(first, (members = new Map<string, PropertyDescriptor | undefined>()));
  if (members.has(name)) return members.get(name);
  let found: PropertyDescriptor | undefined;
  for (let proto: object | null = first; proto && !found; proto = Object.getPrototypeOf(proto) as object | null) {
    found = Object.getOwnPropertyDescriptor(proto, name);
  }
  members.set(name, found);
  return found;
}

// The type parameters are the caller's word for what the member holds: these read the page's own objects, which no type describes.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function trustedGet<T>(target: object, name: string): T {
  const descriptor = protoMember(target, name);
  return (descriptor?.get ? descriptor.get.call(target) : descriptor?.value) as T;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function trustedCall<T>(target: object, name: string, ...args: unknown[]): T {
  const method = protoMember(target, name)?.value as AnyFunction | undefined;
  if (typeof method !== 'function') throw new TypeError(`No ${name} on ${Object.prototype.toString.call(target)}`);
  return method.apply(target, args) as T;
}
