// Jest resolves with CommonJS conditions; some packages (music-metadata, file-type …) publish only an `import`
// entry. When the CommonJS lookup fails, try again with the ESM conditions; the transform turns them into CJS.
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (err) {
    try {
      return options.defaultResolver(request, { ...options, conditions: ['node', 'import', 'module-sync', 'default'] });
    } catch {
      throw err;
    }
  }
};
