// Which WeChat open APIs a cloud function's bundle may call, for `permissions.openapi` in its config.json (WeChat
// refuses an undeclared call with -604101). Worked out from the bundle, not written by hand:
// - the bundled code is searched for every `openapi` it names; each must read `openapi.<namespace>.<method>`, so a
//   call written any other way stops the build instead of going undeclared;
// - the open APIs are reached only through a capability of `deps` that the WeChat adapter fills
//   (backend/wechat/wx-adapters.ts): a function is granted an open API when a module in its bundle names the
//   capability (`deps.qrImages`, `{ qrImages }` …). Modules that only build or pass on the capabilities are left out.
// A new open API, or a capability without its open APIs here, stops the build until OPENAPI_OF_CAPABILITY says it.

/** The open APIs behind each capability of deps the WeChat adapter fills with one. */
export const OPENAPI_OF_CAPABILITY = {
  qrImages: ['wxacode.getUnlimited'],
  subscribeMessages: ['subscribeMessage.send'],
};

/** Modules that make or hand over the capabilities without using them: they are in every bundle. */
export const PLUMBING = [
  'backend/runtime/deps.ts',
  'backend/runtime/create-deps.ts',
  'backend/wechat/wx-adapters.ts',
  'apps/wechat/wechat-main.ts',
];

/** Every open API the code names, as `namespace.method`; throws on a use it cannot read. */
export function openApisNamedIn(code) {
  const all = code.match(/\bopenapi\b/g) ?? [];
  const calls = [...code.matchAll(/\bopenapi\.([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)/g)].map((m) => `${m[1]}.${m[2]}`);
  if (calls.length !== all.length) {
    throw new Error(
      `the bundle names "openapi" ${all.length} times but only ${calls.length} read openapi.<namespace>.<method>: write open-API calls that way, so their permission can be declared`,
    );
  }
  return [...new Set(calls)].sort();
}

/**
 * The permission list of one function.
 * @param {string} bundle the bundled index.js
 * @param {{ path: string, source: string }[]} modules the modules in the bundle (esbuild's metafile), paths from the repository root
 */
export function openApiPermissions(bundle, modules) {
  const named = openApisNamedIn(bundle);
  const known = new Set(Object.values(OPENAPI_OF_CAPABILITY).flat());
  const unknown = named.filter((api) => !known.has(api));
  if (unknown.length > 0)
    throw new Error(
      `open API ${unknown.join(', ')} is called but no capability in scripts/openapi-permissions.mjs accounts for it`,
    );
  const granted = new Set();
  for (const [capability, apis] of Object.entries(OPENAPI_OF_CAPABILITY)) {
    const uses = new RegExp(`\\b${capability}\\b`);
    const used = modules.some(
      (m) => !m.path.includes('node_modules/') && !PLUMBING.includes(m.path) && uses.test(m.source),
    );
    // A capability some module uses but whose open API is not in the bundle would be a stale map: say so.
    if (used && !apis.every((api) => named.includes(api)))
      throw new Error(
        `${capability} is used but the bundle never calls ${apis.join(', ')}: update OPENAPI_OF_CAPABILITY`,
      );
    if (used) for (const api of apis) granted.add(api);
  }
  return [...granted].sort();
}
